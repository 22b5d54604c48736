// The SQLite connection's own thread (plain JS, so it starts the same under tsx, vitest and node).
// libsql is synchronous: run on the main thread, every query and every commit's fsync would stall
// every other request. Here the main thread only posts statements and awaits their answers
// (server/db/sqlite.ts, openSqliteWorker), one at a time in the order they were posted.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'libsql';

/** @type {import('node:worker_threads').MessagePort} */
const port = /** @type {any} */ (parentPort);
/** @type {any} */
let db;
try {
  db = new Database(workerData.file);
  // WAL with synchronous=FULL: every acknowledged score is fsynced before the reply (survives a
  // kill -9 and a power cut).
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
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

port.on('message', (/** @type {{ id: number, kind: 'all' | 'run' | 'exec' | 'close', sql: string, params: unknown[] }} */ m) => {
  try {
    if (m.kind === 'all') port.postMessage({ id: m.id, ok: true, value: prepare(m.sql).all(...m.params) });
    else if (m.kind === 'run') port.postMessage({ id: m.id, ok: true, value: prepare(m.sql).run(...m.params).changes });
    else if (m.kind === 'exec') {
      db.exec(m.sql);
      port.postMessage({ id: m.id, ok: true, value: null });
    } else {
      db.close();
      port.postMessage({ id: m.id, ok: true, value: null });
      port.close();
    }
  } catch (error) {
    const e = /** @type {Error & { code?: string }} */ (error);
    port.postMessage({ id: m.id, ok: false, message: e.message, code: e.code ?? null });
  }
});
