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
    child: (route) => make(`${String(route.method)}:${route.path}:`),
  });
  return class {
    constructor() {
      return make('');
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
