// SQLite through libsql (a better-sqlite3-compatible API with a prebuilt binary, so `npm ci`
// compiles nothing). WAL with synchronous=FULL: every acknowledged score is fsynced before the
// reply, so it survives a kill -9 (NORMAL would too) and also a power cut (NORMAL may lose the
// last commits then). The server's connections live on threads of their own (sqlite-worker.js):
// libsql is synchronous, and a board read or a commit's fsync must not stall every other request.
// Two of them: the writer takes every statement and transaction, a reader answers `read` units
// from WAL snapshots, so board reads never queue behind a commit's fsync.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'libsql';
import { singleConnection, type Param, type Row, type Sql, type Step, type StepResult } from './sql';

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
  const step = (sql: string, params: readonly Param[] = []): StepResult => {
    const stmt = prepare(sql);
    return stmt.reader ? { rows: stmt.all(...(params as Param[])) as Row[], changes: 0 } : { rows: [], changes: stmt.run(...(params as Param[])).changes };
  };
  return singleConnection('sqlite', {
    all: (sql, params = []) => Promise.resolve(prepare(sql).all(...(params as Param[])) as Row[]),
    run: (sql, params = []) => Promise.resolve(prepare(sql).run(...(params as Param[])).changes),
    step: (sql, params) => Promise.resolve(step(sql, params)),
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
type Kind = 'all' | 'run' | 'step' | 'exec' | 'read' | 'atomic' | 'close';

interface Thread {
  post<T>(kind: Kind, sql?: string, params?: readonly Param[], steps?: readonly Step[]): Promise<T>;
  stop(): Promise<void>;
}

/** One connection on its own thread: messages answered in the order they were posted. */
async function startThread(file: string, reader: boolean): Promise<Thread> {
  const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: { file, reader } });
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
  return {
    post: <T>(kind: Kind, sql = '', params: readonly Param[] = [], steps: readonly Step[] = []) =>
      new Promise<T>((resolve, reject) => {
        if (broken) return reject(broken);
        const id = next++;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ id, kind, sql, params, steps });
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** The writer and a reader, each on its own thread; rejects (with SQLite's message) when the file cannot be opened. */
export async function openSqliteWorker(file: string): Promise<Sql> {
  ensureDir(file);
  const writer = await startThread(file, false);
  // After the writer: it makes the file and sets WAL, which the reader's snapshots need.
  let reader: Thread;
  try {
    reader = await startThread(file, true);
  } catch (error) {
    await writer.post('close').catch(() => undefined);
    await writer.stop();
    throw error;
  }
  return singleConnection('sqlite', {
    all: (sql, params) => writer.post<Row[]>('all', sql, params),
    run: (sql, params) => writer.post<number>('run', sql, params),
    step: (sql, params) => writer.post<StepResult>('step', sql, params),
    exec: (script) => writer.post<void>('exec', script),
  }, async () => {
    await Promise.all([reader.post('close'), writer.post('close')]);
    await Promise.all([reader.stop(), writer.stop()]);
  }, {
    read: (steps) => reader.post<Row[][]>('read', '', [], steps),
    atomic: (steps) => writer.post<StepResult[]>('atomic', '', [], steps),
  });
}
