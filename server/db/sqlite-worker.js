// One SQLite connection on its own thread (plain JS, so it starts the same under tsx, vitest and
// node). libsql is synchronous: run on the main thread, every query and every commit's fsync would
// stall every other request. The server opens two (server/db/sqlite.ts): the writer, which takes
// every write, and a reader (query_only) that answers board reads from WAL snapshots, so a read
// never waits behind a commit's fsync. The main thread only posts messages and awaits their
// answers, one at a time in the order they were posted.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'libsql';

/** @type {import('node:worker_threads').MessagePort} */
const port = /** @type {any} */ (parentPort);
/** @type {any} */
let db;
try {
  db = new Database(workerData.file);
  if (workerData.reader) {
    // The writer set WAL (it stays set in the file); this connection must never write.
    db.exec('PRAGMA query_only = 1');
  } else {
    // WAL with synchronous=FULL: every acknowledged score is fsynced before the reply (survives a
    // kill -9 and a power cut).
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
  }
  db.exec('PRAGMA busy_timeout = 5000');
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, message: /** @type {Error} */ (error).message });
}

/** @type {Map<string, any>} */
const statements = new Map();
/** @param {string} sql */
const prepare = (sql) => {
  let stmt = statements.get(sql);
  if (!stmt) statements.set(sql, (stmt = db.prepare(sql)));
  return stmt;
};

/** @param {{ sql: string, params?: unknown[] }} s */
const step = (s) => {
  const stmt = prepare(s.sql);
  const params = s.params ?? [];
  return stmt.reader ? { rows: stmt.all(...params), changes: 0 } : { rows: [], changes: stmt.run(...params).changes };
};

/**
 * A unit in one go, inside this one message: reads from one snapshot (BEGIN … COMMIT), writes
 * under the write lock (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any failure).
 * @param {{ sql: string, params?: unknown[] }[]} steps
 * @param {boolean} write
 */
function unit(steps, write) {
  db.exec(write ? 'BEGIN IMMEDIATE' : 'BEGIN');
  try {
    const out = steps.map(step);
    db.exec('COMMIT');
    return out;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

port.on('message', (/** @type {{ id: number, kind: 'all' | 'run' | 'step' | 'exec' | 'read' | 'atomic' | 'close', sql: string, params: unknown[], steps: { sql: string, params?: unknown[] }[] }} */ m) => {
  try {
    let value = null;
    if (m.kind === 'all') value = prepare(m.sql).all(...m.params);
    else if (m.kind === 'run') value = prepare(m.sql).run(...m.params).changes;
    else if (m.kind === 'step') value = step(m);
    else if (m.kind === 'read') value = unit(m.steps, false).map((r) => r.rows);
    else if (m.kind === 'atomic') value = unit(m.steps, true);
    else if (m.kind === 'exec') db.exec(m.sql);
    else {
      db.close();
      port.postMessage({ id: m.id, ok: true, value: null });
      port.close();
      return;
    }
    port.postMessage({ id: m.id, ok: true, value });
  } catch (error) {
    const e = /** @type {Error & { code?: string }} */ (error);
    port.postMessage({ id: m.id, ok: false, message: e.message, code: e.code ?? null });
  }
});
