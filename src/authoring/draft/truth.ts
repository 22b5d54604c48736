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
