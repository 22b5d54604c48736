// Text helpers shared by validation and generation: what counts as a text at all (something a
// player can see), and what counts as "the same option" (normalised, look-alikes folded). One rule
// for the schema, the semantic checks, the generator and the audit, so none can disagree.

const normalized = new Map<string, string>();
const NORMALIZED_CACHE_LIMIT = 20_000;

/** Characters that draw nothing (or nothing on their own): format controls (U+200B, U+00AD,
 *  U+180E, U+FEFF…), controls, separators, lone combining marks and the blank "filler" letters. */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Z}\p{M}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** Bidi embeddings, overrides and isolates: they reorder what the player reads ("U+202E"), so a
 *  prompt or option could show one thing and mean another. Marks (U+200E/U+200F) stay allowed. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Format characters dropped before comparing: "Aus\u200Btria" is "Austria". */
const FORMAT_CHARS = /\p{Cf}/gu;

/** Why a string is not a text a player can read, or undefined when it is one. */
export function textFault(text: string): 'invisible' | 'bidi-control' | undefined {
  if (BIDI_CONTROLS.test(text)) return 'bidi-control';
  if (text.replace(INVISIBLE, '').length === 0) return 'invisible';
  return undefined;
}

export function isVisibleText(text: string): boolean {
  return textFault(text) === undefined;
}

/** Lower-case, accents, format characters and punctuation removed, look-alike letters folded,
 *  spaces folded: "Euro 2020!" ≡ "euro  2020", "Аustria" (Cyrillic А) ≡ "Austria". */
export function normalizeOption(text: string): string {
  // Generation compares the same few hundred option texts over and over: remember them.
  const known = normalized.get(text);
  if (known !== undefined) return known;
  if (normalized.size >= NORMALIZED_CACHE_LIMIT) normalized.clear();
  const out = foldText(text);
  normalized.set(text, out);
  return out;
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const THOUSANDS_COMMA = /(\d),(?=\d{3}(?!\d))/g;

function foldText(text: string): string {
  // Most options are plain ASCII ("37", "Euro 2008"): no accents, marks or look-alikes to fold.
  // "88,966" is 88966: thousands separators are how a number is shown, not part of it.
  const joined = text.replace(THOUSANDS_COMMA, '$1');
  if (PLAIN_ASCII.test(joined)) return joined.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const plain = joined
    .normalize('NFKD')
    .replace(FORMAT_CHARS, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  let folded = '';
  for (const ch of plain) folded += LOOK_ALIKES[ch] ?? ch;
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Cyrillic and Greek letters drawn like Latin ones (lower case, after NFKD): two options that
 *  differ only by these look the same on a button. The common cases, not all of Unicode's list. */
const LOOK_ALIKES: Record<string, string> = {
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
  'т': 't', 'у': 'y', 'х': 'x', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w',
  'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
  'υ': 'u', 'χ': 'x', 'ı': 'i', 'ɑ': 'a', 'ɡ': 'g',
};

/** True when one option, normalised, sits inside the other: the shorter one is a giveaway cue. */
export function overlaps(a: string, b: string): boolean {
  const x = normalizeOption(a);
  const y = normalizeOption(b);
  return x.includes(y) || y.includes(x);
}

/** A number ("88,966", "1.5") or a calendar date ("4 January 1958", "March 2007", "2007"). */
const NUMBER_OR_DATE = /^(?:\d[\d ]*|(?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4})$/;

/** Options that cue each other. Numbers and dates are compared whole: "8" is no cue in "18", nor
 *  "4 January 1958" in "14 January 1958"; names are compared as text ("Madrid" in "Real Madrid"). */
export function optionsOverlap(options: readonly string[], a: string, b: string): boolean {
  const x = normalizeOption(a);
  const y = normalizeOption(b);
  if (x === y) return true;
  if (options.every((o) => NUMBER_OR_DATE.test(normalizeOption(o)))) return false;
  return x.includes(y) || y.includes(x);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Years a date may name: football's own era, and a range `Date.UTC` reads literally (it maps
 *  years 0–99 to 1900–1999). */
export const MIN_YEAR = 1850;
export const MAX_YEAR = 2200;

/** "2007", "2007-03" or "2007-03-28", and a day that exists on the calendar (no 2022-02-29). */
export function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2007" → "2007", "2007-03" → "March 2007", "2007-03-28" → "28 March 2007". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return String(year);
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * English digits as people write them: 88,966 and 1.5 (years go through String, not this).
 * By hand, the same text as `Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })`: the first
 * Intl formatter of a page loads the locale's data (~25 ms in Chromium), and this runs while a
 * deep link's first question is being made.
 */
export function formatNumber(value: number): string {
  const rounded = Number.isInteger(value) ? value : Math.round(value * 100) / 100;
  // Exponent notation (≥ 1e21, tiny fractions after rounding are 0) and NaN/∞: not digits to group.
  if (!Number.isFinite(rounded) || Math.abs(rounded) >= 1e21) return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(rounded);
  const [whole = '', fraction] = String(Math.abs(rounded)).split('.');
  const sign = rounded < 0 || Object.is(rounded, -0) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** A number option read back: "88,966" → 88966; NaN when it is not one. */
export function parseNumber(text: string): number {
  return /^-?[\d,]+(\.\d+)?$/.test(text.trim()) ? Number(text.replace(/,/g, '')) : Number.NaN;
}

/** Fill "{answer}" in a template. */
export function fillAnswer(template: string, answer: string): string {
  return template.split('{answer}').join(answer);
}
