// SQLite through libsql (a better-sqlite3-compatible API with a prebuilt binary, so `npm ci`
// compiles nothing). WAL with synchronous=FULL: every acknowledged score is fsynced before the
// reply, so it survives a kill -9 (NORMAL would too) and also a power cut (NORMAL may lose the
// last commits then). The server's connection lives on its own thread (sqlite-worker.js): libsql
// is synchronous, and a board read or a commit's fsync must not stall every other request.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'libsql';
import { singleConnection, type Param, type Row, type Sql } from './sql';

const ensureDir = (file: string) => {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
};

/** On this thread (tools and tests that fill or inspect a file; the server uses openSqliteWorker). */
export function openSqlite(file: string): Sql {
  ensureDir(file);
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
  return singleConnection('sqlite', {
    all: (sql, params = []) => Promise.resolve(prepare(sql).all(...(params as Param[])) as Row[]),
    run: (sql, params = []) => Promise.resolve(prepare(sql).run(...(params as Param[])).changes),
    exec: (script) => {
      db.exec(script);
      return Promise.resolve();
    },
  }, () => {
    db.close();
    return Promise.resolve();
  });
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; code: string | null };

/** The connection on its own thread; rejects (with SQLite's message) when the file cannot be opened. */
export async function openSqliteWorker(file: string): Promise<Sql> {
  ensureDir(file);
  const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: { file } });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { ready: boolean; message?: string }) => {
      worker.off('error', reject);
      if (m.ready) resolve();
      else {
        void worker.terminate();
        reject(new Error(m.message));
      }
    });
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  const failAll = (error: Error) => {
    broken = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (m: Reply) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.ok) w.resolve(m.value);
    else w.reject(Object.assign(new Error(m.message), m.code ? { code: m.code } : {}));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`the SQLite thread ended (exit code ${code})`)));
  const post = <T>(kind: 'all' | 'run' | 'exec' | 'close', sql = '', params: readonly Param[] = []) =>
    new Promise<T>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, kind, sql, params });
    });
  return singleConnection('sqlite', {
    all: (sql, params) => post<Row[]>('all', sql, params),
    run: (sql, params) => post<number>('run', sql, params),
    exec: (script) => post<void>('exec', script),
  }, async () => {
    await post('close');
    await worker.terminate();
  });
}
