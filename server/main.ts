// `npm start`: the built game and the leaderboard API in one process. Configuration is the
// environment only (see README "Leaderboard server"). Anything wrong at start (a short secret, an
// unwritable DATA_DIR, a database that is not ours) stops it with one plain line that names it.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildApp, DEFAULT_LIMITS, DEFAULT_TIMEOUTS } from './app';
import { loadPacks } from './packs';
import type { Limits } from './routes/context';
import { loadSecret, StartupError } from './secret';
import { ensureDataDir, openStore } from './store';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;

function limit(name: string, fallback: number): number {
  if (env[name] === undefined || env[name] === '') return fallback;
  const n = Number(env[name]);
  if (!Number.isInteger(n) || n < 0) throw new StartupError(`${name} must be a whole number of calls (0 turns the limit off), not "${env[name]}"`);
  return n;
}

/** TRUST_PROXY: the proxies' addresses or CIDR ranges, comma-separated. */
function trustedProxies(): string[] {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '') return [];
  if (raw === '1' || raw === 'true') throw new StartupError('TRUST_PROXY now lists the proxy addresses (e.g. TRUST_PROXY=10.0.0.5,10.0.1.0/24): with "1" anyone reaching the port directly could write X-Forwarded-For');
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

async function start() {
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const usePg = Boolean(env.DATABASE_URL);
  const packs = loadPacks(resolve(root, 'questions'));
  if (!env.SECRET) ensureDataDir(dataDir);
  const secret = loadSecret(env.SECRET, dataDir);
  const limits: Limits = {
    issue: limit('RATE_ISSUE', DEFAULT_LIMITS.issue),
    submit: limit('RATE_SUBMIT', DEFAULT_LIMITS.submit),
    read: limit('RATE_READ', DEFAULT_LIMITS.read),
    players: limit('RATE_PLAYERS', DEFAULT_LIMITS.players),
    packs: limit('RATE_PACKS', DEFAULT_LIMITS.packs),
  };
  const { repo, kind } = await openStore({ databaseUrl: env.DATABASE_URL, dataDir });
  const app = await buildApp({
    repo,
    packs,
    secret,
    adminToken: env.ADMIN_TOKEN,
    trustedProxies: trustedProxies(),
    limits,
    sharedLimits: usePg,
    maxConnectionsPerClient: limit('MAX_CONNECTIONS_PER_CLIENT', 32),
    timeouts: { requestMs: limit('REQUEST_TIMEOUT_MS', DEFAULT_TIMEOUTS.requestMs), headersMs: limit('HEADERS_TIMEOUT_MS', DEFAULT_TIMEOUTS.headersMs) },
    staticDir: resolve(root, 'dist'),
    logger: { level: env.LOG === '1' ? 'info' : 'error' },
  });
  const address = await app.listen({ port: Number(env.PORT ?? 8787), host: env.HOST ?? '127.0.0.1' });
  // One line a supervisor (or the kill test) can wait for.
  console.log(`leaderboard listening on ${address} (${kind}, ${packs.list().length} packs)`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

start().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`leaderboard: not started: ${error.message}`);
    process.exit(78); // EX_CONFIG
  }
  console.error('leaderboard: not started:', error);
  process.exit(1);
});
