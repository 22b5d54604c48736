// A big board for the bench, written straight into the server's database by SQL itself (no rows
// cross from Node): scores and times spread by a fixed multiplicative hash of the row number, so
// every run writes the same board. The schema's first two migrations come first, the rows go in
// without indexes or rank-cache triggers, the indexes are built once, and then the remaining
// migrations build the rank caches from the table exactly as an upgrade would (their own backfill
// statements) and add the triggers. Returns run ids spread over the ranks, for reads with `run=`.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../server/db/migrate';
import { openPostgres } from '../server/db/postgres';
import type { Sql } from '../server/db/sql';
import { openSqlite } from '../server/db/sqlite';
import { PACK_ID, PACK_VERSION } from '../tests/server/helpers';

export const BOARD_QUERY = `pack=${PACK_ID}&mode=classic&difficulty=medium&period=all`;
const MIGRATIONS = fileURLToPath(new URL('../server/db/migrations/', import.meta.url));
/** Migrations up to this one make the scores table; the later ones hold the rank caches. */
const BEFORE_CACHES = '003';

/** The CREATE INDEX statements on scores, to drop them while filling and build them after (sorting once is far faster than 1M inserts into several B-trees). */
async function scoreIndexes(sql: Sql): Promise<{ name: string; create: string }[]> {
  const rows = sql.dialect === 'sqlite'
    ? await sql.all("SELECT name, sql AS def FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scores' AND sql IS NOT NULL")
    : await sql.all("SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'scores' AND schemaname = current_schema() AND indexname NOT LIKE '%_pkey'");
  return rows.map((r) => ({ name: String(r.name), create: String(r.def) }));
}

/** Row numbers 0…rows-1 as a table `g(i)` in either dialect. */
const numbers = (sql: Sql, rows: number) => sql.dialect === 'postgres'
  ? `(SELECT i::bigint AS i FROM generate_series(0, ${rows - 1}) AS i) AS g`
  : `(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows - 1}) SELECT i FROM n) AS g`;

export async function fillBoard(dataDir: string, pgUrl: string | undefined, rows: number): Promise<string[]> {
  const sql: Sql = pgUrl ? openPostgres(pgUrl) : openSqlite(join(dataDir, 'leaderboard.db'));
  const early = mkdtempSync(join(tmpdir(), 'lb-migrations-'));
  try {
    for (const f of readdirSync(MIGRATIONS).filter((f) => f < BEFORE_CACHES)) cpSync(join(MIGRATIONS, f), join(early, f));
    await migrate(sql, early);
  } finally {
    rmSync(early, { recursive: true, force: true });
  }
  const indexes = await scoreIndexes(sql);
  for (const i of indexes) await sql.exec(`DROP INDEX ${i.name}`);
  // u: a fixed hash of the row number (Knuth's multiplicative), spread into right answers (0–10),
  // a score up to twice 150 a right answer, and a total time of 20 s to 200 s.
  const t0 = Date.UTC(2026, 10, 1);
  await sql.run(
    `INSERT INTO scores (run_id, pack_id, pack_version, seed, seed_source, mode, difficulty, score, time_ms, correct, answered, name, device_hash, week, daily_day, created_at)
     SELECT 'bench-' || i, ?, ?, 'wbench', 'server', 'classic', 'medium', (u % 11) * 150 + (u / 11 % 1000) * (u % 11) * 150 / 1000, 20000 + u / 11000 % 180000, u % 11, 10, 'P' || (i % 9973), 'dev-' || i, '2026-W45', NULL, ${t0} + i
     FROM (SELECT i, i * 2654435761 % 4294967296 AS u FROM ${numbers(sql, rows)}) AS h`,
    [PACK_ID, PACK_VERSION],
  );
  for (const i of indexes) await sql.exec(i.create);
  await migrate(sql);
  await sql.exec(pgUrl ? 'ANALYZE scores' : 'ANALYZE');
  await sql.close();
  const step = Math.max(1, Math.floor(rows / 200));
  return Array.from({ length: Math.ceil(rows / step) }, (_, k) => `bench-${k * step}`);
}
