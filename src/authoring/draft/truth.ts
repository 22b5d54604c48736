// The drafter's own promise, checked on every fact before it is written (and by the bench):
// the answer is a literal span of its quote, or a normalisation of one ("four" → 4, "£105m" →
// 105, "March 2007" → 2007-03, a surname → the full name the article gave).
import type { Fact } from '../../domain/pack/schema';
import { fold } from './names';
import { NUMBER, parseNumber } from './numbers';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Digits may touch a unit ("£105m", "62nd"); number words must stand alone ("one" is not in "done").
const DIGITS_RE = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d]|[.,]\d)/g;
const WORDS_RE = new RegExp(`(?<![\\p{L}\\d])${NUMBER}(?![\\p{L}\\d])`, 'giu');

export function answerIsSpan(fact: Pick<Fact, 'answer' | 'quote'>): boolean {
  const quote = fact.quote;
  const a = fact.answer;
  switch (a.type) {
    case 'number':
      return [...quote.matchAll(DIGITS_RE), ...quote.matchAll(WORDS_RE)].some((m) => parseNumber(m[0]) === a.value);
    case 'year':
      return new RegExp(`(?<!\\d)${a.value}(?!\\d)`).test(quote);
    case 'date': {
      const [y, m, d] = a.value.split('-').map(Number) as [number, number, number | undefined];
      const q = quote.toLowerCase();
      const month = new RegExp(`\\b${MONTHS[m - 1]}`).test(q);
      const day = d === undefined || new RegExp(`(?<!\\d)${d}(?:st|nd|rd|th)?(?!\\d)`).test(q);
      return month && day && q.includes(String(y));
    }
    case 'set':
      return a.values.every((v) => containsName(quote, v));
    default:
      return containsName(quote, a.value);
  }
}

/** The name as written, or (for a person) the surname of it. */
function containsName(quote: string, value: string): boolean {
  const q = ` ${fold(quote).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const v = fold(value).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (q.includes(` ${v} `)) return true;
  const last = v.split(' ').at(-1)!;
  const first = v.split(' ')[0]!;
  return v.includes(' ') && ((last.length > 2 && q.includes(` ${last} `)) || (first.length > 2 && q.includes(` ${first} `) && !/^(the|el|al)$/.test(first)));
}

/** Where the answer stands in its quote, as [start, end) ranges (the studio highlights them):
 *  the same spans answerIsSpan accepts, or none when the answer is not the quote's own words. */
export function answerSpans(fact: Pick<Fact, 'answer' | 'quote'>): Array<[number, number]> {
  const quote = fact.quote;
  const a = fact.answer;
  const at = (m: RegExpMatchArray): [number, number] => [m.index!, m.index! + m[0].length];
  switch (a.type) {
    case 'number':
      return [...quote.matchAll(DIGITS_RE), ...quote.matchAll(WORDS_RE)].filter((m) => parseNumber(m[0]) === a.value).map(at).slice(0, 3);
    case 'year':
      return [...quote.matchAll(new RegExp(`(?<!\\d)${a.value}(?!\\d)`, 'g'))].map(at).slice(0, 3);
    case 'date': {
      const [y, m] = a.value.split('-').map(Number) as [number, number];
      const month = MONTHS[m - 1];
      return [
        ...(month ? [...quote.matchAll(new RegExp(`\\b${month}[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d),?)?`, 'gi'))] : []),
        ...quote.matchAll(new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+${month ?? 'x'}`, 'gi')),
        ...quote.matchAll(new RegExp(`(?<!\\d)${y}(?!\\d)`, 'g')),
      ].map(at);
    }
    case 'set':
      return a.values.flatMap((v) => nameSpan(quote, v));
    default:
      return nameSpan(quote, a.value);
  }
}

/** The name as written (any case), else the surname or first name of it. */
function nameSpan(quote: string, value: string): Array<[number, number]> {
  const lower = quote.toLowerCase();
  const find = (word: string): Array<[number, number]> => {
    const i = word.length > 1 ? lower.indexOf(word.toLowerCase()) : -1;
    return i >= 0 ? [[i, i + word.length]] : [];
  };
  const whole = find(value.trim());
  if (whole.length) return whole;
  const words = value.trim().split(/\s+/);
  if (words.length < 2) return [];
  const last = find(words.at(-1)!);
  return last.length && words.at(-1)!.length > 2 ? last : words[0]!.length > 2 ? find(words[0]!) : [];
}
