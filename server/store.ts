// Opens the store the environment asks for: PostgreSQL when DATABASE_URL is set, else SQLite
// in DATA_DIR. Migrations run either way, so a fresh directory or database needs no set-up.
import { join } from 'node:path';
import { migrate } from './db/migrate';
import { openPostgres } from './db/postgres';
import { openSqlite } from './db/sqlite';
import { createSqlRepo } from './repo/sql-repo';
import type { ScoreRepo } from './repo/types';

export async function openStore(env: { databaseUrl?: string | undefined; dataDir: string }): Promise<{ repo: ScoreRepo; kind: string }> {
  const usePg = env.databaseUrl !== undefined && /^postgres(ql)?:\/\//.test(env.databaseUrl);
  const sql = usePg ? openPostgres(env.databaseUrl!) : openSqlite(join(env.dataDir, 'leaderboard.db'));
  await migrate(sql);
  return { repo: createSqlRepo(sql), kind: usePg ? 'postgres' : 'sqlite' };
}
