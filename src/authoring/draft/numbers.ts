// Numbers as articles write them: digits ("87,192"), words ("four", "twenty-two") and ordinals
// ("third", "36th"). Kept apart from NLP so "64th minute" is a minute, never a date.

import { ORDINAL_TENS, ORDINAL_UNITS, TENS, UNITS } from '../../domain/number-words';

/** Regex source for a number written in words up to ninety-nine (longest alternatives first). */
export const NUMBER_WORD = `(?:(?:${TENS.slice(2).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${[...UNITS].reverse().join('|')})`;
export const ORDINAL_WORD = `(?:(?:${TENS.slice(2).join('|')})-(?:${ORDINAL_UNITS.slice(1, 10).join('|')})|${[...ORDINAL_TENS.slice(2), ...ORDINAL_UNITS.slice(1)].sort((a, b) => b.length - a.length).join('|')})`;
/** A number in digits (with thousands commas or a decimal part) or in words. */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORD})`;
export const ORDINAL = `(?:\\d+(?:st|nd|rd|th)|${ORDINAL_WORD})`;

/** "four" → 4, "twenty-two" → 22, "87,192" → 87192, "1.5" → 1.5; undefined if not a number. */
export function parseNumber(text: string): number | undefined {
  const t = text.toLowerCase().trim();
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const unit = UNITS.indexOf(t);
  if (unit >= 0) return unit;
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(t);
  if (!m) return undefined;
  const tens = TENS.indexOf(m[1]!);
  if (tens < 2) return undefined;
  if (!m[2]) return tens * 10;
  const u = UNITS.indexOf(m[2]);
  return u >= 1 && u <= 9 ? tens * 10 + u : undefined;
}

/** "third" → 3, "36th" → 36, "twenty-first" → 21. */
export function parseOrdinal(text: string): number | undefined {
  const t = text.toLowerCase().trim();
  const d = /^(\d+)(st|nd|rd|th)$/.exec(t);
  if (d) return Number(d[1]);
  const u = ORDINAL_UNITS.indexOf(t);
  if (u >= 1) return u;
  const tt = ORDINAL_TENS.indexOf(t);
  if (tt >= 2) return tt * 10;
  const m = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (!m) return undefined;
  const tens = TENS.indexOf(m[1]!);
  const unit = ORDINAL_UNITS.indexOf(m[2]!);
  return tens >= 2 && unit >= 1 && unit <= 9 ? tens * 10 + unit : undefined;
}

/** An ordinal in the style of `like`: words stay words ("second"), digits stay digits ("2nd"). */
export function writeOrdinal(n: number, like: string): string {
  if (/^\d/.test(like)) {
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  }
  const word = n < 20 ? ORDINAL_UNITS[n]! : n % 10 === 0 ? ORDINAL_TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${ORDINAL_UNITS[n % 10]}`;
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
