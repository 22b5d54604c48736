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
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import * as v from 'valibot';
import { DIFFICULTIES, type Difficulty } from '../domain/difficulty';
import { MODES, type Mode } from '../domain/modes';
import { isNextDay, isUtcDate, utcDateOf, addDays, type UtcDate } from '../domain/daily';
import { sanitizePlayerName } from '../domain/player-name';

export const SCORES_STORAGE_KEY = 'football-trivia:scores';
export const SCORES_VERSION = 1;
export const MAX_ENTRIES_PER_TABLE = 10;
export const MAX_TABLES = 40;
/** Upper bound on stored entries: every table full. */
export const MAX_TOTAL_ENTRIES = MAX_ENTRIES_PER_TABLE * MAX_TABLES;
/** A stored blob larger than this is not ours (or is damaged): ignore it rather than parse it. */
const MAX_STORED_CHARS = 1_000_000;

export interface ScoreEntry {
  /** Clean display name (sanitizePlayerName); render as text only. */
  name: string;
  score: number;
  correct: number;
  total: number;
  timeMs: number;
  /** When the round finished, ISO 8601 (Date#toISOString). */
  date: string;
  seed: string;
  packId: string;
  packVersion: string;
  mode: Mode;
  difficulty: Difficulty;
}

/** What the results screen passes to addScore; `date` defaults to the store's clock. */
export type ScoreInput = Omit<ScoreEntry, 'date'> & { date?: string };

export interface TableQuery {
  packId: string;
  mode: Mode;
  difficulty: Difficulty;
}

export interface DailyRecord {
  /** The last UTC day whose Daily was scored, 'YYYY-MM-DD'. */
  lastDate: UtcDate | null;
  lastScore: number | null;
  /** Days in a row, ending on lastDate, with a scored Daily. */
  streak: number;
  bestStreak: number;
}

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

/** What is persisted. */
export interface ScoresData {
  /** Keyed by tableKey(); each sorted best first, at most MAX_ENTRIES_PER_TABLE. */
  tables: Record<string, ScoreEntry[]>;
  daily: DailyRecord;
}

export interface ScoresState extends ScoresData {
  /** Set when the last write failed; cleared by the next successful one. */
  lastSaveError: SaveError | null;
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
  /** The final score of the Daily already recorded for that day; false when none was. */
  finishDaily(date: UtcDate, score: number): { updated: boolean; saved: boolean };
  /** The streak still alive on that day: it survives until the end of the day after lastDate. */
  currentStreak(date?: UtcDate): number;
  clearScores(): void;
  /** Give a stored entry (found by table, seed and date) a new name; false when it is not in the table. */
  renameScore(query: TableQuery, seed: string, date: string, name: string): { found: boolean; saved: boolean };
}

export type ScoresStore = StoreApi<ScoresState & ScoresActions>;

/** The slice of the Web Storage API used here; `localStorage` fits. */
export interface SyncStorage {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
}

export interface ScoresStoreOptions {
  /** A storage, or a getter for one (called on every access, so a throwing getter is survivable). Default: localStorage. */
  storage?: SyncStorage | (() => SyncStorage | null | undefined);
  now?: () => Date;
  onSaveError?: (error: SaveError) => void;
  /** Storage key; default SCORES_STORAGE_KEY. */
  name?: string;
}

// ---------------------------------------------------------------------------------------------
// Validation

const MAX_SCORE = 10_000_000;
const MAX_QUESTIONS = 10_000;
const whole = (max: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(max));

const EntrySchema = v.pipe(
  v.object({
    name: v.pipe(v.string(), v.maxLength(400)),
    score: whole(MAX_SCORE),
    correct: whole(MAX_QUESTIONS),
    total: whole(MAX_QUESTIONS),
    timeMs: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9)),
    date: v.pipe(v.string(), v.isoTimestamp(), v.check((d) => Number.isFinite(Date.parse(d)))),
    seed: v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\x21-\x7e]+$/)),
    packId: v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    packVersion: v.pipe(v.string(), v.maxLength(32), v.regex(/^\d+\.\d+\.\d+$/)),
    mode: v.picklist(MODES),
    difficulty: v.picklist(DIFFICULTIES),
  }),
  v.check((e) => e.correct <= e.total),
);

const DailySchema = v.object({
  lastDate: v.nullable(v.pipe(v.string(), v.check((d: string) => isUtcDate(d)))),
  lastScore: v.nullable(whole(MAX_SCORE)),
  streak: whole(100_000),
  bestStreak: whole(100_000),
});

const EMPTY_DAILY: DailyRecord = { lastDate: null, lastScore: null, streak: 0, bestStreak: 0 };

/** A clean entry, or null: names are re-sanitized, unknown fields dropped. */
export function parseScoreEntry(input: unknown): ScoreEntry | null {
  const result = v.safeParse(EntrySchema, input);
  if (!result.success) return null;
  return { ...result.output, name: sanitizePlayerName(result.output.name) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Tables (pure)

/** One table per pack, mode and difficulty: Relaxed and Daily are modes, so they never mix with Classic. */
export function tableKey(q: TableQuery): string {
  return `${q.packId}/${q.mode}/${q.difficulty}`;
}

/** Best first; ties go to whoever got there first (earlier date), then the faster round. */
export function compareEntries(a: ScoreEntry, b: ScoreEntry): number {
  return b.score - a.score || Date.parse(a.date) - Date.parse(b.date) || a.timeMs - b.timeMs;
}

function latest(entries: readonly ScoreEntry[]): number {
  return entries.reduce((max, e) => Math.max(max, Date.parse(e.date)), -Infinity);
}

/** Sort and cap every table, then keep the MAX_TABLES most recently played ones (never dropping `keep`). */
function capTables(tables: Record<string, ScoreEntry[]>, keep?: string): Record<string, ScoreEntry[]> {
  const keys = Object.keys(tables).filter((k) => (tables[k]?.length ?? 0) > 0);
  keys.sort((a, b) => (a === keep ? -1 : b === keep ? 1 : latest(tables[b] ?? []) - latest(tables[a] ?? [])));
  const out: Record<string, ScoreEntry[]> = {};
  for (const key of keys.slice(0, MAX_TABLES)) {
    out[key] = (tables[key] ?? []).slice().sort(compareEntries).slice(0, MAX_ENTRIES_PER_TABLE);
  }
  return out;
}

/** Rebuild tables from whatever was stored: bad entries dropped, entries filed under their real key. */
function sanitizeTables(raw: unknown): Record<string, ScoreEntry[]> {
  const tables: Record<string, ScoreEntry[]> = {};
  if (!isRecord(raw)) return tables;
  let seen = 0;
  for (const list of Object.values(raw)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      // Bound the work on a huge forged blob.
      if (++seen > MAX_TOTAL_ENTRIES * 4) break;
      const entry = parseScoreEntry(item);
      if (entry) (tables[tableKey(entry)] ??= []).push(entry);
    }
  }
  return capTables(tables);
}

function sanitizeDaily(raw: unknown): DailyRecord {
  const result = v.safeParse(DailySchema, raw);
  if (!result.success) return { ...EMPTY_DAILY };
  const d = result.output;
  return { ...d, streak: d.lastDate ? d.streak : 0, bestStreak: Math.max(d.bestStreak, d.streak) };
}

/** Whatever came out of storage (or a migration) as valid ScoresData. */
export function sanitizeScoresData(raw: unknown): ScoresData {
  if (!isRecord(raw)) return { tables: {}, daily: { ...EMPTY_DAILY } };
  return { tables: sanitizeTables(raw.tables), daily: sanitizeDaily(raw.daily) };
}

// ---------------------------------------------------------------------------------------------
// Migrations

/**
 * v0, the prototype: one list per pack (modes mixed), short field names, dates as epoch ms:
 * `{ scores: { [packId]: [{ player, points, right, asked, ms, playedAt, seed, version, mode, level }] },
 *    lastDaily?: 'YYYY-MM-DD', dailyStreak?: number }`.
 * Entries are mapped field by field; anything that does not fit is left for validation to drop.
 */
export function migrateV0(old: unknown): unknown {
  if (!isRecord(old)) return {};
  const tables: Record<string, unknown[]> = {};
  if (isRecord(old.scores)) {
    for (const [packId, list] of Object.entries(old.scores)) {
      if (!Array.isArray(list)) continue;
      tables[packId] = list.map((e: unknown) => {
        if (!isRecord(e)) return null;
        const playedAt = typeof e.playedAt === 'number' ? new Date(e.playedAt) : null;
        return {
          name: e.player,
          score: e.points,
          correct: e.right,
          total: e.asked,
          timeMs: e.ms,
          date: playedAt && Number.isFinite(playedAt.getTime()) ? playedAt.toISOString() : null,
          seed: typeof e.seed === 'number' ? String(e.seed) : e.seed,
          packId,
          packVersion: e.version,
          mode: e.mode,
          difficulty: e.level ?? 'medium',
        };
      });
    }
  }
  const lastDate = isUtcDate(old.lastDaily) ? old.lastDaily : null;
  const streak = typeof old.dailyStreak === 'number' && lastDate ? old.dailyStreak : 0;
  return { tables, daily: { lastDate, lastScore: null, streak, bestStreak: streak } };
}

function migrate(persisted: unknown, version: number): unknown {
  if (version === 0) return migrateV0(persisted);
  // A version we do not know (e.g. written by a newer build): keep whatever still fits v1.
  return persisted;
}

// ---------------------------------------------------------------------------------------------
// Storage that never throws

interface WriteStatus {
  ok: boolean;
  error: SaveError | null;
}

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
  return () => (globalThis as { localStorage?: SyncStorage }).localStorage ?? null;
}

/**
 * A PersistStorage whose reads return null on any problem and whose writes record their outcome
 * instead of throwing. A write identical to the last attempted one is skipped, so recording an
 * error in state does not write (or fail) twice.
 */
function safeStorage(source: () => SyncStorage | null) {
  let lastAttempt: string | null = null;
  const status: WriteStatus = { ok: true, error: null };
  const storage: PersistStorage<ScoresData> = {
    getItem(name) {
      try {
        const raw = source()?.getItem(name);
        if (typeof raw !== 'string' || raw.length > MAX_STORED_CHARS) return null;
        const parsed: unknown = JSON.parse(raw);
        if (!isRecord(parsed)) return null;
        // Remember what is there, so an unchanged state is not written back.
        lastAttempt = raw;
        return { state: parsed.state, version: parsed.version } as StorageValue<ScoresData>;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      let json: string;
      try {
        json = JSON.stringify(value);
      } catch (error) {
        status.ok = false;
        status.error = toSaveError(error);
        return;
      }
      if (json === lastAttempt) return;
      lastAttempt = json;
      let target: SyncStorage | null;
      try {
        target = source();
      } catch (error) {
        status.ok = false;
        status.error = toSaveError(error, true);
        return;
      }
      if (!target) {
        status.ok = false;
        status.error = toSaveError(null, true);
        return;
      }
      try {
        target.setItem(name, json);
        status.ok = true;
        status.error = null;
      } catch (error) {
        status.ok = false;
        status.error = toSaveError(error);
      }
    },
    removeItem(name) {
      try {
        source()?.removeItem(name);
      } catch {
        // Nothing to do: clearing is best effort.
      }
      lastAttempt = null;
    },
  };
  return { storage, status };
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
  const { storage, status } = safeStorage(resolveStorage(options.storage));

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
          const error = status.error ?? toSaveError(null);
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
        migrate: (persisted, version) => migrate(persisted, version) as ScoresData,
        // Never trust storage: validate everything, entry by entry.
        merge: (persisted, current) => (persisted === undefined ? current : { ...current, ...sanitizeScoresData(persisted) }),
      },
    ),
  );
}
