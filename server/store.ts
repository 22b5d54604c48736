// Opens the store the environment asks for: PostgreSQL when DATABASE_URL is set, else SQLite in
// DATA_DIR. Migrations run either way, so a fresh directory or database needs no set-up. What is
// already there is never silently replaced: an empty, unreadable or foreign database file stops
// the start with the reason (only a file this start created itself is new).
import { accessSync, constants, existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, migrationVersions } from './db/migrate';
import { openPostgres } from './db/postgres';
import type { Sql } from './db/sql';
import { openSqliteWorker } from './db/sqlite';
import { createSqlRepo } from './repo/sql-repo';
import type { LeaderboardRepo } from './repo/types';
import { StartupError } from './secret';

export interface StoreEnv {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** Refuses a DATA_DIR that cannot be made or written, in one line that names it. */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK | constants.R_OK);
  } catch (error) {
    throw new StartupError(`DATA_DIR ${dataDir} is not a writable directory (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Why an existing SQLite file must not be opened as our board, or null if it may. */
function sqliteFileProblem(file: string): string | null {
  const size = statSync(file).size;
  if (size === 0) return 'is empty (0 bytes)';
  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') === SQLITE_MAGIC ? null : 'is not an SQLite database';
}

async function tableNames(sql: Sql): Promise<string[]> {
  const rows = sql.dialect === 'sqlite'
    ? await sql.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    : await sql.all('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()');
  return rows.map((r) => String(r.name));
}

/** Tables but no migrations table, or migrations this server does not know: another program's data. */
export async function schemaProblem(sql: Sql): Promise<string | null> {
  const tables = await tableNames(sql);
  if (tables.length === 0) return null;
  if (!tables.includes('schema_migrations')) return `holds tables of another schema (${tables.slice(0, 5).join(', ')}) and no schema_migrations`;
  const known = new Set(migrationVersions());
  const applied = (await sql.all('SELECT version FROM schema_migrations')).map((r) => String(r.version));
  const unknown = applied.filter((v) => !known.has(v));
  if (unknown.length > 0) return `has migrations this server does not know (${unknown.join(', ')}): a newer server wrote it`;
  return null;
}

export async function openStore(env: StoreEnv): Promise<{ repo: LeaderboardRepo; kind: string }> {
  const usePg = env.databaseUrl !== undefined && /^postgres(ql)?:\/\//.test(env.databaseUrl);
  let sql: Sql;
  let where: string;
  if (usePg) {
    sql = openPostgres(env.databaseUrl!);
    where = 'the PostgreSQL database at DATABASE_URL';
  } else {
    ensureDataDir(env.dataDir);
    const file = join(env.dataDir, 'leaderboard.db');
    where = `the database file ${file}`;
    if (existsSync(file)) {
      const problem = sqliteFileProblem(file);
      if (problem) throw new StartupError(`${where} ${problem}; it is never replaced: restore it from a backup, or move it away to start an empty board`);
    }
    try {
      sql = await openSqliteWorker(file);
    } catch (error) {
      throw new StartupError(`${where} cannot be opened: ${(error as Error).message}`);
    }
  }
  try {
    const problem = await schemaProblem(sql);
    if (problem) throw new StartupError(`${where} ${problem}; it is never replaced`);
    await migrate(sql);
  } catch (error) {
    await sql.close().catch(() => undefined);
    if (error instanceof StartupError) throw error;
    throw new StartupError(`${where} cannot be used: ${(error as Error).message}`);
  }
  return { repo: createSqlRepo(sql), kind: usePg ? 'postgres' : 'sqlite' };
}
