// Reading a Daily seed back (kept apart from sharing.ts, which needs the DOM, so Node tests can use it).
import { isUtcDate, type UtcDate } from './daily';

/** The UTC day a Daily seed belongs to ('d20261101-…' → '2026-11-01'), or null. */
export function dayOfDailySeed(seed: string): UtcDate | null {
  const m = /^d(\d{4})(\d{2})(\d{2})-/.exec(seed);
  const day = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  return day && isUtcDate(day) ? day : null;
}
