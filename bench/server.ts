// `npm run bench:server`: the leaderboard server as a child process on loopback with the
// embedded database (SQLite, WAL, synchronous=FULL) in a temporary DATA_DIR. 2,000 Survival
// submissions from 16 concurrent clients, each re-scored by the server; prints submissions/s
// and p50/p99 latency. Bounded: it stops after the count or 120 s, whichever comes first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueRuns, sleep, startServer, submitRuns, LOAD_FLOOR_WAIT_MS } from '../tests/server/load';

const COUNT = Number(process.env.BENCH_COUNT ?? 2_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const TIME_CAP_MS = 120_000;

// BENCH_DATABASE_URL=postgres://… measures a PostgreSQL server instead of the embedded SQLite.
const pgUrl = process.env.BENCH_DATABASE_URL;
const store = pgUrl ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'SQLite WAL synchronous=FULL';
const dir = mkdtempSync(join(tmpdir(), 'lb-bench-'));
const server = await startServer(dir, pgUrl ? { DATABASE_URL: pgUrl } : {});
try {
  const runs = await issueRuns(server.url, COUNT, CLIENTS);
  await sleep(LOAD_FLOOR_WAIT_MS);
  const latencies: number[] = [];
  let refused = 0;
  const t0 = performance.now();
  await submitRuns(server.url, runs, CLIENTS, (r) => {
    if (r.status === 201) latencies.push(r.ms);
    else refused++;
  }, () => performance.now() - t0 > TIME_CAP_MS);
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  console.log(`leaderboard bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${store}, loopback)`);
  console.log(`  ${latencies.length} accepted, ${refused} refused, ${CLIENTS} clients, ${seconds.toFixed(1)} s`);
  console.log(`  ${(latencies.length / seconds).toFixed(0)} submissions/s   p50 ${pct(50).toFixed(1)} ms   p99 ${pct(99).toFixed(1)} ms`);
  if (refused > 0) process.exitCode = 1;
} finally {
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
