// The database layer's transactions, on every backend the server runs on: SQLite on its own
// thread (the server's), SQLite on this thread (tools), PGlite, and a PostgreSQL server when
// TEST_DATABASE_URL names one. A transaction that fails midway leaves nothing written; statements
// from outside never land inside another's transaction; the repository's multi-statement writes
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
const backends: [string, () => Promise<Sql>][] = [
  ['sqlite (its own thread)', () => openSqliteWorker(tempFile())],
  ['sqlite (this thread)', () => Promise.resolve(openSqlite(tempFile()))],
  ['postgres (PGlite)', async () => wrapPglite(await PGlite.create())],
];
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) backends.push(['postgres server', async () => openPostgres(await freshSchemaUrl(serverUrl, `t_tx_${++schemas}`))]);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const keys = async (sql: Sql) => (await sql.all('SELECT k FROM t ORDER BY k')).map((r) => String(r.k));
const tick = () => new Promise((r) => setTimeout(r, 5));

function entry(runId: string): ScoreEntry {
  return {
    runId, packId: 'p', packVersion: '1.0.0', seed: 's', seedSource: 'server', mode: 'classic', difficulty: 'medium',
    score: 100, timeMs: 10_000, correct: 5, answered: 10, name: 'P', deviceHash: 'dev', week: '2026-W49', dailyDay: null, createdAt: 1_000,
  };
}

/** The same database, with one statement made to fail inside transactions (a disk error midway). */
function failingInside(sql: Sql, failing: RegExp): Sql {
  const wrapTx = (tx: Sql): Sql => ({
    ...tx,
    run: (s, p) => (failing.test(s) ? Promise.reject(new Error('disk I/O error (injected)')) : tx.run(s, p)),
    transaction: (work) => work(wrapTx(tx)),
  });
  return { ...sql, transaction: (work) => sql.transaction((tx) => work(wrapTx(tx))) };
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

  it('make accepting a run all-or-nothing: the score, its rank-cache rows and the end of its clock marks', async () => {
    const sql = await open();
    await migrate(sql);
    const repo = createSqlRepo(sql);
    await repo.reveal('r1', 0, 1_000);
    const broken = createSqlRepo(failingInside(sql, /DELETE FROM run_marks/));
    await expect(broken.insert(entry('r1'))).rejects.toThrow('injected');
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
    await expect(broken.refuseRun('r2', 'too-fast', 2_000)).rejects.toThrow('injected');
    expect(await repo.runState('r2')).toEqual({ state: 'open' });
    await repo.refuseRun('r2', 'too-fast', 2_000);
    expect(await repo.runState('r2')).toEqual({ state: 'refused', code: 'too-fast' });
    expect(await repo.marks('r2')).toEqual([]);
    await repo.close();
  });
});
