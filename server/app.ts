// The HTTP side, put together from one plugin per area (routes/). Everything it needs is handed
// in (repo, packs, secret, clock), so tests build it on a temporary database with a fake clock.
// Here: timeouts and a per-client connection cap, rate limits (per address, IPv6 by /64, shared
// through the database on PostgreSQL), security headers, errors (every 5xx logged), static files.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { capConnections } from './http/connections';
import { cpuTurns } from './http/cpu-turns';
import { send } from './http/reply';
import { sqlRateStore } from './http/rate-store';
import { policyFor } from './http/security';
import { noSymlinkInside } from './http/static-guard';
import type { PackIndex } from './packs';
import type { LeaderboardRepo } from './repo/types';
import { roundCache } from './round-cache';
import { healthRoutes } from './routes/health';
import { packRoutes } from './routes/packs';
import { runRoutes } from './routes/runs';
import { scoreRoutes } from './routes/scores';
import type { Limits, RouteContext } from './routes/context';
import { keyedHash } from './tokens';

export interface AppOptions {
  repo: LeaderboardRepo;
  packs: PackIndex;
  secret: Buffer;
  now?: () => number;
  adminToken?: string | undefined;
  /** Addresses or CIDR ranges of our proxies: X-Forwarded-For is read only when they send it. */
  trustedProxies?: readonly string[];
  /** Calls per client address per window; 0 turns a limit off. */
  limits?: Partial<Limits>;
  /** Keep rate-limit counts in the database (several processes behind one PostgreSQL). */
  sharedLimits?: boolean;
  /** The built game (dist/), served at / when it exists. */
  staticDir?: string | undefined;
  bodyLimit?: number;
  timeouts?: Partial<Timeouts>;
  /** Open connections one client address may hold (our proxies excepted). */
  maxConnectionsPerClient?: number;
  logger?: boolean | { level: string };
  /** Where 5xx go when the logger is off (tests pass their own). */
  logServerError?: (line: string) => void;
}

export interface Timeouts {
  /** The request line and headers must be in within this. */
  headersMs: number;
  /** The whole request (headers and body) within this. */
  requestMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveMs: number;
  /** Any connection with no traffic for this long is closed. */
  idleMs: number;
  /** How often Node looks for requests past their time. */
  checkEveryMs: number;
}

export const DEFAULT_LIMITS: Limits = { issue: 60, submit: 120, read: 240, players: 20, packs: 30 };
export const DEFAULT_TIMEOUTS: Timeouts = { headersMs: 10_000, requestMs: 20_000, keepAliveMs: 5_000, idleMs: 30_000, checkEveryMs: 2_000 };
export const DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 32;
const WINDOW_MS: Record<keyof Limits, number> = { issue: 60_000, submit: 60_000, read: 60_000, players: 3_600_000, packs: 3_600_000 };

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const now = o.now ?? Date.now;
  const limits: Limits = { ...DEFAULT_LIMITS, ...o.limits };
  const t: Timeouts = { ...DEFAULT_TIMEOUTS, ...o.timeouts };
  const proxies = [...(o.trustedProxies ?? [])];
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit: o.bodyLimit ?? 16 * 1024,
    trustProxy: proxies.length > 0 ? proxies : false,
    // The route schemas check; valibot in the handlers strips and transforms. No coercion: a
    // string where the contract says number is refused, not quietly turned into one.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
    serverFactory: (handler) => {
      const server: Server = createServer({ headersTimeout: t.headersMs, requestTimeout: t.requestMs, keepAliveTimeout: t.keepAliveMs, connectionsCheckingInterval: t.checkEveryMs }, handler);
      // A connection with no traffic for idleMs is closed (one that never sends a byte included:
      // the header timeout only starts with the first byte).
      server.on('connection', (socket: Socket) => socket.setTimeout(t.idleMs, () => socket.destroy()));
      return server;
    },
  });
  capConnections(app.server, o.maxConnectionsPerClient ?? DEFAULT_MAX_CONNECTIONS_PER_CLIENT, proxies);

  // Every 5xx is written down, logger or not: a failing server is never silent.
  const logServerError = o.logServerError ?? ((line: string) => console.error(line));
  app.addHook('onError', async (req, reply, error) => {
    if ((error as { statusCode?: number }).statusCode === undefined || ((error as { statusCode?: number }).statusCode ?? 500) >= 500) {
      logServerError(`5xx ${req.method} ${req.url.split('?')[0]}: ${error.stack ?? error.message}`);
    }
    void reply;
  });
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode >= 500 && reply.statusCode !== 503) logServerError(`5xx ${req.method} ${req.url.split('?')[0]} answered ${reply.statusCode}`);
  });
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string; validation?: { instancePath: string; message?: string }[]; validationContext?: string }, _req, reply) => {
    const status = error.statusCode ?? 500;
    // A request the route's schema (the contract's) refuses: the same refusal valibot's parse gives.
    if (error.validation) {
      const problems = error.validation.slice(0, 5).map((v) => `${error.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}: ${v.message ?? 'is not allowed'}`);
      return send(reply, { status: 400, code: 'bad-request', message: 'the request does not have the expected shape', problems });
    }
    const code = status === 413 ? 'body-too-large' : status === 415 ? 'unsupported-media-type' : status === 429 ? 'rate-limited' : status < 500 ? 'bad-request' : 'internal-error';
    return send(reply, { status, code, message: status < 500 ? error.message : 'something went wrong on the server' });
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: policyFor(o.staticDir) },
    // The game loads its own files only; a shared pack is fetched by URL, not embedded.
    crossOriginEmbedderPolicy: false,
    hsts: false, // TLS ends at the proxy, which sets it
  });

  // Per address (IPv6 by /64, as one household or server holds a /64), hashed with the secret
  // before it is kept: the limiter never holds an address.
  await app.register(fastifyRateLimit, {
    global: false,
    ipv6Subnet: 64,
    keyGenerator: (req) => keyedHash(o.secret, 'ip', normalizeIP(req.ip, 64)),
    ...(o.sharedLimits ? { store: sqlRateStore(o.repo) } : {}),
    // Thrown by the plugin and answered by the error handler below, in our refusal shape.
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, message: `too many requests from this address; try again in ${Math.ceil(ctx.ttl / 1000)} s` }),
  });

  const ctx: RouteContext = {
    repo: o.repo,
    packs: o.packs,
    secret: o.secret,
    now,
    adminToken: o.adminToken,
    cpu: cpuTurns(),
    rounds: roundCache(o.packs),
    limit: (kind) => ({ rateLimit: limits[kind] > 0 ? { max: limits[kind], timeWindow: WINDOW_MS[kind] } : false }),
  };
  await app.register(healthRoutes(ctx));
  await app.register(runRoutes(ctx));
  await app.register(scoreRoutes(ctx));
  await app.register(packRoutes(ctx));

  // The build writes brotli and gzip copies beside its files (build/precompress.ts): sent as they
  // are to a browser that takes them, never compressed per request. `Vary`, so a cache in front
  // never hands a brotli body to a browser that did not ask for one. No dotfiles, no symlinks.
  if (o.staticDir && existsSync(o.staticDir)) {
    await app.register(fastifyStatic, {
      root: o.staticDir,
      preCompressed: true,
      dotfiles: 'deny',
      allowedPath: noSymlinkInside(o.staticDir),
      setHeaders: (res) => void res.setHeader('Vary', 'Accept-Encoding'),
    });
  }
  app.setNotFoundHandler((_req, reply) => send(reply, { status: 404, code: 'not-found', message: 'no such endpoint' }));
  // The repository closes with the server (tests and `npm start` alike).
  app.addHook('onClose', async () => {
    await o.repo.close();
  });
  return app;
}
