// @fastify/rate-limit's store, kept in the database: several server processes behind one
// PostgreSQL then count one address's calls together (each process's memory alone would give a
// client N times the limit). Fixed windows, one row per key, one upsert per call.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { LeaderboardRepo } from '../repo/types';

export function sqlRateStore(repo: Pick<LeaderboardRepo, 'hit'>): FastifyRateLimitStoreCtor {
  const make = (prefix: string): FastifyRateLimitStore => ({
    incr(key, callback, timeWindow) {
      const now = Date.now();
      repo.hit(`${prefix}${key}`, timeWindow, now).then(
        ({ count, windowStart }) => callback(null, { current: count, ttl: Math.max(0, windowStart + timeWindow - now) }),
        (error: Error) => callback(error),
      );
    },
    // One counter per route, as the plugin's memory store keeps (it hands the route in `routeInfo`;
    // reading `method`/`path` off the parameters gave every route the same prefix, so on
    // PostgreSQL a board read spent the allowance of the pack list).
    child: (params) => {
      const route = (params as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo ?? {};
      return make(`${String(route.method)}:${String(route.url)}:`);
    },
  });
  return class {
    constructor() {
      return make('');
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
