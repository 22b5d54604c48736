// The Daily across packs on the leaderboard (issue 23 point 8): the game keys it 'daily' with a
// version naming every pack's; the server issues it on the day's seed, re-scores it with the
// core's rescoreDailyRound over the packs it holds, keeps one entry a player a day, and refuses it
// for another set of packs or as any other mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcDateOf } from '../../src/domain/daily';
import { DAILY_PACK_ID, dailyRoundQuestions, dailyRoundSeed, dailyVersion } from '../../src/domain/daily-round';
import { buildApp } from '../../server/app';
import { openStore } from '../../server/store';
import type { LeaderboardRepo } from '../../server/repo/types';
import { issuePlayerId } from '../../server/tokens';
import type { SubmittedAnswer } from '../../server/rounds';
import { packs } from './helpers';

let clock = Date.UTC(2026, 11, 7, 9);
let app: FastifyInstance;
let repo: LeaderboardRepo;
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'lb-daily-'));
const SECRET = Buffer.from('d'.repeat(32));
const VERSION = dailyVersion(packs().all());

beforeAll(async () => {
  ({ repo } = await openStore({ dataDir: dir }));
  app = await buildApp({ repo, packs: packs(), secret: SECRET, now: () => clock, adminToken: 'admin-token-for-tests', limits: { issue: 0, submit: 0, read: 0 } });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown) => fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const device = (n: number) => issuePlayerId(SECRET, Buffer.alloc(16, n));

/** Right answers to the first `right` questions of the day's Daily, wrong after. */
function historyFor(seed: string, right = 10): SubmittedAnswer[] {
  return dailyRoundQuestions(packs().all(), seed).map((q, i) => ({ questionId: q.id, chosen: i < right ? q.answer : (q.answer + 1) % q.options.length, timeMs: 1_000, lifelines: [] }));
}

describe('the Daily across packs on the server', () => {
  it('is issued on the day’s seed, re-scored across packs, and kept once a player a day', async () => {
    const res = await post('/api/runs', { packId: DAILY_PACK_ID, packVersion: VERSION, mode: 'daily', difficulty: 'medium', seed: 'mine' });
    expect(res.status).toBe(201);
    const run = (await res.json()) as { seed: string; token: string };
    expect(run.seed).toBe(dailyRoundSeed(utcDateOf(new Date(clock))));
    clock += 15_000;
    const history = historyFor(run.seed, 7);
    const scored = await post('/api/scores', { token: run.token, name: 'Dee', deviceId: device(1), history });
    expect(scored.status).toBe(201);
    expect(await scored.json()).toMatchObject({ correct: 7, answered: 10 });
    // The same player again that day: refused.
    const again = (await (await post('/api/runs', { packId: DAILY_PACK_ID, packVersion: VERSION, mode: 'daily', difficulty: 'medium' })).json()) as { token: string };
    clock += 15_000;
    expect((await (await post('/api/scores', { token: again.token, name: 'Dee', deviceId: device(1), history })).json()).error.code).toBe('daily-already-played');
    const board = await (await fetch(`${base}/api/boards?pack=${DAILY_PACK_ID}&difficulty=medium&period=daily&day=${utcDateOf(new Date(clock))}`)).json();
    expect(board.top).toHaveLength(1);
    expect(board.top[0]).toMatchObject({ name: 'Dee', correct: 7 });
  });

  it('a history that is not the day’s questions is refused', async () => {
    const run = (await (await post('/api/runs', { packId: DAILY_PACK_ID, packVersion: VERSION, mode: 'daily', difficulty: 'medium' })).json()) as { token: string; seed: string };
    clock += 15_000;
    const wrong = historyFor(run.seed).map((a, i) => (i === 0 ? { ...a, questionId: 'not-a-question' } : a));
    const res = await post('/api/scores', { token: run.token, name: 'Eve', deviceId: device(2), history: wrong });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('history-does-not-fit');
  });

  it('is refused for other packs than the server’s, and as any mode but the Daily', async () => {
    const other = await post('/api/runs', { packId: DAILY_PACK_ID, packVersion: '1.1.1', mode: 'daily', difficulty: 'medium' });
    expect(other.status).toBe(404);
    expect((await other.json()).error.code).toBe('unknown-pack');
    const classic = await post('/api/runs', { packId: DAILY_PACK_ID, packVersion: VERSION, mode: 'classic', difficulty: 'medium' });
    expect(classic.status).toBe(404);
  });
});
