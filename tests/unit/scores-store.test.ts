import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './helpers';
import {
  createScoresStore,
  MAX_ENTRIES_PER_TABLE,
  MAX_TABLES,
  SCORES_STORAGE_KEY,
  SCORES_VERSION,
  tableKey,
  type ScoreInput,
} from '../../src/state/scores-store';


const stored = (state: unknown, version = SCORES_VERSION) => ({ [SCORES_STORAGE_KEY]: JSON.stringify({ state, version }) });

const clock = Date.UTC(2026, 10, 1, 12, 0, 0);
const now = () => new Date(clock);

function entry(over: Partial<ScoreInput> = {}): ScoreInput {
  return {
    name: 'Sam',
    score: 1000,
    correct: 7,
    total: 10,
    timeMs: 60_000,
    date: '2026-11-01T12:00:00.000Z',
    seed: 'abc123',
    packId: 'world-cup-legends',
    packVersion: '1.0.0',
    mode: 'classic',
    difficulty: 'medium',
    ...over,
  };
}
const CLASSIC = { packId: 'world-cup-legends', mode: 'classic', difficulty: 'medium' } as const;

function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('scores store: saving and loading', () => {
  it('adds a score, persists it with a version, and loads it back', () => {
    const storage = memoryStorage();
    const store = createScoresStore({ storage, now });
    expect(store.getState().addScore(entry())).toEqual({ rank: 1, saved: true });
    const raw = JSON.parse(storage.data.get(SCORES_STORAGE_KEY) as string);
    expect(raw.version).toBe(SCORES_VERSION);
    expect(Object.keys(raw.state).sort()).toEqual(['daily', 'tables']); // partialize: no actions, no lastSaveError
    const again = createScoresStore({ storage, now });
    expect(again.getState().topScores(CLASSIC)).toEqual([entry()]);
  });

  it('defaults the date to the store clock and sanitizes the name', () => {
    const store = createScoresStore({ storage: memoryStorage(), now });
    store.getState().addScore({ ...entry(), date: undefined, name: '  Sam\u202E\u200B  Kerr ' });
    const [first] = store.getState().topScores(CLASSIC);
    expect(first?.date).toBe('2026-11-01T12:00:00.000Z');
    expect(first?.name).toBe('Sam Kerr');
  });

  it('refuses an invalid entry without throwing', () => {
    const store = createScoresStore({ storage: memoryStorage(), now });
    for (const bad of [{ score: Number.NaN }, { score: -1 }, { correct: 11 }, { mode: 'arcade' }, { packVersion: 'v1' }, { date: 'yesterday' }] as Partial<ScoreInput>[]) {
      expect(store.getState().addScore(entry(bad))).toEqual({ rank: null, saved: true, reason: 'invalid' });
    }
    expect(store.getState().tables).toEqual({});
  });

  it('survives corrupt JSON: sets it aside with a message, starts empty, and the next save never overwrites it', () => {
    const broken = '{"state": {"tables": {';
    const storage = memoryStorage({ [SCORES_STORAGE_KEY]: broken });
    const store = createScoresStore({ storage, now });
    expect(store.getState().tables).toEqual({});
    expect(store.getState().loadNotice).toMatch(/saved scores.*could not be read.*set aside \(browser storage key "football-trivia:scores.unreadable-1"\)/);
    expect(storage.data.get(`${SCORES_STORAGE_KEY}.unreadable-1`)).toBe(broken);
    expect(store.getState().addScore(entry()).saved).toBe(true);
    expect(() => JSON.parse(storage.data.get(SCORES_STORAGE_KEY) as string)).not.toThrow();
    expect(storage.data.get(`${SCORES_STORAGE_KEY}.unreadable-1`)).toBe(broken);
    expect(createScoresStore({ storage: memoryStorage(), now }).getState().loadNotice).toBeNull();
  });

  it('keeps unreadable scores untouched when no copy can be made: new scores stay in memory only', () => {
    const broken = '{"state": {"tables": {';
    const storage = memoryStorage({ [SCORES_STORAGE_KEY]: broken });
    const full = { getItem: (k: string) => storage.getItem(k), setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    const store = createScoresStore({ storage: full, now });
    expect(store.getState().loadNotice).toMatch(/left untouched/);
    expect(store.getState().addScore(entry()).saved).toBe(false);
    expect(storage.data.get(SCORES_STORAGE_KEY)).toBe(broken);
  });

  it.each([
    ['null', 'null'],
    ['a string', '"hello"'],
    ['an array', '[1,2,3]'],
    ['state is a number', JSON.stringify({ state: 42, version: 1 })],
    ['tables is an array', JSON.stringify({ state: { tables: [], daily: null }, version: 1 })],
    ['tables of strings', JSON.stringify({ state: { tables: { x: 'nope', y: [1, null, 'z'] } }, version: 1 })],
    ['no version at all', JSON.stringify({ state: { tables: { x: [{ score: 'lots' }] } } })],
    ['a huge blob', JSON.stringify({ state: { pad: 'x'.repeat(1_100_000) }, version: 1 })],
  ])('survives a wrong shape (%s)', (_label, raw) => {
    const store = createScoresStore({ storage: memoryStorage({ [SCORES_STORAGE_KEY]: raw }), now });
    expect(store.getState().tables).toEqual({});
    expect(store.getState().daily).toEqual({ lastDate: null, lastScore: null, streak: 0, bestStreak: 0 });
    expect(store.getState().addScore(entry()).rank).toBe(1);
  });

  it('drops bad entries one by one and keeps the good ones', () => {
    const good1 = entry({ score: 900 });
    const good2 = entry({ score: 800, mode: 'relaxed' });
    const misfiled = entry({ score: 700, difficulty: 'hard' });
    const state = {
      tables: {
        [tableKey(CLASSIC)]: [
          good1,
          { ...good1, score: -5 },
          { ...good1, score: '900' },
          { ...good1, correct: 11 },
          { ...good1, date: 'not a date' },
          { ...good1, mode: 'arcade' },
          { ...good1, packId: 'Not Kebab' },
          { ...good1, seed: '' },
          { ...good1, name: 42 },
          { ...good1, timeMs: -1 },
          null,
          'junk',
          misfiled, // under the wrong key: filed where it belongs
          { ...good1, score: 850, name: 'Eve\u202Elive', extra: 'dropped' },
        ],
        junk: [good2],
      },
      daily: { lastDate: '2026-13-40', streak: 3, bestStreak: 3, lastScore: 1 },
    };
    const store = createScoresStore({ storage: memoryStorage(stored(state)), now });
    const s = store.getState();
    expect(s.topScores(CLASSIC).map((e) => e.score)).toEqual([900, 850]);
    expect(s.topScores(CLASSIC)[1]).not.toHaveProperty('extra');
    expect(s.topScores(CLASSIC)[1]?.name).toBe('Evelive');
    expect(s.topScores({ ...CLASSIC, mode: 'relaxed' })).toEqual([good2]);
    expect(s.topScores({ ...CLASSIC, difficulty: 'hard' })).toEqual([misfiled]);
    expect(s.daily.streak).toBe(0); // the bad daily record is reset, not trusted
  });

  it('migrates the v0 prototype shape to v1 and writes it back', () => {
    const v0 = {
      scores: {
        'world-cup-legends': [
          { player: 'Ana', points: 1200, right: 9, asked: 10, ms: 50_000, playedAt: Date.UTC(2026, 5, 1), seed: 7, version: '1.0.0', mode: 'classic', level: 'easy' },
          { player: 'Ben', points: 600, right: 6, asked: 10, ms: 90_000, playedAt: Date.UTC(2026, 5, 2), seed: 'x9', version: '1.0.0', mode: 'relaxed' },
          { player: 'Bad', points: 'many', right: 1, asked: 1, ms: 1, playedAt: 'then', seed: 'q', version: '1', mode: 'classic' },
        ],
        'other-pack': 'not a list',
      },
      lastDaily: '2026-10-31',
      dailyStreak: 4,
    };
    const storage = memoryStorage(stored(v0, 0));
    const store = createScoresStore({ storage, now });
    const s = store.getState();
    expect(s.topScores({ packId: 'world-cup-legends', mode: 'classic', difficulty: 'easy' })).toEqual([
      { name: 'Ana', score: 1200, correct: 9, total: 10, timeMs: 50_000, date: '2026-06-01T00:00:00.000Z', seed: '7', packId: 'world-cup-legends', packVersion: '1.0.0', mode: 'classic', difficulty: 'easy' },
    ]);
    // Relaxed had been mixed in with Classic in v0: now its own table (v0 had no level: medium).
    expect(s.topScores({ packId: 'world-cup-legends', mode: 'relaxed', difficulty: 'medium' }).map((e) => e.name)).toEqual(['Ben']);
    expect(Object.keys(s.tables)).toHaveLength(2);
    expect(s.daily).toEqual({ lastDate: '2026-10-31', lastScore: null, streak: 4, bestStreak: 4 });
    expect(s.currentStreak()).toBe(4); // yesterday's streak is still alive today
    const raw = JSON.parse(storage.data.get(SCORES_STORAGE_KEY) as string);
    expect(raw.version).toBe(1);
    expect(raw.state.tables).toEqual(s.tables);
  });

  it('keeps what still fits from a newer, unknown version', () => {
    const store = createScoresStore({ storage: memoryStorage(stored({ tables: { a: [entry()] }, daily: null, newThing: true }, 9)), now });
    expect(store.getState().topScores(CLASSIC)).toEqual([entry()]);
  });

  it('quota error on save: memory keeps the score, the caller learns it was not saved', () => {
    const storage = memoryStorage();
    const onSaveError = vi.fn();
    const store = createScoresStore({ storage, now, onSaveError });
    store.getState().addScore(entry({ score: 100 }));
    const before = storage.data.get(SCORES_STORAGE_KEY);

    storage.setItem = () => {
      throw quotaError();
    };
    let result: ReturnType<ReturnType<typeof store.getState>['addScore']> | undefined;
    expect(() => (result = store.getState().addScore(entry({ score: 500 })))).not.toThrow();
    expect(result).toEqual({ rank: 1, saved: false });
    expect(store.getState().topScores(CLASSIC).map((e) => e.score)).toEqual([500, 100]);
    expect(store.getState().lastSaveError?.kind).toBe('quota');
    expect(store.getState().lastSaveError?.message).toMatch(/storage is full/);
    expect(onSaveError).toHaveBeenCalledTimes(1);
    expect(storage.data.get(SCORES_STORAGE_KEY)).toBe(before);

    // Space freed: the next save writes everything kept in memory and clears the error.
    storage.setItem = (k, v) => void storage.data.set(k, v);
    expect(store.getState().addScore(entry({ score: 300 }))).toEqual({ rank: 2, saved: true });
    expect(store.getState().lastSaveError).toBeNull();
    const again = createScoresStore({ storage, now });
    expect(again.getState().topScores(CLASSIC).map((e) => e.score)).toEqual([500, 300, 100]);
  });

  it('a throwing onSaveError callback does not break scoring', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('disk on fire');
    };
    const store = createScoresStore({ storage, now, onSaveError: () => { throw new Error('oops'); } });
    expect(store.getState().addScore(entry())).toEqual({ rank: 1, saved: false });
    expect(store.getState().lastSaveError?.kind).toBe('failed');
  });

  it('disabled storage (the localStorage getter throws) never stops the game', () => {
    const getter = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    let store: ReturnType<typeof createScoresStore> | undefined;
    expect(() => (store = createScoresStore({ storage: getter, now }))).not.toThrow();
    const s = store!.getState();
    expect(s.tables).toEqual({});
    expect(s.addScore(entry())).toEqual({ rank: 1, saved: false });
    expect(store!.getState().lastSaveError?.kind).toBe('unavailable');
    expect(store!.getState().recordDaily('2026-11-01', 900)).toEqual({ recorded: true, streak: 1, saved: false });
    expect(store!.getState().canPlayDailyToday('2026-11-01')).toBe(false);
    expect(() => store!.getState().clearScores()).not.toThrow();
  });

  it('a getItem that throws loads as empty', () => {
    const storage = memoryStorage();
    storage.getItem = () => {
      throw new Error('denied');
    };
    const store = createScoresStore({ storage, now });
    expect(store.getState().addScore(entry())).toEqual({ rank: 1, saved: true });
  });

  it('no localStorage at all (as in Node) works in memory', () => {
    const store = createScoresStore({ now });
    expect(store.getState().addScore(entry())).toEqual({ rank: 1, saved: false });
    expect(store.getState().topScores(CLASSIC)).toHaveLength(1);
  });

  it('does not rewrite storage when nothing persisted changed', () => {
    const storage = memoryStorage();
    const store = createScoresStore({ storage, now });
    store.getState().addScore(entry());
    const writes = storage.writes;
    store.setState({ lastSaveError: null });
    expect(storage.writes).toBe(writes);
  });
});

describe('scores store: tables', () => {
  it('keeps the top 10, best first, and says when a score does not get in', () => {
    const store = createScoresStore({ storage: memoryStorage(), now });
    const scores = [500, 100, 900, 300, 700, 200, 800, 400, 600, 1000, 50, 1100];
    const ranks = scores.map((score) => store.getState().addScore(entry({ score })).rank);
    expect(ranks.slice(0, 3)).toEqual([1, 2, 1]);
    expect(ranks[10]).toBeNull(); // 50 with ten better scores already
    expect(ranks[11]).toBe(1);
    const table = store.getState().topScores(CLASSIC);
    expect(table).toHaveLength(MAX_ENTRIES_PER_TABLE);
    expect(table.map((e) => e.score)).toEqual([1100, 1000, 900, 800, 700, 600, 500, 400, 300, 200]);
    expect(store.getState().addScore(entry({ score: 150 }))).toEqual({ rank: null, saved: true, reason: 'not-a-high-score' });
  });

  it('breaks ties by the earlier date', () => {
    const store = createScoresStore({ storage: memoryStorage(), now });
    store.getState().addScore(entry({ name: 'Second', date: '2026-11-02T10:00:00.000Z' }));
    expect(store.getState().addScore(entry({ name: 'First', date: '2026-11-01T10:00:00.000Z' })).rank).toBe(1);
    expect(store.getState().addScore(entry({ name: 'Third', date: '2026-11-03T10:00:00.000Z' })).rank).toBe(3);
    expect(store.getState().topScores(CLASSIC).map((e) => e.name)).toEqual(['First', 'Second', 'Third']);
    // A full table of ties: a later equal score does not get in.
    for (let d = 10; d < 20; d++) store.getState().addScore(entry({ date: `2026-11-${d}T00:00:00.000Z` }));
    expect(store.getState().addScore(entry({ date: '2026-12-01T00:00:00.000Z' })).rank).toBeNull();
  });

  it('keeps Relaxed, Daily and each difficulty in their own tables', () => {
    const store = createScoresStore({ storage: memoryStorage(), now });
    const s = store.getState();
    expect(s.addScore(entry({ score: 100, mode: 'classic' })).rank).toBe(1);
    expect(s.addScore(entry({ score: 50, mode: 'relaxed' })).rank).toBe(1);
    expect(s.addScore(entry({ score: 70, mode: 'daily', seed: 'd20261101-aaaa' })).rank).toBe(1);
    expect(s.addScore(entry({ score: 60, mode: 'classic', difficulty: 'hard' })).rank).toBe(1);
    expect(s.addScore(entry({ score: 60, mode: 'classic', packId: 'other-pack' })).rank).toBe(1);
    const st = store.getState();
    expect(st.topScores(CLASSIC).map((e) => e.score)).toEqual([100]);
    expect(st.topScores({ ...CLASSIC, mode: 'relaxed' }).map((e) => e.score)).toEqual([50]);
    expect(st.topScores({ ...CLASSIC, mode: 'daily' }).map((e) => e.score)).toEqual([70]);
    expect(st.topScores({ ...CLASSIC, difficulty: 'hard' }).map((e) => e.score)).toEqual([60]);
    expect(Object.keys(st.tables)).toHaveLength(5);
  });

  it('takes one Daily entry per seed', () => {
    const store = createScoresStore({ storage: memoryStorage(), now });
    const daily = entry({ mode: 'daily', seed: 'd20261101-aaaa', score: 100 });
    expect(store.getState().addScore(daily).rank).toBe(1);
    expect(store.getState().addScore({ ...daily, score: 5000 })).toEqual({ rank: null, saved: true, reason: 'daily-already-scored' });
    expect(store.getState().addScore({ ...daily, seed: 'd20261102-bbbb', score: 5000 }).rank).toBe(1);
  });

  it('caps the number of tables, dropping the least recently played', () => {
    const storage = memoryStorage();
    const store = createScoresStore({ storage, now });
    for (let i = 0; i < MAX_TABLES + 5; i++) {
      const date = new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
      for (let j = 0; j < 12; j++) store.getState().addScore(entry({ packId: `pack-${i}`, date, score: j }));
    }
    const tables = store.getState().tables;
    expect(Object.keys(tables)).toHaveLength(MAX_TABLES);
    expect(tables['pack-0/classic/medium']).toBeUndefined();
    expect(tables[`pack-${MAX_TABLES + 4}/classic/medium`]).toHaveLength(10);
    const total = Object.values(tables).reduce((n, t) => n + t.length, 0);
    expect(total).toBe(MAX_TABLES * MAX_ENTRIES_PER_TABLE);
    // An old table that is played again comes back, and evicts the now-oldest.
    expect(store.getState().addScore(entry({ packId: 'pack-0', date: '2027-01-01T00:00:00.000Z' })).rank).toBe(1);
    expect(store.getState().tables['pack-0/classic/medium']).toHaveLength(1);
    expect(Object.keys(store.getState().tables)).toHaveLength(MAX_TABLES);
    expect(storage.data.get(SCORES_STORAGE_KEY)!.length).toBeLessThan(200_000);
  });

  it('caps oversized tables loaded from storage', () => {
    const many = Array.from({ length: 30 }, (_, i) => entry({ score: i }));
    const store = createScoresStore({ storage: memoryStorage(stored({ tables: { [tableKey(CLASSIC)]: many } })), now });
    expect(store.getState().topScores(CLASSIC).map((e) => e.score)).toEqual([29, 28, 27, 26, 25, 24, 23, 22, 21, 20]);
  });

  it('clearScores empties tables and the daily record', () => {
    const storage = memoryStorage();
    const store = createScoresStore({ storage, now });
    store.getState().addScore(entry());
    store.getState().recordDaily('2026-11-01', 10);
    store.getState().clearScores();
    expect(createScoresStore({ storage, now }).getState().tables).toEqual({});
    expect(store.getState().canPlayDailyToday('2026-11-01')).toBe(true);
  });
});
