// A big board for the bench: rows written straight into the server's database (in one
// transaction), with scores and times spread as real play spreads them. Returns run ids spread
// over the ranks, for reads with `run=`.
import { join } from 'node:path';
import { migrate } from '../server/db/migrate';
import { openPostgres } from '../server/db/postgres';
import type { Sql } from '../server/db/sql';
import { openSqlite } from '../server/db/sqlite';
import { PACK_ID, PACK_VERSION } from '../tests/server/helpers';

export const BOARD_QUERY = `pack=${PACK_ID}&mode=classic&difficulty=medium&period=all`;
const BATCH = 500;

/** The CREATE INDEX statements on scores, to drop them while filling and build them after (sorting once is far faster than 1M inserts into nine B-trees). */
async function scoreIndexes(sql: Sql): Promise<{ name: string; create: string }[]> {
  const rows = sql.dialect === 'sqlite'
    ? await sql.all("SELECT name, sql AS def FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scores' AND sql IS NOT NULL")
    : await sql.all("SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'scores' AND schemaname = current_schema() AND indexname NOT LIKE '%_pkey'");
  return rows.map((r) => ({ name: String(r.name), create: String(r.def) }));
}

export async function fillBoard(dataDir: string, pgUrl: string | undefined, rows: number): Promise<string[]> {
  const sql: Sql = pgUrl ? openPostgres(pgUrl) : openSqlite(join(dataDir, 'leaderboard.db'));
  await migrate(sql);
  const indexes = await scoreIndexes(sql);
  for (const i of indexes) await sql.exec(`DROP INDEX ${i.name}`);
  // A fixed-seed LCG: the same board every run.
  let state = 12345;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const picked: string[] = [];
  const t0 = Date.UTC(2026, 10, 1);
  await sql.exec('BEGIN');
  for (let start = 0; start < rows; start += BATCH) {
    const n = Math.min(BATCH, rows - start);
    const params: (string | number | null)[] = [];
    for (let i = start; i < start + n; i++) {
      const runId = `bench-${i}`;
      if (i % Math.max(1, Math.floor(rows / 200)) === 0) picked.push(runId);
      const correct = Math.floor(rand() * 11);
      params.push(runId, PACK_ID, PACK_VERSION, 'wbench', 'server', 'classic', 'medium', Math.round(correct * 150 * (1 + rand())), 20_000 + Math.floor(rand() * 180_000), correct, 10, `P${i % 9973}`, `dev-${i}`, '2026-W45', null, t0 + i);
    }
    const values = Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    await sql.run(`INSERT INTO scores (run_id, pack_id, pack_version, seed, seed_source, mode, difficulty, score, time_ms, correct, answered, name, device_hash, week, daily_day, created_at) VALUES ${values}`, params);
  }
  await sql.exec('COMMIT');
  for (const i of indexes) await sql.exec(i.create);
  await sql.exec(pgUrl ? 'ANALYZE scores' : 'ANALYZE');
  await sql.close();
  return picked;
}
