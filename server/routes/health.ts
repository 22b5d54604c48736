// Health that fails when writes fail: a write to a one-row table, at most once a second (cached
// between), so a full disk or a read-only database shows as 503 here, not only as lost scores.
import type { FastifyPluginAsync } from 'fastify';
import { send } from '../http/reply';
import { ROUTE_SCHEMAS } from '../http/route-schemas';
import type { RouteContext } from './context';

const PROBE_EVERY_MS = 1_000;

export const healthRoutes = (c: RouteContext): FastifyPluginAsync => (app) => {
  let last: { at: number; problem: string | null } = { at: -Infinity, problem: null };
  app.get('/api/health', { schema: ROUTE_SCHEMAS.health }, async (req, reply) => {
    const at = c.now();
    if (at - last.at >= PROBE_EVERY_MS || at < last.at) {
      let problem: string | null = null;
      try {
        await c.repo.probeWrite(at);
      } catch (error) {
        problem = (error as Error).message;
        req.log.error({ err: error }, 'health: the database refuses writes');
      }
      last = { at, problem };
    }
    if (last.problem) return send(reply, { status: 503, code: 'unhealthy', message: `the database refuses writes: ${last.problem}` });
    // No count of the scores: on a big board that is a scan, and health must stay cheap.
    return { ok: true };
  });
  return Promise.resolve();
};
