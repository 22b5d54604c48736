// SQLite through libsql (a better-sqlite3-compatible API with a prebuilt binary, so `npm ci`
// compiles nothing). WAL with synchronous=FULL: every acknowledged score is fsynced before the
// reply, so it survives a kill -9 (NORMAL would too) and also a power cut (NORMAL may lose the
// last commits then). The cost is one fsync per submission, measured by `npm run bench:server`.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import type { Param, Row, Sql } from './sql';

export function openSqlite(file: string): Sql {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA busy_timeout = 5000');
  const cache = new Map<string, ReturnType<typeof db.prepare<Param[]>>>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare<Param[]>(sql)));
    return stmt;
  };
  return {
    dialect: 'sqlite',
    all: (sql: string, params: readonly Param[] = []) => Promise.resolve(prepare(sql).all(...(params as Param[])) as Row[]),
    run: (sql: string, params: readonly Param[] = []) => Promise.resolve(prepare(sql).run(...(params as Param[])).changes),
    exec: (script: string) => {
      db.exec(script);
      return Promise.resolve();
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}
