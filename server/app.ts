// The HTTP side: routes, limits and errors. Everything it needs is handed in (repo, packs,
// secret, clock), so tests build it on a temporary database with a fake clock.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { utcDateOf } from '../src/domain/daily';
import { checkPlayerName } from './names';
import type { PackIndex } from './packs';
import { createBucket } from './rate-limit';
import type { BoardQuery as RepoBoardQuery, ScoreRepo } from './repo/types';
import { issueRun, isoWeekOf, toEntry, verifySubmission, type Refusal } from './rounds';
import { BoardQuery, DeleteBody, HideBody, IssueBody, issuesText, SubmitBody } from './schemas';
import { keyedHash } from './tokens';

export interface AppOptions {
  repo: ScoreRepo;
  packs: PackIndex;
  secret: Buffer;
  now?: () => number;
  adminToken?: string | undefined;
  /** One proxy of ours in front: take the address it appended to X-Forwarded-For (the last). */
  trustProxy?: boolean;
  /** Requests per minute per client address; 0 turns a limit off. */
  limits?: { issue: number; submit: number; read: number };
  /** The built game (dist/), served at / when it exists. */
  staticDir?: string | undefined;
  bodyLimit?: number;
  logger?: boolean;
}

// Trust only the peer we talk to (our proxy): the client address is the one it appended.
// (Fastify refuses a bare hop count, so this is the same rule written as a function.)
const trustFirstHop = (_address: string, hop: number) => hop === 0;

export const DEFAULT_LIMITS = { issue: 60, submit: 30, read: 240 };
const AROUND = 2;

function send(reply: FastifyReply, r: Refusal) {
  return reply.code(r.status).send({ error: { code: r.code, message: r.message, ...(r.problems ? { problems: r.problems } : {}) } });
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const now = o.now ?? Date.now;
  const limits = o.limits ?? DEFAULT_LIMITS;
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: o.bodyLimit ?? 16 * 1024, trustProxy: o.trustProxy ? trustFirstHop : false });
  const buckets = { issue: createBucket(limits.issue), submit: createBucket(limits.submit), read: createBucket(limits.read) };

  // The address is hashed at once and the hash is all the limiter keeps.
  const limited = (kind: keyof typeof buckets) => async (req: FastifyRequest, reply: FastifyReply) => {
    if (!buckets[kind].take(keyedHash(o.secret, 'ip', req.ip), now())) {
      await send(reply.header('retry-after', '60'), { status: 429, code: 'rate-limited', message: 'too many requests from this address; wait a minute' });
    }
  };

  const parse = <S extends v.GenericSchema>(schema: S, value: unknown, reply: FastifyReply): v.InferOutput<S> | null => {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    void send(reply, { status: 400, code: 'bad-request', message: 'the request does not have the expected shape', problems: issuesText(result.issues) });
    return null;
  };

  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, req, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) req.log.error(error);
    const code = status === 413 ? 'body-too-large' : status === 415 ? 'unsupported-media-type' : status < 500 ? 'bad-request' : 'internal-error';
    return send(reply, { status, code, message: status < 500 ? error.message : 'something went wrong on the server' });
  });

  app.get('/api/health', async () => ({ ok: true, scores: await o.repo.count() }));

  app.get('/api/packs', { onRequest: limited('read') }, () => ({ packs: o.packs.list() }));

  app.post('/api/runs', { onRequest: limited('issue') }, async (req, reply) => {
    const body = parse(IssueBody, req.body, reply);
    if (!body) return reply;
    const issued = issueRun(o.packs, o.secret, body, now());
    if (!issued.ok) return send(reply, issued.refusal);
    const { claims, token } = issued.value;
    return reply.code(201).send({ runId: claims.runId, seed: claims.seed, issuedAt: claims.issuedAt, token });
  });

  app.post('/api/scores', { onRequest: limited('submit') }, async (req, reply) => {
    const body = parse(SubmitBody, req.body, reply);
    if (!body) return reply;
    const at = now();
    const verified = verifySubmission(o.packs, o.secret, body.token, body.history, at);
    if (!verified.ok) return send(reply, verified.refusal);
    const name = checkPlayerName(body.name);
    if (!name.ok) return send(reply, { status: 422, code: 'name-not-allowed', message: name.reason });
    const entry = toEntry(verified.value, name.name, keyedHash(o.secret, 'device', body.deviceId), at);
    const result = await o.repo.insert(entry);
    if (result === 'replayed') return send(reply, { status: 409, code: 'already-submitted', message: 'this run was already submitted' });
    if (result === 'daily-taken') return send(reply, { status: 409, code: 'daily-already-played', message: 'you already have an entry on this Daily' });
    return reply.code(201).send({ runId: entry.runId, score: entry.score, timeMs: entry.timeMs, correct: entry.correct, answered: entry.answered, name: entry.name, week: entry.week, dailyDay: entry.dailyDay });
  });

  app.get('/api/boards', { onRequest: limited('read') }, async (req, reply) => {
    const q = parse(BoardQuery, req.query, reply);
    if (!q) return reply;
    let board: RepoBoardQuery;
    if (q.period === 'daily') board = { period: 'daily', packId: q.pack, difficulty: q.difficulty, day: q.day ?? utcDateOf(new Date(now())) };
    else if (q.period === 'week') board = { period: 'week', packId: q.pack, mode: q.mode, difficulty: q.difficulty, week: q.week ?? isoWeekOf(now()) };
    else if (q.period === 'challenge') {
      if (!q.version || !q.seed) return send(reply, { status: 400, code: 'bad-request', message: 'a challenge board needs version and seed' });
      board = { period: 'challenge', packId: q.pack, packVersion: q.version, seed: q.seed, mode: q.mode, difficulty: q.difficulty };
    } else board = { period: 'all', packId: q.pack, mode: q.mode, difficulty: q.difficulty };
    const top = await o.repo.top(board, q.limit);
    const you = q.run ? await o.repo.rankOf(board, q.run) : null;
    const around = you ? await o.repo.slice(board, Math.max(1, you.rank - AROUND), 2 * AROUND + 1) : [];
    return { board, top, you, around };
  });

  // A player's own delete: the device id they submitted with finds their entries.
  app.delete('/api/scores/mine', { onRequest: limited('submit') }, async (req, reply) => {
    const body = parse(DeleteBody, req.body, reply);
    if (!body) return reply;
    return { removed: await o.repo.removeByDevice(keyedHash(o.secret, 'device', body.deviceId)) };
  });

  app.post('/api/admin/hide', { onRequest: limited('submit') }, async (req, reply) => {
    const given = keyedHash(o.secret, 'admin', req.headers.authorization ?? '');
    // Compare keyed hashes so the check takes the same time however much of the token is right.
    if (!o.adminToken || given !== keyedHash(o.secret, 'admin', `Bearer ${o.adminToken}`)) return send(reply, { status: 401, code: 'not-admin', message: 'admin token missing or wrong' });
    const body = parse(HideBody, req.body, reply);
    if (!body) return reply;
    if (!(await o.repo.setHidden(body.runId, body.hidden))) return send(reply, { status: 404, code: 'unknown-run', message: 'no entry with that run id' });
    return { runId: body.runId, hidden: body.hidden };
  });

  // The build writes brotli and gzip copies beside its files (build/precompress.ts): sent as they
  // are to a browser that takes them, never compressed per request. `Vary`, so a cache in front
  // never hands a brotli body to a browser that did not ask for one.
  if (o.staticDir && existsSync(o.staticDir)) {
    await app.register(fastifyStatic, { root: o.staticDir, preCompressed: true, setHeaders: (res) => void res.setHeader('Vary', 'Accept-Encoding') });
  }
  app.setNotFoundHandler((_req, reply) => send(reply, { status: 404, code: 'not-found', message: 'no such endpoint' }));
  return app;
}
