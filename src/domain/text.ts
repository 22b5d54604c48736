// Text helpers shared by validation and generation: what counts as "the same option".

const normalized = new Map<string, string>();
const NORMALIZED_CACHE_LIMIT = 20_000;

/** Lower-case, accents and punctuation removed, spaces folded: "Euro 2020!" ≡ "euro  2020". */
export function normalizeOption(text: string): string {
  // Generation compares the same few hundred option texts over and over: remember them.
  const known = normalized.get(text);
  if (known !== undefined) return known;
  if (normalized.size >= NORMALIZED_CACHE_LIMIT) normalized.clear();
  const out = foldText(text);
  normalized.set(text, out);
  return out;
}

function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when one option, normalised, sits inside the other: the shorter one is a giveaway cue. */
export function overlaps(a: string, b: string): boolean {
  const x = normalizeOption(a);
  const y = normalizeOption(b);
  return x.includes(y) || y.includes(x);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "2007" → "2007", "2007-03" → "March 2007", "2007-03-28" → "28 March 2007". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return String(year);
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** Fill "{answer}" in a template. */
export function fillAnswer(template: string, answer: string): string {
  return template.split('{answer}').join(answer);
}
