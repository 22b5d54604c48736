// Submitting a finished run, reading boards, a player's own delete, and moderation.
import type { FastifyPluginAsync } from 'fastify';
import { utcDateOf } from '../../src/domain/daily';
import { parse, send } from '../http/reply';
import { ROUTE_SCHEMAS } from '../http/route-schemas';
import { checkPlayerName } from '../names';
import type { BoardQuery as RepoBoardQuery } from '../repo/types';
import { isoWeekOf, toEntry, verifySubmission } from '../rounds';
import { BoardQuery, DeleteBody, HideBody, SubmitBody } from '../schemas';
import { isIssuedPlayerId, keyedHash, verifyRun } from '../tokens';
import type { RouteContext } from './context';

const AROUND = 2;

export const scoreRoutes = (c: RouteContext): FastifyPluginAsync => (app) => {
  app.post('/api/scores', { config: c.limit('submit'), schema: ROUTE_SCHEMAS.submit }, async (req, reply) => {
    const body = parse(SubmitBody, req.body, reply);
    if (!body) return reply;
    const at = c.now();
    // The Daily's one entry is per identity this server issued, never an id the client made up.
    if (!isIssuedPlayerId(c.secret, body.deviceId)) return send(reply, { status: 401, code: 'unknown-player', message: 'this player id was not issued by this server; ask POST /api/players for one' });
    const runId = verifyRun(c.secret, body.token)?.runId;
    const record = runId ? await c.repo.runRecord(runId) : null;
    const state = record?.state;
    if (state?.state === 'refused') return send(reply, { status: 409, code: 'run-refused', message: 'this run was refused once and stays refused' });
    // Its clock marks end with it, so a second submission is answered before it is re-scored.
    if (state?.state === 'accepted') return send(reply, { status: 409, code: 'already-submitted', message: 'this run was already submitted' });
    const marks = record?.marks ?? [];
    // Re-scoring and the name filter are the CPU of a submission: spread over turns of the loop.
    const checked = await c.cpu.run(() => {
      const verified = verifySubmission(c.packs, c.secret, body.token, body.history, marks, at, c.rounds);
      return verified.ok ? { ...verified, name: checkPlayerName(body.name) } : verified;
    });
    if (!checked.ok) {
      if (checked.refusal.burns && runId) await c.repo.refuseRun(runId, checked.refusal.code, at);
      return send(reply, checked.refusal);
    }
    if (!checked.name.ok) return send(reply, { status: 422, code: 'name-not-allowed', message: checked.name.reason });
    const entry = toEntry(checked.value, checked.name.name, keyedHash(c.secret, 'device', body.deviceId), at);
    const result = await c.repo.insert(entry);
    if (result === 'replayed') return send(reply, { status: 409, code: 'already-submitted', message: 'this run was already submitted' });
    if (result === 'daily-taken') return send(reply, { status: 409, code: 'daily-already-played', message: 'you already have an entry on this Daily' });
    return reply.code(201).send({ runId: entry.runId, score: entry.score, timeMs: entry.timeMs, correct: entry.correct, answered: entry.answered, name: entry.name, week: entry.week, dailyDay: entry.dailyDay });
  });

  app.get('/api/boards', { config: c.limit('read'), schema: ROUTE_SCHEMAS.board }, async (req, reply) => {
    const q = parse(BoardQuery, req.query, reply);
    if (!q) return reply;
    let board: RepoBoardQuery;
    if (q.period === 'daily') board = { period: 'daily', packId: q.pack, difficulty: q.difficulty, day: q.day ?? utcDateOf(new Date(c.now())) };
    else if (q.period === 'week') board = { period: 'week', packId: q.pack, mode: q.mode, difficulty: q.difficulty, week: q.week ?? isoWeekOf(c.now()) };
    else if (q.period === 'challenge') {
      if (!q.version || !q.seed) return send(reply, { status: 400, code: 'bad-request', message: 'a challenge board needs version and seed' });
      board = { period: 'challenge', packId: q.pack, packVersion: q.version, seed: q.seed, mode: q.mode, difficulty: q.difficulty };
    } else board = { period: 'all', packId: q.pack, mode: q.mode, difficulty: q.difficulty };
    const { top, you, around } = await c.repo.board(board, q.limit, q.run ?? null, AROUND);
    return { board, top, you, around };
  });

  // A player's own delete: the player id they submitted with finds their entries.
  app.delete('/api/scores/mine', { config: c.limit('submit'), schema: ROUTE_SCHEMAS.deleteMine }, async (req, reply) => {
    const body = parse(DeleteBody, req.body, reply);
    if (!body) return reply;
    return { removed: await c.repo.removeByDevice(keyedHash(c.secret, 'device', body.deviceId)) };
  });

  app.post('/api/admin/hide', { config: c.limit('submit'), schema: ROUTE_SCHEMAS.hide }, async (req, reply) => {
    const given = keyedHash(c.secret, 'admin', req.headers.authorization ?? '');
    // Compare keyed hashes so the check takes the same time however much of the token is right.
    if (!c.adminToken || given !== keyedHash(c.secret, 'admin', `Bearer ${c.adminToken}`)) return send(reply, { status: 401, code: 'not-admin', message: 'admin token missing or wrong' });
    const body = parse(HideBody, req.body, reply);
    if (!body) return reply;
    if (!(await c.repo.setHidden(body.runId, body.hidden))) return send(reply, { status: 404, code: 'unknown-run', message: 'no entry with that run id' });
    return { runId: body.runId, hidden: body.hidden };
  });
  return Promise.resolve();
};
