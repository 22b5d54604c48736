// Dates in the article. "Today" is pinned (never the clock) so a draft is the same every run;
// relative dates ("last year", "15 years ago", "yesterday") resolve against it.

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

/** A dateline near the top or bottom of the article ("Published 20 December 2022", "2022-12-20",
 *  "LONDON, Dec 18, 2022 (Reuters) -", or with no agency: "CARDIFF, January 9, 2023 -"). Only the first lines are read, however long the article. */
export function findPublicationDate(article: string): string | undefined {
  const head = article.slice(0, 3000).split(/\n/).map((l) => l.trim()).filter(Boolean).slice(0, 5);
  const tail = article.slice(-600).split(/\n/).map((l) => l.trim()).filter(Boolean).slice(-2);
  // A short line, or the dateline in front of a long first paragraph ("CARDIFF, January 9, 2023 (PA Media) -").
  const candidates = [...head, ...tail].flatMap((l) => {
    if (l.length < 120) return [l];
    const dateline = /^(?:[A-Z][A-Z .'’-]+,[^()]{0,40}\([^)]{1,30}\)|[A-Z][A-Z .'’-]+,[^()\-–—]{0,40}\d|(?:Published|Updated|Posted):?\s[^-–—]{4,40})\s*[-–—]/.exec(l);
    return dateline ? [dateline[0]] : [];
  });
  for (const line of candidates) {
    let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
    if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
    m = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)\.?,? (\d{4})\b/.exec(line);
    if (m && monthNumber(m[2]!)) return iso(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
    m = /\b([A-Z][a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(line);
    if (m && monthNumber(m[1]!)) return iso(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  }
  return undefined;
}
