// The Daily in the scores store: one scored attempt per UTC day, counted from its start
// (startDaily, recordDaily, finishDaily), and the days-in-a-row streak.
import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './helpers';
import { dailySeed } from '../../src/domain/daily';
import type { SyncStorage } from '../../src/state/safe-storage';
import { createScoresStore, SCORES_STORAGE_KEY } from '../../src/state/scores-store';


let clock = Date.UTC(2026, 10, 1, 12, 0, 0);
const now = () => new Date(clock);

const TODAY = '2026-11-20';
const storeAt = (iso: string, storage: SyncStorage = memoryStorage()) => createScoresStore({ storage, now: () => new Date(iso) });

describe('startDaily: which Daily attempt counts', () => {
  it("counts today's seed for the pack, and records 0 at once (so quitting does not buy a retry)", () => {
    const storage = memoryStorage();
    const scores = storeAt(`${TODAY}T08:00:00Z`, storage);
    expect(scores.getState().startDaily(dailySeed('mini', TODAY), 'mini')).toEqual({ scored: true, day: TODAY, saved: true });
    expect(scores.getState().daily).toMatchObject({ lastDate: TODAY, lastScore: 0, streak: 1 });
    expect(scores.getState().canPlayDailyToday()).toBe(false);
    // Written through to storage, so a reload knows too.
    expect(storeAt(`${TODAY}T09:00:00Z`, storage).getState().canPlayDailyToday()).toBe(false);
    expect(JSON.parse(storage.data.get(SCORES_STORAGE_KEY)!).state.daily.lastScore).toBe(0);
  });

  it('does not count a second attempt the same day', () => {
    const scores = storeAt(`${TODAY}T08:00:00Z`);
    expect(scores.getState().startDaily(dailySeed('mini', TODAY), 'mini').scored).toBe(true);
    scores.getState().finishDaily(TODAY, 1234);
    expect(scores.getState().startDaily(dailySeed('mini', TODAY), 'mini')).toEqual({ scored: false, day: null, saved: true });
    // The first attempt's score stands.
    expect(scores.getState().daily.lastScore).toBe(1234);
  });

  it("does not count another day's seed, another pack's, or a made-up one, and records nothing", () => {
    const scores = storeAt(`${TODAY}T23:59:59Z`);
    for (const [seed, packId] of [
      [dailySeed('mini', '2026-11-19'), 'mini'],
      [dailySeed('mini', '2026-11-21'), 'mini'],
      [dailySeed('benzema-2022', TODAY), 'mini'],
      ['d20261120-00000000', 'mini'],
      ['random-seed', 'mini'],
    ] as const) {
      expect(scores.getState().startDaily(seed, packId).scored).toBe(false);
    }
    expect(scores.getState().daily.lastDate).toBeNull();
    expect(scores.getState().canPlayDailyToday()).toBe(true);
  });

  it('uses the UTC day of the store clock, or the day given', () => {
    // 23:30 in New York on the 19th is already the 20th in UTC.
    const scores = storeAt('2026-11-20T04:30:00Z');
    expect(scores.getState().startDaily(dailySeed('mini', '2026-11-19'), 'mini').scored).toBe(false);
    expect(scores.getState().startDaily(dailySeed('mini', '2026-11-21'), 'mini', '2026-11-21')).toEqual({ scored: true, day: '2026-11-21', saved: true });
    expect(scores.getState().startDaily(dailySeed('mini', TODAY), 'mini', 'not-a-day').scored).toBe(false);
  });

  it('continues the streak from yesterday', () => {
    const scores = storeAt(`${TODAY}T10:00:00Z`);
    scores.getState().recordDaily('2026-11-19', 500);
    expect(scores.getState().startDaily(dailySeed('mini', TODAY), 'mini').scored).toBe(true);
    expect(scores.getState().daily.streak).toBe(2);
  });

  it('still counts the attempt when storage is full, and says it was not saved', () => {
    const full: SyncStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const onSaveError = vi.fn();
    const scores = createScoresStore({ storage: full, now: () => new Date(`${TODAY}T10:00:00Z`), onSaveError });
    expect(scores.getState().startDaily(dailySeed('mini', TODAY), 'mini')).toEqual({ scored: true, day: TODAY, saved: false });
    expect(scores.getState().canPlayDailyToday()).toBe(false);
    expect(onSaveError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'quota' }));
  });
});

describe('scores store: Daily', () => {
  it('counts an attempt from its start: the final score updates it, a quit leaves 0 and no second try', () => {
    clock = Date.UTC(2026, 10, 5, 12, 0);
    const storage = memoryStorage();
    const store = createScoresStore({ storage, now });
    const s = () => store.getState();
    expect(s().finishDaily('2026-11-05', 500)).toEqual({ updated: false, saved: true }); // never started
    expect(s().recordDaily('2026-11-05', 0).recorded).toBe(true); // the Daily starts
    expect(s().canPlayDailyToday()).toBe(false); // quitting now does not give another scored try
    expect(s().finishDaily('2026-11-05', 1234)).toEqual({ updated: true, saved: true });
    expect(s().daily).toMatchObject({ lastDate: '2026-11-05', lastScore: 1234, streak: 1 });
    expect(s().finishDaily('2026-11-04', 99).updated).toBe(false); // not the day on record
    expect(s().finishDaily('2026-11-05', -1).updated).toBe(false);
    expect(createScoresStore({ storage, now }).getState().daily.lastScore).toBe(1234);
  });

  it('allows one scored attempt per UTC day and counts the streak', () => {
    clock = Date.UTC(2026, 10, 1, 23, 30);
    const storage = memoryStorage();
    const store = createScoresStore({ storage, now });
    const s = () => store.getState();
    expect(s().canPlayDailyToday()).toBe(true);
    expect(s().recordDaily('2026-11-01', 800)).toEqual({ recorded: true, streak: 1, saved: true });
    expect(s().canPlayDailyToday()).toBe(false);
    expect(s().recordDaily('2026-11-01', 2000)).toEqual({ recorded: false, streak: 1, saved: true });
    expect(s().daily.lastScore).toBe(800);

    clock = Date.UTC(2026, 10, 2, 0, 30); // an hour later, but the next UTC day
    expect(s().canPlayDailyToday()).toBe(true);
    expect(s().currentStreak()).toBe(1);
    expect(s().recordDaily('2026-11-02', 900).streak).toBe(2);
    expect(s().recordDaily('2026-11-03', 900).streak).toBe(3);
    // Clock moved back: an earlier day cannot be scored after a later one.
    expect(s().recordDaily('2026-10-30', 900).recorded).toBe(false);
    expect(s().canPlayDailyToday('2026-11-02')).toBe(false);

    // A missed day resets the streak; the best is kept.
    expect(s().currentStreak('2026-11-04')).toBe(3);
    expect(s().currentStreak('2026-11-05')).toBe(0);
    expect(s().recordDaily('2026-11-05', 100)).toEqual({ recorded: true, streak: 1, saved: true });
    expect(s().daily).toEqual({ lastDate: '2026-11-05', lastScore: 100, streak: 1, bestStreak: 3 });

    // Month and year boundaries count as consecutive days.
    expect(s().recordDaily('2026-11-06', 1).streak).toBe(2);
    const reloaded = createScoresStore({ storage, now });
    expect(reloaded.getState().daily).toEqual({ lastDate: '2026-11-06', lastScore: 1, streak: 2, bestStreak: 3 });
  });

  it('counts a streak across the new year', () => {
    const store = createScoresStore({ storage: memoryStorage(), now });
    store.getState().recordDaily('2026-12-31', 1);
    expect(store.getState().recordDaily('2027-01-01', 1).streak).toBe(2);
  });

  it('refuses a bad day or score', () => {
    const store = createScoresStore({ storage: memoryStorage(), now });
    expect(store.getState().recordDaily('2026-02-30', 1).recorded).toBe(false);
    expect(store.getState().recordDaily('2026-11-01', -3).recorded).toBe(false);
    expect(store.getState().recordDaily('2026-11-01', 1.5).recorded).toBe(false);
    expect(store.getState().canPlayDailyToday('nope')).toBe(false);
    expect(store.getState().currentStreak('nope')).toBe(0);
  });
});
