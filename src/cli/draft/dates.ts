// Dates in the article. "Today" is pinned (never the clock) so a draft is the same every run;
// relative dates ("last year", "15 years ago", "yesterday") resolve against it.
import { matches, type Doc } from './nlp';

export const FALLBACK_TODAY = '2000-01-01';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

export function monthNumber(name: string): number | undefined {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)) && name.length >= 3);
  return i >= 0 ? i + 1 : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | undefined {
  const text = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDay(text) ? text : undefined;
}

/** A dateline near the top or bottom of the article ("Published 20 December 2022", "2022-12-20"). */
export function findPublicationDate(article: string): string | undefined {
  const lines = article.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const candidates = [...lines.slice(0, 4), ...lines.slice(-2)].filter(
    (l) => l.length <= 80 || /^(published|updated|posted|date)\b/i.test(l),
  );
  for (const line of candidates) {
    let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
    if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
    m = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+),? (\d{4})\b/.exec(line);
    if (m && monthNumber(m[2]!)) return iso(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
    m = /\b([A-Z][a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(line);
    if (m && monthNumber(m[1]!)) return iso(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  }
  return undefined;
}

export interface FoundDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** The words it came from, for the review note. */
  words: string;
  relative: boolean;
}

/** The first date a sentence gives, explicit ("March 2007", "in 2010") or relative to today. */
export function findDate(doc: Doc, today: string): FoundDate | undefined {
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const monthYear = matches(doc, '[<m>#Month] [<y>#Year]')[0];
  if (monthYear) {
    const m = monthNumber(monthYear.groups('m').text('normal'));
    const y = Number(monthYear.groups('y').text('normal'));
    if (m) return { value: `${y}-${pad(m)}`, words: monthYear.text('normal'), relative: false };
  }
  const ago = matches(doc, '[<n>#Value+] years ago')[0];
  if (ago) {
    const n = ago.groups('n').numbers().get()[0] as unknown;
    if (typeof n === 'number' && Number.isInteger(n)) return { value: String(ty - n), words: ago.text('normal'), relative: true };
  }
  const lastYear = doc.match('(last|this|next) year').eq(0);
  if (lastYear.found) {
    const which = lastYear.text('normal').split(' ')[0];
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    return { value: String(ty + shift), words: lastYear.text('normal'), relative: true };
  }
  if (doc.has('yesterday')) {
    const d = new Date(Date.UTC(ty, tm - 1, td - 1)).toISOString().slice(0, 10);
    return { value: d, words: 'yesterday', relative: true };
  }
  if (doc.has('today')) return { value: today, words: 'today', relative: true };
  const inYear = matches(doc, '(in|since|during) [<y>#Year]')[0];
  if (inYear) return { value: inYear.groups('y').text('normal'), words: inYear.text('normal'), relative: false };
  return undefined;
}
