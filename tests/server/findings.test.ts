// Each finding of issue 25 as a test, on SQLite, PGlite and (with TEST_DATABASE_URL) a real
// PostgreSQL server: the answer bot, seed shopping, replays and refused runs, a lifeline twice,
// a validly signed unknown mode, the Daily per issued identity, the shared-pack store.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { MAX_PACK_CHARS } from '../../src/domain/pack/limits';
import { READING_FLOOR_MS } from '../../server/rounds';
import type { LeaderboardRepo } from '../../server/repo/types';
import { issuePlayerId, signRun } from '../../server/tokens';
import { backends } from './backends';
import { historyFor, packs, PACK_ID, PACK_VERSION, QUESTIONS_DIR } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SECRET = Buffer.from('f'.repeat(40));
const player = (n: number) => issuePlayerId(SECRET, Buffer.alloc(16, n));
type Run = { runId: string; seed: string; token: string };
type Answer = ReturnType<typeof historyFor>[number];

describe.each(backends('findings'))('issue 25 findings on %s', (_name, open) => {
  let clock = Date.UTC(2026, 11, 2, 12);
  let app: FastifyInstance;
  let repo: LeaderboardRepo;
  const log: string[] = [];

  beforeAll(async () => {
    repo = await open();
    app = await buildApp({ repo, packs: packs(), secret: SECRET, now: () => clock, limits: { issue: 0, submit: 0, read: 0, players: 0, packs: 4 }, logServerError: (l) => log.push(l) });
  });
  afterAll(() => app.close());

  const post = async (url: string, payload: unknown) => {
    const res = await app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
    return { status: res.statusCode, body: res.json<Record<string, any>>() };
  };
  const issue = async (mode = 'classic', extra: Record<string, unknown> = {}): Promise<Run> => {
    const r = await post('/api/runs', { packId: PACK_ID, packVersion: PACK_VERSION, mode, difficulty: 'hard', ...extra });
    expect(r.status).toBe(201);
    return r.body as Run;
  };
  /** Plays a run through the server's clock: reveal, wait `thinkMs` on the fake clock, answer. */
  const play = async (run: Run, history: Answer[], thinkMs: number) => {
    for (const [i, a] of history.entries()) {
      expect((await post(`/api/runs/${run.runId}/questions/${i}`, { token: run.token })).status).toBe(200);
      clock += thinkMs;
      expect((await post(`/api/runs/${run.runId}/questions/${i}/answer`, { token: run.token, questionId: a.questionId, chosen: a.chosen, lifelines: a.lifelines })).status).toBe(200);
      clock += 1_000; // feedback before the next question
    }
  };
  const submit = (run: Run, history: Answer[], who = 1, claimedMs?: number) =>
    post('/api/scores', { token: run.token, name: 'Tester', deviceId: player(who), history: claimedMs === undefined ? history : history.map((a) => ({ ...a, timeMs: claimedMs })) });

  it('the answer bot: instant answers on the server clock tie a fast human; claimed times earn no bonus', async () => {
    const bot = await issue();
    const human = await issue();
    const slow = await issue();
    const liar = await issue();
    const perfect = historyFor({ seed: bot.seed, mode: 'classic', difficulty: 'hard' });
    await play(bot, perfect, 5);
    await play(human, perfect, READING_FLOOR_MS);
    await play(slow, perfect, READING_FLOOR_MS + 4_000);
    clock += 60_000;
    const botScore = await submit(bot, perfect, 1, 0);
    const humanScore = await submit(human, perfect, 2, 3_000);
    const slowScore = await submit(slow, perfect, 3, 7_000);
    // No checkpoints at all, every answer "0 ms": right answers, no time bonus.
    const liarScore = await submit(liar, perfect, 4, 0);
    expect([botScore.status, humanScore.status, slowScore.status, liarScore.status]).toEqual([201, 201, 201, 201]);
    expect(botScore.body.score).toBe(humanScore.body.score);
    expect(slowScore.body.score).toBeLessThan(humanScore.body.score);
    expect(liarScore.body.score).toBeLessThan(slowScore.body.score);
    expect(liarScore.body.correct).toBe(10);
  });

  it('a time and a choice cannot be split: the answer recorded at the checkpoint is the one scored', async () => {
    const run = await issue();
    const right = historyFor({ seed: run.seed, mode: 'classic', difficulty: 'hard' });
    const wrongFirst = historyFor({ seed: run.seed, mode: 'classic', difficulty: 'hard' }, (i) => i !== 0);
    await play(run, wrongFirst, 5);
    clock += 60_000;
    const r = await submit(run, right);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('history-does-not-fit');
    // Out of order: question 3 cannot be revealed while question 2 waits for its answer.
    const other = await issue('classic', { seed: 'order-test' });
    expect((await post(`/api/runs/${other.runId}/questions/2`, { token: other.token })).status).toBe(200);
    expect((await post(`/api/runs/${other.runId}/questions/3`, { token: other.token })).body.error.code).toBe('out-of-order');
    expect((await post(`/api/runs/${other.runId}/questions/1`, { token: other.token })).body.error.code).toBe('out-of-order');
    expect((await post(`/api/runs/${run.runId}/questions/0`, { token: other.token })).status).toBe(400);
  });

  it('seed shopping: every ticket for one board in one week has the same seed; next week another', async () => {
    const seeds = new Set<string>();
    for (let i = 0; i < 40; i++) seeds.add((await issue('survival')).seed);
    expect(seeds.size).toBe(1);
    clock += 7 * 86_400_000;
    expect(seeds.has((await issue('survival')).seed)).toBe(false);
    // Another board (difficulty) has its own.
    const easy = await post('/api/runs', { packId: PACK_ID, packVersion: PACK_VERSION, mode: 'survival', difficulty: 'easy' });
    expect(seeds.has(easy.body.seed as string)).toBe(false);
  });

  it('replays, refused runs, a lifeline twice and an unknown mode are refused', async () => {
    const run = await issue();
    const history = historyFor({ seed: run.seed, mode: 'classic', difficulty: 'hard' });
    clock += 60_000;
    expect((await submit(run, history)).status).toBe(201);
    expect((await submit(run, history, 2)).body.error.code).toBe('already-submitted');

    const twice = await issue();
    clock += 60_000;
    const withTwoHints = history.map((a, i) => (i === 1 || i === 4 ? { ...a, lifelines: ['hint' as const] } : a));
    expect((await submit(twice, withTwoHints)).body.error.code).toBe('lifeline-reused');
    // Refused for what it held, it stays refused, whatever comes next.
    expect((await submit(twice, history)).body.error.code).toBe('run-refused');
    expect((await post(`/api/runs/${twice.runId}/questions/0`, { token: twice.token })).body.error.code).toBe('run-refused');

    // A token signed with our key for a mode this server has not got: a 4xx, not a 500.
    const arcade = signRun(SECRET, { runId: 'arcade-run', packId: PACK_ID, packVersion: PACK_VERSION, seed: 's', seedSource: 'server', mode: 'arcade' as never, difficulty: 'hard', issuedAt: clock });
    const r = await post('/api/scores', { token: arcade, name: 'A', deviceId: player(1), history });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('unknown-mode');
    expect(log).toEqual([]);
  });

  it('one Daily entry per identity the server issued; a made-up id is refused', async () => {
    const issued = await post('/api/players', {});
    expect(issued.status).toBe(201);
    const me = issued.body.playerId as string;
    const daily = async (deviceId: string) => {
      const run = await issue('daily');
      clock += 60_000;
      return post('/api/scores', { token: run.token, name: 'Day', deviceId, history: historyFor({ seed: run.seed, mode: 'daily', difficulty: 'hard' }) });
    };
    expect((await daily('a-made-up-id-of-my-own-00001')).body.error.code).toBe('unknown-player');
    expect((await daily(me)).status).toBe(201);
    expect((await daily(me)).body.error.code).toBe('daily-already-played');
  });

  it('stores shared packs by content, serves them immutable, and redirects the short link', async () => {
    const text = readFileSync(join(QUESTIONS_DIR, `${PACK_ID}.json`), 'utf8');
    const put = (body: string) => app.inject({ method: 'POST', url: '/api/packs', headers: { 'content-type': 'application/json' }, payload: body });
    const first = await put(text);
    expect(first.statusCode).toBe(201);
    const { id, path } = first.json<{ id: string; path: string }>();
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(path).toBe(`/p/${id}`);
    const again = await put(text);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id, path });
    const got = await app.inject({ method: 'GET', url: `/api/packs/${id}` });
    expect(got.statusCode).toBe(200);
    expect(got.body).toBe(text);
    expect(got.headers['cache-control']).toMatch(/immutable/);
    const short = await app.inject({ method: 'GET', url: path });
    expect(short.statusCode).toBe(302);
    expect(short.headers.location).toBe(`/?pack=%2Fapi%2Fpacks%2F${id}`);
    expect((await app.inject({ method: 'GET', url: '/api/packs/AAAAAAAAAAAA' })).statusCode).toBe(404);

    const bad = await put(JSON.stringify({ ...JSON.parse(text), facts: 'none' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('pack-invalid');
    expect(bad.json().error.problems.length).toBeGreaterThan(0);
    const big = await put(`{"pad": "${'x'.repeat(MAX_PACK_CHARS)}"}`);
    expect(big.statusCode).toBe(413);
    // Four posts an hour from one address here (the four above): the fifth is limited.
    const limited = await put(text);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate-limited');
  });
});
