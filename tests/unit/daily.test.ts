import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, DAILY_EPOCH, dailyNumber, dailySeed, daysBetween, isNextDay, isUtcDate, utcDateOf } from '../../src/domain/daily';
import { CHALLENGE_SEED_RE } from '../../src/share/challenge-link';

describe('utcDateOf', () => {
  it('takes the UTC calendar day, whatever the local time zone', () => {
    expect(utcDateOf(new Date(Date.UTC(2026, 10, 1, 0, 0, 0)))).toBe('2026-11-01');
    expect(utcDateOf(new Date(Date.UTC(2026, 10, 1, 23, 59, 59, 999)))).toBe('2026-11-01');
    expect(utcDateOf(new Date('2026-11-01T23:30:00-05:00'))).toBe('2026-11-02');
    expect(utcDateOf(new Date(Date.UTC(999, 0, 5)))).toBe('0999-01-05');
  });
  it('refuses an invalid Date', () => {
    expect(() => utcDateOf(new Date('nope'))).toThrow(RangeError);
  });
});

describe('isUtcDate', () => {
  it('accepts real days only', () => {
    expect(isUtcDate('2028-02-29')).toBe(true);
    expect(isUtcDate('2026-02-29')).toBe(false);
    expect(isUtcDate('2026-04-31')).toBe(false);
    expect(isUtcDate('2026-13-01')).toBe(false);
    expect(isUtcDate('2026-1-01')).toBe(false);
    expect(isUtcDate('2026-11-01T00:00:00Z')).toBe(false);
    expect(isUtcDate(20261101)).toBe(false);
  });
});

describe('dailyNumber', () => {
  it('counts days from the epoch, Daily #1 on 2026-11-01', () => {
    expect(DAILY_EPOCH).toBe('2026-11-01');
    expect(dailyNumber('2026-11-01')).toBe(1);
    expect(dailyNumber('2026-11-02')).toBe(2);
    expect(dailyNumber('2026-12-01')).toBe(31);
    expect(dailyNumber('2027-11-01')).toBe(366);
    expect(dailyNumber('2028-11-01')).toBe(732); // 2028 has a 29 February
    expect(dailyNumber('2026-10-31')).toBe(0);
  });
  it('throws on something that is not a day (a caller bug)', () => {
    expect(() => dailyNumber('2026-02-30')).toThrow(RangeError);
  });
  it('goes up by exactly one per day, across months, years and leap days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 50_000 }), (offset) => {
        const day = addDays(DAILY_EPOCH, offset) as string;
        const next = addDays(day, 1) as string;
        expect(dailyNumber(day)).toBe(offset + 1);
        expect(dailyNumber(next)).toBe(offset + 2);
        expect(isNextDay(day, next)).toBe(true);
        expect(daysBetween(day, next)).toBe(1);
      }),
    );
  });
});

describe('dailySeed', () => {
  it('is pinned for one pack and day', () => {
    expect(dailySeed('world-cup-legends', '2026-11-01')).toBe(dailySeed('world-cup-legends', '2026-11-01'));
    expect(dailySeed('world-cup-legends', '2026-11-01')).toBe('d20261101-5f51492f');
  });
  it('differs between days and between packs, and fits a challenge link', () => {
    const seeds = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const day = addDays('2026-11-01', i) as string;
      for (const pack of ['world-cup-legends', 'premier-league']) {
        const seed = dailySeed(pack, day);
        expect(seed).toMatch(CHALLENGE_SEED_RE);
        seeds.add(seed);
      }
    }
    expect(seeds.size).toBe(800);
  });
  it('throws on a bad day', () => {
    expect(() => dailySeed('p', '2026-11-1')).toThrow(RangeError);
  });
});

describe('isNextDay', () => {
  it('follows the calendar', () => {
    expect(isNextDay('2026-11-01', '2026-11-02')).toBe(true);
    expect(isNextDay('2026-11-30', '2026-12-01')).toBe(true);
    expect(isNextDay('2026-12-31', '2027-01-01')).toBe(true);
    expect(isNextDay('2028-02-28', '2028-02-29')).toBe(true);
    expect(isNextDay('2027-02-28', '2027-03-01')).toBe(true);
    expect(isNextDay('2026-11-01', '2026-11-01')).toBe(false);
    expect(isNextDay('2026-11-02', '2026-11-01')).toBe(false);
    expect(isNextDay('2026-11-01', '2026-11-03')).toBe(false);
    expect(isNextDay('garbage', '2026-11-01')).toBe(false);
  });
  it('addDays and daysBetween agree', () => {
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31'); // a DST change in Europe: irrelevant in UTC
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('bad', 1)).toBeNull();
    expect(daysBetween('2026-11-01', '2026-10-01')).toBe(-31);
  });
});
