// The shape of stored high scores and how untrusted storage becomes it: the valibot schemas,
// entry-by-entry validation, the size caps, and the migration from older versions. Pure (no store,
// no storage), so the rules for what a stored score may be are read and tested on their own.
import { PACK_ID_PATTERN } from '../domain/pack/pack-id';
import * as v from 'valibot';
import { DIFFICULTIES, type Difficulty } from '../domain/difficulty';
import { MODES, type Mode } from '../domain/modes';
import { isUtcDate, type UtcDate } from '../domain/daily';
import { isRecord } from '../domain/guards';
import { sanitizePlayerName } from '../domain/player-name';

export const SCORES_VERSION = 1;
export const MAX_ENTRIES_PER_TABLE = 10;
export const MAX_TABLES = 40;
/** Upper bound on stored entries: every table full. */
export const MAX_TOTAL_ENTRIES = MAX_ENTRIES_PER_TABLE * MAX_TABLES;

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

/** What is persisted. */
export interface ScoresData {
  /** Keyed by tableKey(); each sorted best first, at most MAX_ENTRIES_PER_TABLE. */
  tables: Record<string, ScoreEntry[]>;
  daily: DailyRecord;
}

// ---------------------------------------------------------------------------------------------
// Validation

export const MAX_SCORE = 10_000_000;
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
    packId: v.pipe(v.string(), v.maxLength(64), v.regex(PACK_ID_PATTERN)),
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

export const EMPTY_DAILY: Readonly<DailyRecord> = { lastDate: null, lastScore: null, streak: 0, bestStreak: 0 };

/** A clean entry, or null: names are re-sanitized, unknown fields dropped. */
export function parseScoreEntry(input: unknown): ScoreEntry | null {
  const result = v.safeParse(EntrySchema, input);
  if (!result.success) return null;
  return { ...result.output, name: sanitizePlayerName(result.output.name) };
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
export function capTables(tables: Record<string, ScoreEntry[]>, keep?: string): Record<string, ScoreEntry[]> {
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

export function migrateScores(persisted: unknown, version: number): unknown {
  if (version === 0) return migrateV0(persisted);
  // A version we do not know (e.g. written by a newer build): keep whatever still fits v1.
  return persisted;
}
