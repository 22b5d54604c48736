// The API over a real port (127.0.0.1:0, fetch), on a temporary SQLite file, with a fake clock
// so the server-clock floors can be crossed without waiting.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailySeed, utcDateOf } from '../../src/domain/daily';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildApp } from '../../server/app';
import { precompressDir } from '../../build/precompress';
import { indexPacks } from '../../server/packs';
import { openStore } from '../../server/store';
import type { LeaderboardRepo } from '../../server/repo/types';
import { issuePlayerId } from '../../server/tokens';
import { historyFor, packs, PACK_ID, PACK_VERSION } from './helpers';

let clock = Date.UTC(2026, 11, 1, 12);
let app: FastifyInstance;
let repo: LeaderboardRepo;
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'lb-http-'));
const ADMIN = 'admin-token-for-tests';
const SECRET = Buffer.from('s'.repeat(32));

beforeAll(async () => {
  ({ repo } = await openStore({ dataDir: dir }));
  app = await buildApp({ repo, packs: packs(), secret: SECRET, now: () => clock, adminToken: ADMIN, limits: { issue: 0, submit: 0, read: 0 } });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

type Run = { runId: string; seed: string; token: string };
async function issue(mode = 'classic', extra: Record<string, unknown> = {}): Promise<Run> {
  const res = await post('/api/runs', { packId: PACK_ID, packVersion: PACK_VERSION, mode, difficulty: 'medium', ...extra });
  expect(res.status).toBe(201);
  return (await res.json()) as Run;
}
/** Player ids as the server issues them (POST /api/players), one per test player. */
const device = (n: number, secret = SECRET) => issuePlayerId(secret, Buffer.alloc(16, n));

describe('leaderboard HTTP API', () => {
  it('answers health and lists the packs', async () => {
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const { packs: list } = (await (await fetch(`${base}/api/packs`)).json()) as { packs: { id: string }[] };
    expect(list.map((p) => p.id)).toContain(PACK_ID);
  });

  it('re-scores a round, ignores a submitted score, and accepts the run once', async () => {
    const run = await issue();
    const history = historyFor({ seed: run.seed, mode: 'classic', difficulty: 'medium' });
    clock += 10_000;
    const res = await post('/api/scores', { token: run.token, name: 'Ann', deviceId: device(1), history, score: 1e9, key: 'x' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { score: number; correct: number };
    expect(body.correct).toBe(10);
    expect(body.score).toBeLessThan(1e9);
    const again = await post('/api/scores', { token: run.token, name: 'Ann', deviceId: device(1), history });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('already-submitted');
    const board = (await (await fetch(`${base}/api/boards?pack=${PACK_ID}&difficulty=medium&run=${run.runId}`)).json());
    expect(board.you.rank).toBe(1);
    expect(board.top[0].score).toBe(body.score);
  });

  it('refuses edited tokens, edited answers, unfinished rounds and impossible times, changing nothing, and a refused run stays refused', async () => {
    const before = await repo.count();
    const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
    const fresh = async () => {
      const run = await issue();
      return { run, history: historyFor({ seed: run.seed, mode: 'classic', difficulty: 'medium' }) };
    };
    // Too fast by the server's clock: 10 answers cannot come 2 s after the issue.
    const fast = await fresh();
    clock += 2_000;
    expect(await code(await post('/api/scores', { token: fast.run.token, name: 'A', deviceId: device(2), history: fast.history }))).toBe('too-fast');
    clock += 20_000;
    // …and stays refused once the time has passed: a refused run cannot be tried again.
    expect(await code(await post('/api/scores', { token: fast.run.token, name: 'A', deviceId: device(2), history: fast.history }))).toBe('run-refused');
    // Refusals that say nothing about the run (its token, its shape, the name) spend nothing.
    const { run, history } = await fresh();
    clock += 20_000;
    const [head, body, mac] = run.token.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const forged = `${head}.${Buffer.from(JSON.stringify({ ...claims, difficulty: 'easy' })).toString('base64url')}.${mac}`;
    expect(await code(await post('/api/scores', { token: forged, name: 'A', deviceId: device(2), history }))).toBe('bad-token');
    expect(await code(await post('/api/scores', { token: run.token, name: 'sh1t', deviceId: device(2), history }))).toBe('name-not-allowed');
    expect(await code(await post('/api/scores', { token: run.token, name: 'A', deviceId: 'made-up-by-the-client-0001', history }))).toBe('unknown-player');
    expect((await post('/api/scores', { token: run.token, name: 'A', history })).status).toBe(400);
    expect((await post('/api/runs', { packId: 'no-such-pack', packVersion: '1.0.0', mode: 'classic', difficulty: 'medium' })).status).toBe(404);
    const huge = await post('/api/scores', { token: run.token, name: 'A', deviceId: device(2), history, pad: 'x'.repeat(20_000) });
    expect(huge.status).toBe(413);
    expect(await code(huge)).toBe('body-too-large');
    expect((await post('/api/scores', { token: run.token, name: 'A', deviceId: device(2), history })).status).toBe(201);
    // Refusals for what a run holds: each on its own run, each burns it.
    const cases: [string, (h: typeof history) => typeof history][] = [
      ['history-does-not-fit', (h) => h.map((a, i) => (i === 0 ? { ...a, questionId: 'not-a-question' } : a))],
      ['round-not-finished', (h) => h.slice(0, 5)],
      ['answer-time-out-of-bounds', (h) => h.map((a) => ({ ...a, timeMs: 25_000 }))],
      ['answer-time-out-of-bounds', (h) => h.map((a) => ({ ...a, timeMs: -1 }))],
      ['lifeline-reused', (h) => h.map((a, i) => (i < 2 ? { ...a, lifelines: ['hint' as const] } : a))],
    ];
    for (const [expected, edit] of cases) {
      const r = await fresh();
      clock += 20_000;
      expect(await code(await post('/api/scores', { token: r.run.token, name: 'A', deviceId: device(2), history: edit(r.history) }))).toBe(expected);
      expect(await code(await post('/api/scores', { token: r.run.token, name: 'A', deviceId: device(2), history: r.history }))).toBe('run-refused');
    }
    expect(await repo.count()).toBe(before + 1);
  });

  it('refuses inflation: a round played on another seed, a score field, extra correct answers or a second device', async () => {
    const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
    const mine = await issue('survival');
    // Ranked runs share the week's seed; a challenge seed gives another round.
    const other = await issue('survival', { seed: 'another-round' });
    clock += 60_000;
    // Every answer right, but for the other run's questions: the replay does not fit this run.
    const othersPerfect = historyFor({ seed: other.seed, mode: 'survival', difficulty: 'medium' }, () => true);
    expect(await code(await post('/api/scores', { token: mine.token, name: 'Inf', deviceId: device(7), history: othersPerfect }))).toBe('history-does-not-fit');
    // A real, losing Survival history with claims added (on a new run: the first is refused for good).
    const lost = historyFor({ seed: mine.seed, mode: 'survival', difficulty: 'medium' }, () => false);
    const mine2 = await issue('survival');
    clock += 60_000;
    const res = await post('/api/scores', { token: mine2.token, name: 'Inf', deviceId: device(7), history: lost.map((a) => ({ ...a, correct: true, points: 9999 })), score: 123_456, correct: 99 });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ score: 0, correct: 0, answered: 3 });
    // The same run again from another device is still a replay.
    expect(await code(await post('/api/scores', { token: mine2.token, name: 'Inf', deviceId: device(8), history: lost }))).toBe('already-submitted');
  });

  it('keeps one Daily per player per day, on that day\'s seed', async () => {
    const run = await issue('daily', { seed: 'chosen-by-me' });
    expect(run.seed).toBe(dailySeed(PACK_ID, utcDateOf(new Date(clock))));
    clock += 15_000;
    const history = historyFor({ seed: run.seed, mode: 'daily', difficulty: 'medium' });
    expect((await post('/api/scores', { token: run.token, name: 'Day', deviceId: device(3), history })).status).toBe(201);
    const second = await issue('daily');
    clock += 15_000;
    const res = await post('/api/scores', { token: second.token, name: 'Day', deviceId: device(3), history });
    expect(res.status).toBe(409);
    const board = (await (await fetch(`${base}/api/boards?pack=${PACK_ID}&difficulty=medium&period=daily&day=${utcDateOf(new Date(clock))}`)).json());
    expect(board.top).toHaveLength(1);
  });

  it('puts challenge seeds on their own board only', async () => {
    const seed = 'friend-seed-1';
    const run = await issue('classic', { seed });
    expect(run.seed).toBe(seed);
    clock += 15_000;
    const history = historyFor({ seed, mode: 'classic', difficulty: 'medium' }, (i) => i < 3);
    expect((await post('/api/scores', { token: run.token, name: 'Chal', deviceId: device(4), history })).status).toBe(201);
    const q = `${base}/api/boards?pack=${PACK_ID}&difficulty=medium`;
    const all = (await (await fetch(q)).json());
    expect(all.top.map((r: any) => r.runId)).not.toContain(run.runId);
    const chal = (await (await fetch(`${q}&period=challenge&version=${PACK_VERSION}&seed=${seed}`)).json());
    expect(chal.top.map((r: any) => r.runId)).toEqual([run.runId]);
  });

  it('lets a player delete their own entries and an admin hide one', async () => {
    const run = await issue();
    clock += 15_000;
    const history = historyFor({ seed: run.seed, mode: 'classic', difficulty: 'medium' }, () => false);
    expect((await post('/api/scores', { token: run.token, name: 'Gone', deviceId: device(5), history })).status).toBe(201);
    const other = await issue();
    clock += 15_000;
    expect((await post('/api/scores', { token: other.token, name: 'Kept', deviceId: device(6), history: historyFor({ seed: other.seed, mode: 'classic', difficulty: 'medium' }, () => false) })).status).toBe(201);
    expect((await post('/api/admin/hide', { runId: other.runId, hidden: true })).status).toBe(401);
    expect((await post('/api/admin/hide', { runId: other.runId, hidden: true }, { authorization: `Bearer ${ADMIN}` })).status).toBe(200);
    const del = await fetch(`${base}/api/scores/mine`, { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceId: device(5) }) });
    expect(await del.json()).toEqual({ removed: 1 });
    const board = (await (await fetch(`${base}/api/boards?pack=${PACK_ID}&difficulty=medium&limit=100`)).json());
    const ids = board.top.map((r: any) => r.runId);
    expect(ids).not.toContain(run.runId);
    expect(ids).not.toContain(other.runId);
  });
});

describe('rate limits', () => {
  it('answers 429 past the per-address limit, keyed only in memory', async () => {
    const limitedDir = mkdtempSync(join(tmpdir(), 'lb-rate-'));
    const store = await openStore({ dataDir: limitedDir });
    const small = await buildApp({ repo: store.repo, packs: packs(), secret: Buffer.from('r'.repeat(32)), limits: { issue: 3, submit: 3, read: 3 } });
    const url = await small.listen({ port: 0, host: '127.0.0.1' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${url}/api/packs`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    await small.close();
    await store.repo.close();
    rmSync(limitedDir, { recursive: true, force: true });
  });
});

describe('proxies, packs that went away, the built game', () => {
  it('trusts X-Forwarded-For only when told to', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lb-xff-'));
    const store = await openStore({ dataDir: d });
    const statusesFor = async (trustProxy: boolean) => {
      const a = await buildApp({ repo: store.repo, packs: packs(), secret: Buffer.from('x'.repeat(32)), ...(trustProxy ? { trustedProxies: ['127.0.0.1'] } : {}), limits: { issue: 1, submit: 1, read: 1 } });
      const url = await a.listen({ port: 0, host: '127.0.0.1' });
      const get = (ip: string) => fetch(`${url}/api/packs`, { headers: { 'x-forwarded-for': ip } }).then((r) => r.status);
      // Addresses a client wrote in front of what the proxy appended do not give it a new bucket.
      const out = [await get('10.0.0.1'), await get('10.0.0.2'), await get('6.6.6.6, 10.0.0.2')];
      await a.close();
      return out;
    };
    expect(await statusesFor(true)).toEqual([200, 200, 429]); // two clients behind the proxy
    expect(await statusesFor(false)).toEqual([200, 429, 429]); // the header is anyone's to send
    await store.repo.close();
    rmSync(d, { recursive: true, force: true });
  });

  it('refuses a run whose pack is no longer served, and serves the built game at /', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lb-gone-'));
    writeFileSync(join(d, 'index.html'), '<!doctype html><title>game</title>');
    const script = `export const words = ${JSON.stringify('football '.repeat(400))};\n`;
    mkdirSync(join(d, 'assets'));
    writeFileSync(join(d, 'assets', 'app.js'), script);
    expect(precompressDir(d).map((f) => f.slice(d.length))).toEqual(['/assets/app.js']);
    const store = await openStore({ dataDir: d });
    const secret = Buffer.from('g'.repeat(32));
    const full = await buildApp({ repo: store.repo, packs: packs(), secret, now: () => clock, limits: { issue: 0, submit: 0, read: 0 } });
    const issued = (await full.inject({ method: 'POST', url: '/api/runs', payload: { packId: PACK_ID, packVersion: PACK_VERSION, mode: 'classic', difficulty: 'medium' } })).json();
    const empty = await buildApp({ repo: store.repo, packs: indexPacks([]), secret, now: () => clock + 60_000, limits: { issue: 0, submit: 0, read: 0 }, staticDir: d });
    const history = historyFor({ seed: issued.seed, mode: 'classic', difficulty: 'medium' });
    const res = await empty.inject({ method: 'POST', url: '/api/scores', payload: { token: issued.token, name: 'A', deviceId: device(9, secret), history } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('unknown-pack');
    const page = await empty.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>game</title>');
    // The build's compressed copies (build/precompress.ts), chosen by the browser's Accept-Encoding.
    const br = await empty.inject({ method: 'GET', url: '/assets/app.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gz = await empty.inject({ method: 'GET', url: '/assets/app.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await empty.inject({ method: 'GET', url: '/assets/app.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body).toBe(script);
    expect((await empty.inject({ method: 'GET', url: '/api/nope' })).json().error.code).toBe('not-found');
    // No dotfiles, nothing through a symlink, and the headers on every answer.
    writeFileSync(join(d, '.env'), 'SECRET=do-not-serve');
    symlinkSync('/etc/hostname', join(d, 'assets', 'host.js'));
    expect((await empty.inject({ method: 'GET', url: '/.env' })).statusCode).toBe(403);
    expect((await empty.inject({ method: 'GET', url: '/assets/host.js' })).statusCode).toBe(404);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    await full.close();
    await empty.close();
    await store.repo.close();
    rmSync(d, { recursive: true, force: true });
  });
});
