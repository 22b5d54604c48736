// The Daily round: one seed per pack per UTC calendar day, so everyone who plays the same pack
// on the same day gets the same questions. Pure date arithmetic on 'YYYY-MM-DD' strings in UTC:
// no time zones, no DOM, no clock (callers pass the Date they mean).
import { cyrb128 } from './rng';

/** A UTC calendar day, 'YYYY-MM-DD'. */
export type UtcDate = string;

/** Daily #1 is this UTC day; the day before it would be #0. */
export const DAILY_EPOCH: UtcDate = '2026-11-01';

const MS_PER_DAY = 86_400_000;
const UTC_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Milliseconds since 1970 at 00:00 UTC of that day, or null if it is not a real calendar day. */
function dayStartMs(date: string): number | null {
  const m = UTC_DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a rolled-over date is not a real day.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms;
}

/** True for a real calendar day written 'YYYY-MM-DD' (so '2026-02-29' is false, '2028-02-29' true). */
export function isUtcDate(value: unknown): value is UtcDate {
  return typeof value === 'string' && dayStartMs(value) !== null;
}

/** The UTC calendar day a moment falls on. Throws RangeError for an invalid Date (a caller bug). */
export function utcDateOf(date: Date): UtcDate {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('utcDateOf: invalid Date');
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError('utcDateOf: year outside 0000–9999');
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from a to b (b − a); null if either is not a real day. */
export function daysBetween(a: UtcDate, b: UtcDate): number | null {
  const x = dayStartMs(a);
  const y = dayStartMs(b);
  if (x === null || y === null) return null;
  return Math.round((y - x) / MS_PER_DAY);
}

/** The day n days after (or before, for negative n) the given one; null if it is not a real day. */
export function addDays(date: UtcDate, n: number): UtcDate | null {
  const start = dayStartMs(date);
  if (start === null || !Number.isInteger(n)) return null;
  return utcDateOf(new Date(start + n * MS_PER_DAY));
}

/** True when b is the calendar day right after a (a streak continues). */
export function isNextDay(a: UtcDate, b: UtcDate): boolean {
  return daysBetween(a, b) === 1;
}

function assertUtcDate(fn: string, value: string): void {
  if (!isUtcDate(value)) throw new RangeError(`${fn}: expected a UTC day like "2026-11-01", got ${JSON.stringify(value)}`);
}

/**
 * The Daily's number: 1 on DAILY_EPOCH, 2 the day after, and so on. Days before the epoch give 0
 * or less (the UI should not show those). Throws RangeError for a string that is not a real day
 * (a caller bug: pass utcDateOf(now)).
 */
export function dailyNumber(utcDate: UtcDate): number {
  assertUtcDate('dailyNumber', utcDate);
  return (daysBetween(DAILY_EPOCH, utcDate) as number) + 1;
}

/**
 * The seed of a pack's Daily round on a UTC day: readable ('d20261101-…') and made only of
 * [a-z0-9-], so it fits a challenge link. The hash part makes two packs' dailies differ even if
 * the generator ignored the pack id. Throws RangeError for a string that is not a real day.
 */
export function dailySeed(packId: string, utcDate: UtcDate): string {
  assertUtcDate('dailySeed', utcDate);
  const [h] = cyrb128(`daily|${packId}|${utcDate}`);
  return `d${utcDate.replaceAll('-', '')}-${h.toString(16).padStart(8, '0')}`;
}

/** The UTC day a Daily seed belongs to ('d20261101-…' → '2026-11-01'), or null: dailySeed read back. */
export function dayOfDailySeed(seed: string): UtcDate | null {
  const m = /^d(\d{4})(\d{2})(\d{2})-/.exec(seed);
  const day = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  return day && isUtcDate(day) ? day : null;
}
