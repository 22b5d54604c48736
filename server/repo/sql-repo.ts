// The ScoreRepo in portable SQL over the Sql seam: SQLite and PostgreSQL run this same code
// (the adapters differ, not the queries). Ranks follow one order everywhere: score, then the
// faster total time, then who got there first, then the run id so no two rows ever tie.
import type { Param, Row, Sql } from '../db/sql';
import type { BoardQuery, BoardRow, InsertResult, ScoreEntry, ScoreRepo, SeedSource } from './types';
import type { Mode } from '../../src/domain/modes';
import type { Difficulty } from '../../src/domain/pack/schema';

const ORDER = 'score DESC, time_ms ASC, created_at ASC, run_id ASC';
const COLUMNS = 'run_id, name, score, time_ms, correct, answered, created_at';

function where(q: BoardQuery): { clause: string; params: Param[] } {
  const base = 'hidden = 0 AND removed = 0 AND pack_id = ? AND difficulty = ?';
  switch (q.period) {
    // Challenge seeds are chosen by the client, so they count only on their challenge board.
    case 'all':
      return { clause: `${base} AND mode = ? AND seed_source <> 'client'`, params: [q.packId, q.difficulty, q.mode] };
    case 'week':
      return { clause: `${base} AND mode = ? AND seed_source <> 'client' AND week = ?`, params: [q.packId, q.difficulty, q.mode, q.week] };
    case 'daily':
      return { clause: `${base} AND mode = 'daily' AND daily_day = ?`, params: [q.packId, q.difficulty, q.day] };
    case 'challenge':
      return { clause: `${base} AND mode = ? AND pack_version = ? AND seed = ?`, params: [q.packId, q.difficulty, q.mode, q.packVersion, q.seed] };
  }
}

const num = (v: unknown) => Number(v);

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

export function createSqlRepo(sql: Sql): ScoreRepo {
  const slice = async (q: BoardQuery, from: number, count: number): Promise<BoardRow[]> => {
    const { clause, params } = where(q);
    const offset = Math.max(0, Math.floor(from) - 1);
    const rows = await sql.all(`SELECT ${COLUMNS} FROM scores WHERE ${clause} ORDER BY ${ORDER} LIMIT ? OFFSET ?`, [...params, Math.max(0, Math.floor(count)), offset]);
    return rows.map((r, i) => toBoardRow(r, offset + i + 1));
  };

  return {
    async insert(e: ScoreEntry): Promise<InsertResult> {
      // ON CONFLICT DO NOTHING covers both guards (the run id and the one-Daily-a-day index)
      // atomically; a second look tells which one refused it.
      const changed = await sql.run(
        `INSERT INTO scores (run_id, pack_id, pack_version, seed, seed_source, mode, difficulty, score, time_ms, correct, answered, name, device_hash, week, daily_day, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [e.runId, e.packId, e.packVersion, e.seed, e.seedSource, e.mode, e.difficulty, e.score, e.timeMs, e.correct, e.answered, e.name, e.deviceHash, e.week, e.dailyDay, e.createdAt],
      );
      if (changed === 1) return 'ok';
      const same = await sql.all('SELECT 1 AS one FROM scores WHERE run_id = ?', [e.runId]);
      return same.length > 0 ? 'replayed' : 'daily-taken';
    },

    top: (q, limit) => slice(q, 1, limit),
    slice,

    async rankOf(q, runId) {
      const { clause, params } = where(q);
      const mine = await sql.all(`SELECT ${COLUMNS} FROM scores WHERE ${clause} AND run_id = ?`, [...params, runId]);
      const row = mine[0];
      if (!row) return null;
      const [s, t, c, id] = [num(row.score), num(row.time_ms), num(row.created_at), String(row.run_id)];
      const ahead = await sql.all(
        `SELECT COUNT(*) AS n FROM scores WHERE ${clause} AND (score > ? OR (score = ? AND (time_ms < ? OR (time_ms = ? AND (created_at < ? OR (created_at = ? AND run_id < ?))))))`,
        [...params, s, s, t, t, c, c, id],
      );
      return toBoardRow(row, num(ahead[0]?.n) + 1);
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

    close: () => sql.close(),
  };
}
