// `npm start`: the built game and the leaderboard API in one process. Configuration is the
// environment only (see README "Leaderboard server").
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildApp, DEFAULT_LIMITS } from './app';
import { loadPacks } from './packs';
import { loadSecret } from './secret';
import { openStore } from './store';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;
const dataDir = resolve(env.DATA_DIR ?? './data');
const limit = (name: string, fallback: number) => (env[name] !== undefined ? Number(env[name]) : fallback);

const packs = loadPacks(resolve(root, 'questions'));
const secret = loadSecret(env.SECRET, dataDir);
const { repo, kind } = await openStore({ databaseUrl: env.DATABASE_URL, dataDir });
const app = await buildApp({
  repo,
  packs,
  secret,
  adminToken: env.ADMIN_TOKEN,
  trustProxy: env.TRUST_PROXY === '1',
  limits: { issue: limit('RATE_ISSUE', DEFAULT_LIMITS.issue), submit: limit('RATE_SUBMIT', DEFAULT_LIMITS.submit), read: limit('RATE_READ', DEFAULT_LIMITS.read) },
  staticDir: resolve(root, 'dist'),
  logger: env.LOG === '1',
});

const address = await app.listen({ port: Number(env.PORT ?? 8787), host: env.HOST ?? '127.0.0.1' });
// One line a supervisor (or the kill test) can wait for.
console.log(`leaderboard listening on ${address} (${kind}, ${packs.list().length} packs)`);

const stop = () => {
  void app.close().then(() => repo.close()).then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
