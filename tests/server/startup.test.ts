// Keys and data never fail silently: what start-up refuses (and says), health that fails when
// writes fail, and every 5xx written down.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'libsql';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { loadSecret, MIN_SECRET_CHARS, StartupError } from '../../server/secret';
import { openStore } from '../../server/store';
import { packs } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'lb-start-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the secret', () => {
  it('is made once, whole and private, and read back the same', () => {
    const d = fresh();
    const first = loadSecret(undefined, d);
    expect(first.length).toBeGreaterThanOrEqual(MIN_SECRET_CHARS);
    expect(statSync(join(d, 'secret')).mode & 0o777).toBe(0o600);
    expect(loadSecret(undefined, d).equals(first)).toBe(true);
  });

  it('refuses an empty or short secret file, and a short SECRET, naming it', () => {
    const d = fresh();
    writeFileSync(join(d, 'secret'), '');
    expect(() => loadSecret(undefined, d)).toThrow(StartupError);
    expect(() => loadSecret(undefined, d)).toThrow(new RegExp(`secret file ${join(d, 'secret')} holds 0 characters`));
    writeFileSync(join(d, 'secret'), 'short\n');
    expect(() => loadSecret(undefined, d)).toThrow(/holds 5 characters/);
    expect(() => loadSecret('x'.repeat(20), d)).toThrow(/SECRET is 20 characters/);
    // The empty file is left as it was: nothing is replaced behind the operator's back.
    expect(readFileSync(join(d, 'secret'), 'utf8')).toBe('short\n');
  });

  it('stops `npm start` with one plain line naming the empty secret, and another naming an unwritable DATA_DIR', () => {
    const d = fresh();
    writeFileSync(join(d, 'secret'), '');
    const run = (env: Record<string, string>) => spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: { ...process.env, PORT: '0', DATABASE_URL: '', SECRET: '', ...env }, encoding: 'utf8', timeout: 60_000 });
    const empty = run({ DATA_DIR: d });
    expect(empty.status).toBe(78);
    expect(empty.stderr.trim()).toBe(`leaderboard: not started: the secret file ${join(d, 'secret')} holds 0 characters; it must hold at least ${MIN_SECRET_CHARS} (remove it to have a new one made, which voids issued runs)`);
    // A DATA_DIR under a plain file cannot exist (root can write anywhere else).
    writeFileSync(join(d, 'a-file'), 'x');
    const unwritable = run({ DATA_DIR: join(d, 'a-file', 'data') });
    expect(unwritable.status).toBe(78);
    expect(unwritable.stderr.trim().split('\n')).toEqual([`leaderboard: not started: DATA_DIR ${join(d, 'a-file', 'data')} is not a writable directory (ENOTDIR)`]);
  });
});

describe('the database file', () => {
  it('refuses an empty file, a file that is not SQLite, and a database of another schema; never replaces them', async () => {
    const d = fresh();
    const file = join(d, 'leaderboard.db');
    writeFileSync(file, '');
    await expect(openStore({ dataDir: d })).rejects.toThrow(/leaderboard\.db is empty \(0 bytes\); it is never replaced/);
    expect(statSync(file).size).toBe(0);
    writeFileSync(file, 'these are my notes, not a database');
    await expect(openStore({ dataDir: d })).rejects.toThrow(/is not an SQLite database/);
    rmSync(file);
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)');
    other.close();
    await expect(openStore({ dataDir: d })).rejects.toThrow(/holds tables of another schema \(invoices\)/);
  });

  it('makes a new one where there was none, and opens it again', async () => {
    const d = fresh();
    const first = await openStore({ dataDir: d });
    await first.repo.close();
    const again = await openStore({ dataDir: d });
    expect(await again.repo.count()).toBe(0);
    await again.repo.close();
  });
});

describe('health and errors', () => {
  it('says unhealthy (503) when writes fail, and logs every 5xx', async () => {
    const { repo } = await openStore({ dataDir: fresh() });
    let failing = false;
    const log: string[] = [];
    const broken = {
      ...repo,
      probeWrite: (now: number) => (failing ? Promise.reject(new Error('disk I/O error')) : repo.probeWrite(now)),
      board: (...args: Parameters<typeof repo.board>) => (failing ? Promise.reject(new Error('database is locked')) : repo.board(...args)),
    };
    let clock = 1_000_000;
    const app = await buildApp({ repo: broken, packs: packs(), secret: Buffer.from('h'.repeat(40)), now: () => clock, logServerError: (l) => log.push(l) });
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    failing = true;
    clock += 5_000;
    const sick = await app.inject({ method: 'GET', url: '/api/health' });
    expect(sick.statusCode).toBe(503);
    expect(sick.json().error).toMatchObject({ code: 'unhealthy', message: 'the database refuses writes: disk I/O error' });
    failing = false;
    clock += 5_000;
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect(log).toEqual([]);
    failing = true;
    clock += 5_000;
    // A read that fails while writes work: a 500, and a line in the log.
    const probeOk = { ...broken, probeWrite: (now: number) => repo.probeWrite(now) };
    const app2 = await buildApp({ repo: probeOk, packs: packs(), secret: Buffer.from('h'.repeat(40)), now: () => clock, logServerError: (l) => log.push(l) });
    expect((await app2.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const crash = await app2.inject({ method: 'GET', url: '/api/boards?pack=p&difficulty=easy' });
    expect(crash.statusCode).toBe(500);
    expect(crash.json().error.code).toBe('internal-error');
    expect(log.some((l) => l.startsWith('5xx GET /api/boards: Error: database is locked'))).toBe(true);
    await app.close();
    await app2.close();
  });
});
