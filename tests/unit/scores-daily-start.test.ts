// The Daily attempt policy (startDaily) and the one storage wrapper both stores persist through.
import { describe, expect, it, vi } from 'vitest';
import { dailySeed } from '../../src/domain/daily';
import { safeStorage, type SyncStorage } from '../../src/state/safe-storage';
import { createScoresStore, SCORES_STORAGE_KEY } from '../../src/state/scores-store';

function memoryStorage() {
  const data = new Map<string, string>();
  const storage: SyncStorage & { data: Map<string, string>; writes: number } = {
    data,
    writes: 0,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      storage.writes++;
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return storage;
}

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

describe('safeStorage', () => {
  it('reads null from missing, corrupt, oversized or non-object records, and from a throwing getter', () => {
    const storage = memoryStorage();
    const { storage: safe } = safeStorage<unknown>(() => storage, { maxChars: 100 });
    expect(safe.getItem('k')).toBeNull();
    for (const raw of ['{not json', '[1,2]', '42', JSON.stringify({ state: 'x'.repeat(200), version: 1 })]) {
      storage.data.set('k', raw);
      expect(safe.getItem('k')).toBeNull();
    }
    const throwing = safeStorage<unknown>(() => {
      throw new Error('SecurityError');
    });
    expect(throwing.storage.getItem('k')).toBeNull();
  });

  it('reports the version stored, or the one given for a record without one', () => {
    const storage = memoryStorage();
    storage.data.set('k', JSON.stringify({ state: { a: 1 } }));
    expect(safeStorage<unknown>(() => storage).storage.getItem('k')).toEqual({ state: { a: 1 }, version: undefined });
    expect(safeStorage<unknown>(() => storage, { versionWhenMissing: 0 }).storage.getItem('k')).toEqual({ state: { a: 1 }, version: 0 });
    storage.data.set('k', JSON.stringify({ state: null, version: 3 }));
    expect(safeStorage<unknown>(() => storage, { versionWhenMissing: 0 }).storage.getItem('k')).toEqual({ state: null, version: 3 });
  });

  it('records how each write went instead of throwing, and skips a write identical to the last', () => {
    const storage = memoryStorage();
    let available: SyncStorage | null = storage;
    const { storage: safe, status } = safeStorage<{ n: number }>(() => available);
    safe.setItem('k', { state: { n: 1 }, version: 1 });
    expect(status).toEqual({ ok: true, cause: null, unavailable: false });
    safe.setItem('k', { state: { n: 1 }, version: 1 });
    expect(storage.writes).toBe(1);
    available = null;
    safe.setItem('k', { state: { n: 2 }, version: 1 });
    expect(status).toMatchObject({ ok: false, unavailable: true });
    const quota = new DOMException('full', 'QuotaExceededError');
    available = { ...storage, setItem: () => { throw quota; } };
    safe.setItem('k', { state: { n: 3 }, version: 1 });
    expect(status).toEqual({ ok: false, cause: quota, unavailable: false });
    available = storage;
    safe.setItem('k', { state: { n: 4 }, version: 1 });
    expect(status.ok).toBe(true);
    expect(JSON.parse(storage.data.get('k')!)).toEqual({ state: { n: 4 }, version: 1 });
  });
});
