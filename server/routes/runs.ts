// Runs and players: issuing a run, the server's clock (reveal and answer checkpoints for each
// question), and the player identities the Daily counts by.
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import * as v from 'valibot';
import { parse, send } from '../http/reply';
import { ROUTE_SCHEMAS } from '../http/route-schemas';
import { checkRun, issueRun } from '../rounds';
import { CheckpointBody, IssueBody } from '../schemas';
import { issuePlayerId } from '../tokens';
import type { RouteContext } from './context';

const Params = v.object({ run: v.pipe(v.string(), v.maxLength(64)), i: v.pipe(v.string(), v.regex(/^\d{1,4}$/), v.transform(Number)) });

export const runRoutes = (c: RouteContext): FastifyPluginAsync => (app) => {
  app.post('/api/players', { config: c.limit('players'), schema: ROUTE_SCHEMAS.players }, async (_req, reply) => reply.code(201).send({ playerId: issuePlayerId(c.secret, randomBytes(16)) }));

  app.post('/api/runs', { config: c.limit('issue'), schema: ROUTE_SCHEMAS.issue }, async (req, reply) => {
    const body = parse(IssueBody, req.body, reply);
    if (!body) return reply;
    const issued = issueRun(c.packs, c.secret, body, c.now());
    if (!issued.ok) return send(reply, issued.refusal);
    const { claims, token } = issued.value;
    return reply.code(201).send({ runId: claims.runId, seed: claims.seed, issuedAt: claims.issuedAt, token });
  });

  // Reveal: the client shows question i now. Answer: its choice, stamped on arrival. The client
  // calls them in order (answer i before reveal i+1); a question without both earns no time bonus.
  const checkpoint = (kind: 'reveal' | 'answer') => async (req: { params: unknown; body: unknown }, reply: Parameters<typeof send>[0]) => {
    const params = parse(Params, req.params, reply);
    const body = params && parse(CheckpointBody, req.body, reply);
    if (!params || !body) return reply;
    const at = c.now();
    const run = checkRun(c.packs, c.secret, body.token, at);
    if (!run.ok) return send(reply, run.refusal);
    if (run.value.runId !== params.run) return send(reply, { status: 400, code: 'bad-request', message: 'the token is for another run' });
    if (kind === 'reveal') {
      const r = await c.repo.reveal(params.run, params.i, at);
      if (r.ok) return { index: params.i, revealedAt: r.revealedAt };
      return r.why === 'refused'
        ? send(reply, { status: 409, code: 'run-refused', message: 'this run was refused and cannot go on' })
        : send(reply, { status: 409, code: 'out-of-order', message: `question ${params.i + 1} cannot be revealed before question ${params.i} is answered` });
    }
    const r = await c.repo.answer(params.run, params.i, { questionId: body.questionId ?? '', chosen: body.chosen ?? null, lifelines: body.lifelines ?? [] }, at);
    if (r.ok) return { index: params.i, ms: r.answeredAt - r.revealedAt };
    if (r.why === 'refused') return send(reply, { status: 409, code: 'run-refused', message: 'this run was refused and cannot go on' });
    if (r.why === 'not-revealed') return send(reply, { status: 409, code: 'not-revealed', message: `question ${params.i + 1} was not revealed` });
    return send(reply, { status: 409, code: 'already-answered', message: `question ${params.i + 1} was already answered` });
  };
  app.post('/api/runs/:run/questions/:i', { config: c.limit('submit'), schema: ROUTE_SCHEMAS.checkpoint }, checkpoint('reveal'));
  app.post('/api/runs/:run/questions/:i/answer', { config: c.limit('submit'), schema: ROUTE_SCHEMAS.checkpoint }, checkpoint('answer'));
  return Promise.resolve();
};
