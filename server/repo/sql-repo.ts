// The ScoreRepo in portable SQL over the Sql seam: SQLite and PostgreSQL run this same code
// (the adapters differ, not the queries). Ranks follow one order everywhere: score, then the
// faster total time, then who got there first, then the run id so no two rows ever tie.
import type { Param, Row, Sql, Step } from '../db/sql';
import { createRunClock } from './run-clock';
import { createSharedPacks } from './shared-packs';
import type { BoardQuery, BoardRead, BoardRow, InsertResult, LeaderboardRepo, ScoreEntry, SeedSource } from './types';
import type { Mode } from '../../src/domain/modes';
import type { Difficulty } from '../../src/domain/pack/schema';

const ORDER = 'score DESC, time_ms ASC, created_at ASC, run_id ASC';
const COLUMNS = 'run_id, name, score, time_ms, correct, answered, created_at';

function where(q: BoardQuery): { clause: string; params: Param[] } {
  // Each clause names its partial index's predicate word for word, so both SQLite and PostgreSQL
  // read the board from that index (migration 002).
  const base = 'hidden = 0 AND removed = 0 AND pack_id = ? AND difficulty = ?';
  switch (q.period) {
    // Challenge seeds are chosen by the client, so they count only on their challenge board.
    case 'all':
      return { clause: `${base} AND mode = ? AND seed_source <> 'client'`, params: [q.packId, q.difficulty, q.mode] };
    case 'week':
      return { clause: `${base} AND mode = ? AND seed_source <> 'client' AND week = ?`, params: [q.packId, q.difficulty, q.mode, q.week] };
    case 'daily':
      // Only Daily rows have a daily_day.
      return { clause: `${base} AND daily_day IS NOT NULL AND daily_day = ?`, params: [q.packId, q.difficulty, q.day] };
    case 'challenge':
      return { clause: `${base} AND mode = ? AND pack_version = ? AND seed = ?`, params: [q.packId, q.difficulty, q.mode, q.packVersion, q.seed] };
  }
}

const num = (v: unknown) => Number(v);

/** A rate-limit window is at most a day long, so a row whose window began earlier counts for nothing. */
export const RATE_KEEP_MS = 24 * 3_600_000;
export const RATE_SWEEP_EVERY_MS = 60_000;
export const RATE_SWEEP_ROWS = 1_000;

/** ORDER, in JavaScript (run ids compare as the databases compare them: ASCII, byte by byte). */
function boardOrder(x: Row, y: Row): number {
  return num(y.score) - num(x.score) || num(x.time_ms) - num(y.time_ms) || num(x.created_at) - num(y.created_at) || (String(x.run_id) < String(y.run_id) ? -1 : String(x.run_id) > String(y.run_id) ? 1 : 0);
}

/** The board's key in score_counts (migration 003 writes the same keys from its triggers). */
function boardKey(q: BoardQuery): string {
  switch (q.period) {
    case 'all':
      return ['a', q.packId, q.mode, q.difficulty].join('|');
    case 'week':
      return ['w', q.packId, q.mode, q.difficulty, q.week].join('|');
    case 'daily':
      return ['d', q.packId, q.difficulty, q.day].join('|');
    case 'challenge':
      return ['c', q.packId, q.packVersion, q.seed, q.mode, q.difficulty].join('|');
  }
}

function toBoardRow(r: Row, rank: number): BoardRow {
  return {
    rank,
    runId: String(r.run_id),
    name: String(r.name),
    score: num(r.score),
    timeMs: num(r.time_ms),
    correct: num(r.correct),
    answered: num(r.answered),
    createdAt: num(r.created_at),
  };
}

/** The top `count` rows from rank `from` (1-based). */
function sliceStep(q: BoardQuery, from: number, count: number): Step & { offset: number } {
  const { clause, params } = where(q);
  const offset = Math.max(0, Math.floor(from) - 1);
  return { sql: `SELECT ${COLUMNS} FROM scores WHERE ${clause} ORDER BY ${ORDER} LIMIT ? OFFSET ?`, params: [...params, Math.max(0, Math.floor(count)), offset], offset };
}

/** The run's own row on this board (none if it is not on it). */
function mineStep(q: BoardQuery, runId: string): Step {
  const { clause, params } = where(q);
  return { sql: `SELECT ${COLUMNS} FROM scores WHERE ${clause} AND run_id = ?`, params: [...params, runId] };
}

/**
 * How many rows are ahead of `row` in board order: every higher score from the rank cache
 * (score_counts), the ties in earlier seconds of total time from the tie cache (tie_counts; both
 * kept by triggers), then the ties ahead within its own second as three short index ranges. One
 * statement, never a walk over the board or its ties.
 */
function aheadStep(q: BoardQuery, row: Row): Step {
  const { clause, params } = where(q);
  const [s, t, c, id] = [num(row.score), num(row.time_ms), num(row.created_at), String(row.run_id)];
  const second = Math.floor(t / 1000);
  const count = (extra: string) => `(SELECT COUNT(*) FROM scores WHERE ${clause} AND ${extra})`;
  const cached = (from: string, extra: string) => `(SELECT COALESCE(SUM(n), 0) FROM ${from} WHERE board = ? AND ${extra})`;
  const parts: [string, Param[]][] = [
    [cached('score_counts', 'score > ?'), [boardKey(q), s]],
    [cached('tie_counts', 'score = ? AND second < ?'), [boardKey(q), s, second]],
    [count('score = ? AND time_ms >= ? AND time_ms < ?'), [...params, s, second * 1000, t]],
    [count('score = ? AND time_ms = ? AND created_at < ?'), [...params, s, t, c]],
    [count('score = ? AND time_ms = ? AND created_at = ? AND run_id < ?'), [...params, s, t, c, id]],
  ];
  return { sql: `SELECT ${parts.map(([text]) => text).join(' + ')} AS ahead`, params: parts.flatMap(([, values]) => values) };
}

const REVERSE = 'score ASC, time_ms DESC, created_at DESC, run_id DESC';

/**
 * Keyset reads beside a row (no OFFSET, which walks every row ahead): up to n rows from each of
 * the four index ranges next to it (ties ahead, higher scores, ties behind, lower scores), in one
 * statement.
 */
function besideStep(q: BoardQuery, row: Row, n: number): Step {
  const { clause, params } = where(q);
  const [s, t, c, id] = [num(row.score), num(row.time_ms), num(row.created_at), String(row.run_id)];
  const ranges: [string, Param[], string][] = [
    ['score = ? AND (time_ms, created_at, run_id) < (?, ?, ?)', [s, t, c, id], REVERSE],
    ['score > ?', [s], REVERSE],
    ['score = ? AND (time_ms, created_at, run_id) > (?, ?, ?)', [s, t, c, id], ORDER],
    ['score < ?', [s], ORDER],
  ];
  const text = ranges.map(([extra, , order], i) => `SELECT * FROM (SELECT ${i} AS part, ${COLUMNS} FROM scores WHERE ${clause} AND ${extra} ORDER BY ${order} LIMIT ?) AS r${i}`).join(' UNION ALL ');
  return { sql: text, params: ranges.flatMap(([, values]) => [...params, ...values, n]) };
}

/** The n nearest rows on each side of `you`, with `you` in the middle, ranked from its rank. */
function aroundRows(rows: Row[], you: BoardRow, n: number): BoardRow[] {
  rows.sort(boardOrder);
  // Which side a row is on is the database's answer (its range), so run ids compare as it compares them.
  const ahead = rows.filter((r) => num(r.part) < 2).slice(-n);
  const behind = rows.filter((r) => num(r.part) >= 2).slice(0, n);
  const first = you.rank - ahead.length;
  return [...ahead, null, ...behind].map((r, i) => (r === null ? you : toBoardRow(r, first + i)));
}

export function createSqlRepo(sql: Sql): LeaderboardRepo {
  // Closed once, whoever asks first (Fastify's onClose, then a test's own close).
  let closing: Promise<void> | undefined;
  let nextRateSweep = -Infinity;
  const slice = async (q: BoardQuery, from: number, count: number): Promise<BoardRow[]> => {
    const step = sliceStep(q, from, count);
    const [rows] = await sql.read([step]);
    return rows!.map((r, i) => toBoardRow(r, step.offset + i + 1));
  };
  const rankOf = async (q: BoardQuery, runId: string): Promise<BoardRow | null> => {
    const [[row]] = (await sql.read([mineStep(q, runId)])) as [Row[]];
    if (!row) return null;
    const [[counts]] = (await sql.read([aheadStep(q, row)])) as [Row[]];
    return toBoardRow(row, num(counts?.ahead) + 1);
  };

  return {
    ...createRunClock(sql),
    ...createSharedPacks(sql),

    // One unit: the score (its rank-cache rows and the one-Daily index come with it, by trigger
    // and constraint) and the run's clock marks, which are spent once the run is on the board.
    // Either all of it is written or none, in one trip to the database's writer.
    async insert(e: ScoreEntry): Promise<InsertResult> {
      // ON CONFLICT DO NOTHING covers both guards (the run id and the one-Daily-a-day index)
      // atomically; the run's marks go only if its score is there now; the last look tells which
      // guard refused it.
      const [inserted, , same] = await sql.atomic([
        {
          sql: `INSERT INTO scores (run_id, pack_id, pack_version, seed, seed_source, mode, difficulty, score, time_ms, correct, answered, name, device_hash, week, daily_day, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          params: [e.runId, e.packId, e.packVersion, e.seed, e.seedSource, e.mode, e.difficulty, e.score, e.timeMs, e.correct, e.answered, e.name, e.deviceHash, e.week, e.dailyDay, e.createdAt],
        },
        { sql: 'DELETE FROM run_marks WHERE run_id = ? AND EXISTS (SELECT 1 FROM scores WHERE run_id = ?)', params: [e.runId, e.runId] },
        { sql: 'SELECT 1 AS one FROM scores WHERE run_id = ?', params: [e.runId] },
      ]);
      if (inserted!.changes === 1) return 'ok';
      return same!.rows.length > 0 ? 'replayed' : 'daily-taken';
    },

    top: (q, limit) => slice(q, 1, limit),
    slice,
    rankOf,

    async around(q, you, n) {
      if (n <= 0) return [you];
      const row = { score: you.score, time_ms: you.timeMs, created_at: you.createdAt, run_id: you.runId };
      const [rows] = await sql.read([besideStep(q, row, n)]);
      return aroundRows(rows!, you, n);
    },

    // A whole board read in two trips: the top and the run's own row together, then its rank and
    // the rows beside it together (on SQLite, each trip one snapshot on the reader's thread).
    async board(q, limit, runId, n): Promise<BoardRead> {
      const top = sliceStep(q, 1, limit);
      const [topRows, mine] = await sql.read(runId === null ? [top] : [top, mineStep(q, runId)]);
      const rows = topRows!.map((r, i) => toBoardRow(r, i + 1));
      const row = mine?.[0];
      if (!row) return { top: rows, you: null, around: [] };
      const [[counts], beside] = (await sql.read(n > 0 ? [aheadStep(q, row), besideStep(q, row, n)] : [aheadStep(q, row)])) as [Row[], Row[] | undefined];
      const you = toBoardRow(row, num(counts?.ahead) + 1);
      return { top: rows, you, around: beside ? aroundRows(beside, you, n) : [you] };
    },

    async get(runId) {
      const rows = await sql.all('SELECT * FROM scores WHERE run_id = ?', [runId]);
      const r = rows[0];
      if (!r) return null;
      return {
        runId: String(r.run_id),
        packId: String(r.pack_id),
        packVersion: String(r.pack_version),
        seed: String(r.seed),
        seedSource: String(r.seed_source) as SeedSource,
        mode: String(r.mode) as Mode,
        difficulty: String(r.difficulty) as Difficulty,
        score: num(r.score),
        timeMs: num(r.time_ms),
        correct: num(r.correct),
        answered: num(r.answered),
        name: String(r.name),
        deviceHash: String(r.device_hash),
        week: String(r.week),
        dailyDay: typeof r.daily_day === 'string' ? r.daily_day : null,
        createdAt: num(r.created_at),
      };
    },

    // Rows stay (their run ids must keep refusing replays) but lose the name and leave every board.
    removeByDevice: (deviceHash) => sql.run(`UPDATE scores SET removed = 1, name = '' WHERE device_hash = ? AND removed = 0`, [deviceHash]),

    async setHidden(runId, hidden) {
      return (await sql.run('UPDATE scores SET hidden = ? WHERE run_id = ?', [hidden ? 1 : 0, runId])) === 1;
    },

    async count() {
      return num((await sql.all('SELECT COUNT(*) AS n FROM scores'))[0]?.n);
    },

    async hit(key, windowMs, now) {
      // Old windows are swept by the clock, not by chance: at most once a minute per process, and
      // at most RATE_SWEEP_ROWS of the oldest at a time, so no call pays for a long backlog.
      if (now >= nextRateSweep) {
        nextRateSweep = now + RATE_SWEEP_EVERY_MS;
        await sql.run('DELETE FROM rate_hits WHERE key IN (SELECT key FROM rate_hits WHERE window_start < ? ORDER BY window_start LIMIT ?)', [now - RATE_KEEP_MS, RATE_SWEEP_ROWS]);
      }
      const rows = await sql.all(
        `INSERT INTO rate_hits (key, window_start, n) VALUES (?, ?, 1)
         ON CONFLICT (key) DO UPDATE SET
           n = CASE WHEN rate_hits.window_start <= ? THEN 1 ELSE rate_hits.n + 1 END,
           window_start = CASE WHEN rate_hits.window_start <= ? THEN ? ELSE rate_hits.window_start END
         RETURNING n, window_start`,
        [key, now, now - windowMs, now - windowMs, now],
      );
      return { count: num(rows[0]?.n), windowStart: num(rows[0]?.window_start) };
    },

    async probeWrite(now) {
      await sql.run('INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at', [now]);
    },

    close: () => (closing ??= sql.close()),
  };
}
