// The database layer's transactions, on every backend the server runs on: SQLite on its own
// threads (the server's), SQLite on this thread (tools), PGlite, and a PostgreSQL server when
// TEST_DATABASE_URL names one. A transaction or an atomic unit that fails midway leaves nothing
// written; statements from outside never land inside another's transaction; reads on SQLite's
// reader thread do not wait for an open transaction; the repository's multi-statement writes
// (accepting a run, refusing one) are all-or-nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { openPostgres, wrapPglite } from '../../server/db/postgres';
import type { Sql } from '../../server/db/sql';
import { openSqlite, openSqliteWorker } from '../../server/db/sqlite';
import { createSqlRepo } from '../../server/repo/sql-repo';
import type { ScoreEntry } from '../../server/repo/types';
import { freshSchemaUrl } from './backends';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-tx-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
};
let schemas = 0;
// The last field: whether reads go beside an open transaction (a reader connection or a pool)
// rather than waiting for it (one connection).
const backends: [string, () => Promise<Sql>, boolean][] = [
  ['sqlite (its own threads)', () => openSqliteWorker(tempFile()), true],
  ['sqlite (this thread)', () => Promise.resolve(openSqlite(tempFile())), false],
  ['postgres (PGlite)', async () => wrapPglite(await PGlite.create()), false],
];
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) backends.push(['postgres server', async () => openPostgres(await freshSchemaUrl(serverUrl, `t_tx_${++schemas}`)), true]);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const keys = async (sql: Sql) => (await sql.all('SELECT k FROM t ORDER BY k')).map((r) => String(r.k));
const tick = () => new Promise((r) => setTimeout(r, 5));

function entry(runId: string): ScoreEntry {
  return {
    runId, packId: 'p', packVersion: '1.0.0', seed: 's', seedSource: 'server', mode: 'classic', difficulty: 'medium',
    score: 100, timeMs: 10_000, correct: 5, answered: 10, name: 'P', deviceHash: 'dev', week: '2026-W49', dailyDay: null, createdAt: 1_000,
  };
}

/** Makes every DELETE from `table` fail inside the database itself (a disk error midway through a write); returns the undo. */
async function failDeletesOf(sql: Sql, table: string): Promise<() => Promise<void>> {
  if (sql.dialect === 'sqlite') {
    await sql.exec(`CREATE TRIGGER fail_${table} BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END`);
    return () => sql.exec(`DROP TRIGGER fail_${table}`);
  }
  await sql.exec(`CREATE FUNCTION fail_injected() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk I/O error (injected)'; END $$;
    CREATE TRIGGER fail_${table} BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION fail_injected()`);
  return () => sql.exec(`DROP TRIGGER fail_${table} ON ${table}; DROP FUNCTION fail_injected()`);
}

describe.each(backends)('transactions on %s', (_name, open) => {
  it('commit together, and a failure midway leaves nothing written', async () => {
    const sql = await open();
    await sql.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    expect(await sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t (k) VALUES (?)', ['a']);
      await tx.run('INSERT INTO t (k) VALUES (?)', ['b']);
      return 'done';
    })).toBe('done');
    await expect(sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t (k) VALUES (?)', ['c']);
      expect(await keys(tx)).toEqual(['a', 'b', 'c']);
      throw new Error('midway');
    })).rejects.toThrow('midway');
    // A statement the database itself refuses midway (a duplicate key) undoes the first one too.
    await expect(sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t (k) VALUES (?)', ['d']);
      await tx.run('INSERT INTO t (k) VALUES (?)', ['a']);
    })).rejects.toThrow();
    expect(await keys(sql)).toEqual(['a', 'b']);
    await sql.close();
  });

  it('keep statements from outside out of a transaction, and let transactions run side by side', async () => {
    const sql = await open();
    await sql.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const doomed = sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t (k) VALUES (?)', ['inside']);
      await gate;
      throw new Error('rolled back');
    });
    await tick();
    // Issued while the doomed transaction is open: it must not be rolled back with it.
    const outside = sql.run('INSERT INTO t (k) VALUES (?)', ['outside']);
    const others = Promise.all([1, 2, 3].map((i) => sql.transaction((tx) => tx.run('INSERT INTO t (k) VALUES (?)', [`tx${i}`]))));
    await tick();
    release();
    await expect(doomed).rejects.toThrow('rolled back');
    await outside;
    await others;
    expect(await keys(sql)).toEqual(['outside', 'tx1', 'tx2', 'tx3']);
    await sql.close();
  });

  it('run an atomic unit whole or not at all, and give each statement its rows and changes', async () => {
    const sql = await open();
    await sql.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    const done = await sql.atomic([
      { sql: 'INSERT INTO t (k) VALUES (?)', params: ['a'] },
      { sql: 'INSERT INTO t (k) VALUES (?) ON CONFLICT DO NOTHING', params: ['a'] },
      { sql: 'SELECT k FROM t' },
    ]);
    expect(done.map((r) => r.changes).slice(0, 2)).toEqual([1, 0]);
    expect(done[2]!.rows).toEqual([{ k: 'a' }]);
    // The second statement fails in the database: the first is undone with it.
    await expect(sql.atomic([{ sql: 'INSERT INTO t (k) VALUES (?)', params: ['b'] }, { sql: 'INSERT INTO t (k) VALUES (?)', params: ['a'] }])).rejects.toThrow();
    expect(await keys(sql)).toEqual(['a']);
    // Reads asked together come back in order.
    const [all, one] = await sql.read([{ sql: 'SELECT k FROM t ORDER BY k' }, { sql: 'SELECT COUNT(*) AS n FROM t WHERE k = ?', params: ['zz'] }]);
    expect(all).toEqual([{ k: 'a' }]);
    expect(Number(one![0]!.n)).toBe(0);
    // Values with quotes, a backslash and a question mark arrive as they were sent.
    const awkward = "O'Neil \\ 'x' ? -- done";
    await sql.atomic([{ sql: 'INSERT INTO t (k) VALUES (?)', params: [awkward] }, { sql: 'DELETE FROM t WHERE k = ?', params: ['a'] }]);
    expect(await keys(sql)).toEqual([awkward]);
    await sql.close();
  });

  it('make accepting a run all-or-nothing: the score, its rank-cache rows and the end of its clock marks', async () => {
    const sql = await open();
    await migrate(sql);
    const repo = createSqlRepo(sql);
    await repo.reveal('r1', 0, 1_000);
    // The last statement of accepting a run fails in the database, after the score and its rank-cache rows were written.
    let heal = await failDeletesOf(sql, 'run_marks');
    await expect(repo.insert(entry('r1'))).rejects.toThrow('injected');
    await heal();
    expect(await repo.get('r1')).toBeNull();
    expect(await sql.all('SELECT n FROM score_counts')).toEqual([]);
    expect((await repo.marks('r1')).length).toBe(1);
    expect(await repo.runState('r1')).toEqual({ state: 'open' });

    expect(await repo.insert(entry('r1'))).toBe('ok');
    expect(await repo.runState('r1')).toEqual({ state: 'accepted' });
    expect(await repo.marks('r1')).toEqual([]);
    expect((await repo.rankOf({ period: 'all', packId: 'p', mode: 'classic', difficulty: 'medium' }, 'r1'))?.rank).toBe(1);

    // Refusing a run: the refusal and the end of its marks together, or neither.
    await repo.reveal('r2', 0, 1_000);
    heal = await failDeletesOf(sql, 'run_marks');
    await expect(repo.refuseRun('r2', 'too-fast', 2_000)).rejects.toThrow('injected');
    await heal();
    expect(await repo.runState('r2')).toEqual({ state: 'open' });
    await repo.refuseRun('r2', 'too-fast', 2_000);
    expect(await repo.runState('r2')).toEqual({ state: 'refused', code: 'too-fast' });
    expect(await repo.marks('r2')).toEqual([]);
    await repo.close();
  });
});

// Only where reads have a connection of their own: with one connection a read waits its turn.
describe.each(backends.filter(([, , readsBeside]) => readsBeside))('reads beside a transaction on %s', (_name, open) => {
  it('answer reads while a transaction holds the writer, from what was committed', async () => {
    const sql = await open();
    await sql.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    await sql.run('INSERT INTO t (k) VALUES (?)', ['committed']);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let insideWritten!: () => void;
    const written = new Promise<void>((r) => (insideWritten = r));
    const holding = sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t (k) VALUES (?)', ['uncommitted']);
      insideWritten();
      await gate;
    });
    await written;
    // The transaction is still open (the gate is shut): a read that waited for it would never end here.
    const [rows] = await sql.read([{ sql: 'SELECT k FROM t ORDER BY k' }]);
    expect(rows).toEqual([{ k: 'committed' }]);
    release();
    await holding;
    expect((await sql.read([{ sql: 'SELECT k FROM t ORDER BY k' }]))[0]).toEqual([{ k: 'committed' }, { k: 'uncommitted' }]);
    await sql.close();
  });
});
