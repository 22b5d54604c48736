// Local high scores and the Daily streak, kept in localStorage through zustand `persist`.
//
// Storage is hostile ground, so nothing here trusts it or lets it stop the game:
// - reading: disabled storage (the `localStorage` getter throws in some private modes), corrupt
//   JSON and wrong shapes all load as "no scores"; every stored entry is validated on merge and
//   bad ones are dropped one by one, so one bad row never costs the good ones;
// - older data: `version` + `migrate` upgrade the v0 prototype shape (see migrateV0);
// - writing: a quota error or missing storage never throws out of an action. Memory keeps the
//   new score, the action returns `saved: false`, `lastSaveError` is set and `onSaveError` called.
// - size: 10 entries per table, at most MAX_TABLES tables (oldest-played tables go first).
//
// Storage must be synchronous (localStorage is) so that `addScore` can say at once whether it saved.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { dailySeed, isNextDay, isUtcDate, utcDateOf, addDays, type UtcDate } from '../domain/daily';
import { DAILY_PACK_ID, dailyRoundSeed } from '../domain/daily-round';
import { sanitizePlayerName } from '../domain/player-name';
import { defaultStorage, safeStorage, setAsideMessage, type SyncStorage } from './safe-storage';
import {
  EMPTY_DAILY,
  MAX_ENTRIES_PER_TABLE,
  MAX_SCORE,
  SCORES_VERSION,
  capTables,
  compareEntries,
  migrateScores,
  parseScoreEntry,
  sanitizeScoresData,
  tableKey,
  type ScoreEntry,
  type ScoresData,
  type TableQuery,
} from './scores-schema';

// The schema module's public names stay importable from here, where the game has always found them.
export {
  MAX_ENTRIES_PER_TABLE,
  MAX_TABLES,
  MAX_TOTAL_ENTRIES,
  SCORES_VERSION,
  compareEntries,
  migrateV0,
  parseScoreEntry,
  sanitizeScoresData,
  tableKey,
  type DailyRecord,
  type ScoreEntry,
  type ScoresData,
  type TableQuery,
} from './scores-schema';
export type { SyncStorage } from './safe-storage';

export const SCORES_STORAGE_KEY = 'football-trivia:scores';

/** What the results screen passes to addScore; `date` defaults to the store's clock. */
export type ScoreInput = Omit<ScoreEntry, 'date'> & { date?: string };

export interface SaveError {
  kind: 'quota' | 'unavailable' | 'failed';
  /** Friendly text the UI can show as is. */
  message: string;
}

export interface AddScoreResult {
  /** 1-based place in the table, or null when the score did not get in. */
  rank: number | null;
  /** False only when something had to be written and could not be; the score still counts in memory. */
  saved: boolean;
  /** Why rank is null. */
  reason?: 'not-a-high-score' | 'invalid' | 'daily-already-scored';
}

export interface RecordDailyResult {
  /** False when that day (or a later one) was already scored: one scored attempt a day. */
  recorded: boolean;
  streak: number;
  saved: boolean;
}

export interface StartDailyResult {
  /** Whether this attempt is the day's scored one. */
  scored: boolean;
  /** The day it is scored for, when it is. */
  day: UtcDate | null;
  /** False when the 0 had to be written and could not be (the attempt still counts in memory). */
  saved: boolean;
}

export interface ScoresState extends ScoresData {
  /** Set when the last write failed; cleared by the next successful one. */
  lastSaveError: SaveError | null;
  /** Saved scores that could not be read and were set aside (for the player, once), else null. */
  loadNotice: string | null;
}

export interface ScoresActions {
  addScore(entry: ScoreInput): AddScoreResult;
  /** Best first; an empty list for a table never played. */
  topScores(query: TableQuery): readonly ScoreEntry[];
  /** True when no Daily has been scored on that UTC day (default: today by the store's clock). */
  canPlayDailyToday(date?: UtcDate): boolean;
  /** Score a Daily for its UTC day (the day of its seed, not the finish time). The game calls it
   *  with 0 when the Daily starts, so quitting a bad attempt cannot buy a second one. */
  recordDaily(date: UtcDate, score: number): RecordDailyResult;
  /**
   * The Daily attempt policy, at the start of a Daily round: it counts only when its seed is the
   * pack's Daily seed of `day` (default: today by the store's clock) and no Daily was scored that
   * day yet; a counting attempt records 0 at once, so quitting a bad one does not buy a second.
   * Not idempotent: the second call for the same day says `scored: false`, so the caller keeps the
   * answer for its round.
   */
  startDaily(seed: string, packId: string, day?: UtcDate): StartDailyResult;
  /** The final score of the Daily already recorded for that day; false when none was. */
  finishDaily(date: UtcDate, score: number): { updated: boolean; saved: boolean };
  /** The streak still alive on that day: it survives until the end of the day after lastDate. */
  currentStreak(date?: UtcDate): number;
  clearScores(): void;
  /** Give a stored entry (found by table, seed and date) a new name; false when it is not in the table. */
  renameScore(query: TableQuery, seed: string, date: string, name: string): { found: boolean; saved: boolean };
}

export type ScoresStore = StoreApi<ScoresState & ScoresActions>;

export interface ScoresStoreOptions {
  /** A storage, or a getter for one (called on every access, so a throwing getter is survivable). Default: localStorage. */
  storage?: SyncStorage | (() => SyncStorage | null | undefined);
  now?: () => Date;
  onSaveError?: (error: SaveError) => void;
  /** Storage key; default SCORES_STORAGE_KEY. */
  name?: string;
}

// ---------------------------------------------------------------------------------------------
// Saving errors, in the player's words

function toSaveError(error: unknown, unavailable = false): SaveError {
  const { name, code } = typeof error === 'object' && error !== null ? (error as { name?: unknown; code?: unknown }) : {};
  if (unavailable) {
    return { kind: 'unavailable', message: 'Scores can’t be saved in this browser (storage is off), so they will be lost when you leave.' };
  }
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    return { kind: 'quota', message: 'Your browser’s storage is full, so this score could not be saved. It still counts until you leave.' };
  }
  return { kind: 'failed', message: 'This score could not be saved. It still counts until you leave.' };
}

function resolveStorage(source: ScoresStoreOptions['storage']): () => SyncStorage | null {
  if (typeof source === 'function') return () => source() ?? null;
  if (source) return () => source;
  return defaultStorage;
}

// ---------------------------------------------------------------------------------------------
// The store

/**
 * Create the high-score store. Hydrates synchronously from storage on creation.
 * Tests pass `storage` (in-memory, throwing, or a throwing getter) and `now`.
 */
export function createScoresStore(options: ScoresStoreOptions = {}): ScoresStore {
  const now = options.now ?? (() => new Date());
  const today = () => utcDateOf(now());
  const { storage, status } = safeStorage<ScoresData>(resolveStorage(options.storage));

  return createStore<ScoresState & ScoresActions>()(
    persist(
      (set, get) => {
        /** Apply a change; memory always takes it. Returns whether storage took it too. */
        const commit = (partial: Partial<ScoresData>): boolean => {
          set(partial);
          if (status.ok) {
            if (get().lastSaveError) set({ lastSaveError: null });
            return true;
          }
          const error = toSaveError(status.cause, status.unavailable);
          set({ lastSaveError: error });
          try {
            options.onSaveError?.(error);
          } catch {
            // A broken callback must not break scoring.
          }
          return false;
        };

        return {
          tables: {},
          daily: { ...EMPTY_DAILY },
          lastSaveError: null,
          loadNotice: null,

          addScore(input) {
            const entry = parseScoreEntry({ ...input, date: input.date ?? now().toISOString() });
            if (!entry) return { rank: null, saved: true, reason: 'invalid' };
            const key = tableKey(entry);
            const table = get().tables[key] ?? [];
            if (entry.mode === 'daily' && table.some((e) => e.seed === entry.seed)) {
              return { rank: null, saved: true, reason: 'daily-already-scored' };
            }
            const next = [...table, entry].sort(compareEntries).slice(0, MAX_ENTRIES_PER_TABLE);
            const index = next.indexOf(entry);
            if (index < 0) return { rank: null, saved: true, reason: 'not-a-high-score' };
            const saved = commit({ tables: capTables({ ...get().tables, [key]: next }, key) });
            return { rank: index + 1, saved };
          },

          topScores(query) {
            return get().tables[tableKey(query)] ?? [];
          },

          canPlayDailyToday(date = today()) {
            const last = get().daily.lastDate;
            return isUtcDate(date) && (last === null || date > last);
          },

          recordDaily(date, score) {
            const daily = get().daily;
            const valid = isUtcDate(date) && Number.isSafeInteger(score) && score >= 0 && score <= MAX_SCORE;
            if (!valid || (daily.lastDate !== null && date <= daily.lastDate)) {
              return { recorded: false, streak: daily.streak, saved: true };
            }
            const streak = daily.lastDate !== null && isNextDay(daily.lastDate, date) ? daily.streak + 1 : 1;
            const saved = commit({
              daily: { lastDate: date, lastScore: score, streak, bestStreak: Math.max(daily.bestStreak, streak) },
            });
            return { recorded: true, streak, saved };
          },

          startDaily(seed, packId, day = today()) {
            // The Daily across packs ('daily') has the day's seed of its own; a pack's Daily, its pack's.
            const daySeed = (d: UtcDate) => (packId === DAILY_PACK_ID ? dailyRoundSeed(d) : dailySeed(packId, d));
            const scored = isUtcDate(day) && seed === daySeed(day) && get().canPlayDailyToday(day);
            if (!scored) return { scored: false, day: null, saved: true };
            return { scored: true, day, saved: get().recordDaily(day, 0).saved };
          },

          finishDaily(date, score) {
            const daily = get().daily;
            const valid = isUtcDate(date) && Number.isSafeInteger(score) && score >= 0 && score <= MAX_SCORE;
            if (!valid || daily.lastDate !== date) return { updated: false, saved: true };
            return { updated: true, saved: commit({ daily: { ...daily, lastScore: score } }) };
          },

          currentStreak(date = today()) {
            const { lastDate, streak } = get().daily;
            if (!lastDate || !isUtcDate(date)) return 0;
            return lastDate === date || addDays(lastDate, 1) === date ? streak : 0;
          },

          clearScores() {
            commit({ tables: {}, daily: { ...EMPTY_DAILY } });
          },

          renameScore(query, seed, date, name) {
            const key = tableKey(query);
            const table = get().tables[key] ?? [];
            const index = table.findIndex((e) => e.seed === seed && e.date === date);
            if (index < 0) return { found: false, saved: true };
            const clean = sanitizePlayerName(name);
            if (table[index]!.name === clean) return { found: true, saved: true };
            const next = table.map((e, i) => (i === index ? { ...e, name: clean } : e));
            return { found: true, saved: commit({ tables: { ...get().tables, [key]: next } }) };
          },
        };
      },
      {
        name: options.name ?? SCORES_STORAGE_KEY,
        version: SCORES_VERSION,
        storage,
        partialize: (state): ScoresData => ({ tables: state.tables, daily: state.daily }),
        migrate: (persisted, version) => migrateScores(persisted, version) as ScoresData,
        // Never trust storage: validate everything, entry by entry.
        merge: (persisted, current) => {
          const loadNotice = status.setAside ? setAsideMessage('saved scores', status.setAside) : null;
          return persisted === undefined ? { ...current, loadNotice } : { ...current, ...sanitizeScoresData(persisted), loadNotice };
        },
      },
    ),
  );
}
