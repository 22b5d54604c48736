// `npm run bench:server`: the leaderboard server as a child process on loopback, with the embedded
// database (SQLite, WAL, synchronous=FULL) in a temporary DATA_DIR (or BENCH_DATABASE_URL's
// PostgreSQL, or `npm run bench:server -- --db postgres`). Two parts, each bounded in count and time:
// 1. Submissions at 10, 50 and 200 concurrent connections: Survival rounds re-scored by the
//    server; submissions/s, p50/p99 of those answered in time, errors (non-201) and timeouts
//    (any answer after 10 s, a 201 included).
//    /api/health is asked alongside, one call at a time, as the reference for the same moment.
// 2. Board reads on a board of 1,000,000 rows (written by SQL straight into the database first): a
//    board read with `run=` (top, rank, around-me) p50/p99, and /api/health's p99 measured alone and
//    again while the board reads run (the ratio says whether others are held up).
// The machine's load (`uptime`) is printed beside each part, and the bars at the end, each met or
// NOT MET. All traffic goes to 127.0.0.1. Exit code 1 on any error or timeout, or a bar not met.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillBoard, BOARD_QUERY } from './server-board';
import { freshSchemaUrl } from '../tests/server/backends';
import { issueRuns, sleep, startServer, submitRuns, LOAD_FLOOR_WAIT_MS, type ServerProcess } from '../tests/server/load';

// BENCH_LEVELS=200:2000,… picks the levels (connections:submissions).
const LEVELS: [connections: number, count: number][] = process.env.BENCH_LEVELS
  ? process.env.BENCH_LEVELS.split(',').map((l) => l.split(':').map(Number) as [number, number])
  : [[10, 1_000], [50, 2_000], [200, 2_000]];
const BOARD_ROWS = Number(process.env.BENCH_BOARD_ROWS ?? 1_000_000);
const BOARD_READS = 1_000;
const TIME_CAP_MS = 90_000;
const REQUEST_TIMEOUT_MS = 10_000;

// `-- --db postgres`: PostgreSQL at BENCH_DATABASE_URL, else a fresh database from
// scripts/ci-postgres.sh (root on Debian: installs and starts the local server if needed).
function postgresUrl(): string | undefined {
  const dbArg = process.argv.indexOf('--db');
  const wantPg = dbArg >= 0 && process.argv[dbArg + 1] === 'postgres';
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  if (!wantPg) return undefined;
  try {
    return execFileSync('bash', ['scripts/ci-postgres.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  } catch {
    console.error('bench:server --db postgres: no PostgreSQL (set BENCH_DATABASE_URL, or run as root on Debian for scripts/ci-postgres.sh)');
    process.exit(2);
  }
}
// Each run in a fresh schema of that database, so runs never add to each other's boards.
const givenPgUrl = postgresUrl();
const pgUrl = givenPgUrl ? await freshSchemaUrl(givenPgUrl, `bench_${process.pid}`) : undefined;
const store = pgUrl ? 'PostgreSQL' : 'SQLite WAL synchronous=FULL, a writer and a reader thread';
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const load = () => `load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
/** The bars of issue 25, printed plainly at the end. */
const bars: { text: string; met: boolean }[] = [];
const BOARD_P99_BAR_MS = 50;
/** Others unaffected: health's p99 during the board reads within this many times its p99 alone (or under 10 ms). */
const UNAFFECTED_RATIO = 2;

async function timed(url: string): Promise<{ ms: number; status: number | 'timeout' | 'error' }> {
  const t = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await res.arrayBuffer();
    return { ms: performance.now() - t, status: res.status };
  } catch (error) {
    return { ms: performance.now() - t, status: (error as Error).name === 'TimeoutError' ? 'timeout' : 'error' };
  }
}

/** /api/health one call at a time until `done()`: what any other request sees meanwhile. */
async function healthWhile(url: string, done: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!done()) times.push((await timed(`${url}/api/health`)).ms);
  return times.sort((a, b) => a - b);
}

async function submissions(server: ServerProcess) {
  const alone = await healthTimes(server.url, 300);
  console.log(`  reference /api/health alone: p50 ${ms(pct(alone, 50))}   p99 ${ms(pct(alone, 99))}   (${load()})`);
  let clean = true;
  for (const [connections, count] of LEVELS) {
    const runs = await issueRuns(server.url, count, Math.min(connections, 50));
    await sleep(LOAD_FLOOR_WAIT_MS);
    const latencies: number[] = [];
    let errors = 0;
    let timeouts = 0;
    let finished = false;
    const t0 = performance.now();
    const health = healthWhile(server.url, () => finished);
    await submitRuns(server.url, runs, connections, (r) => {
      // An answer later than REQUEST_TIMEOUT_MS counts as a timeout even when it is a 201.
      if (r.ms >= REQUEST_TIMEOUT_MS) timeouts++;
      else if (r.status === 201) latencies.push(r.ms);
      else errors++;
    }, () => performance.now() - t0 > TIME_CAP_MS);
    finished = true;
    const seconds = (performance.now() - t0) / 1000;
    const during = await health;
    latencies.sort((a, b) => a - b);
    console.log(`  ${String(connections).padStart(3)} connections: ${latencies.length} of ${count} accepted within ${REQUEST_TIMEOUT_MS / 1000} s, in ${seconds.toFixed(1)} s = ${(latencies.length / seconds).toFixed(0)} submissions/s   p50 ${ms(pct(latencies, 50))}   p99 ${ms(pct(latencies, 99))}   ${errors} errors   ${timeouts} timeouts   (health meanwhile p99 ${ms(pct(during, 99))}; ${load()})`);
    if (errors + timeouts > 0 || latencies.length < count) clean = false;
  }
  bars.push({ text: `every submission accepted, 0 errors and 0 timeouts at ${LEVELS.map(([c]) => c).join(', ')} connections`, met: clean });
}

async function healthTimes(url: string, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await timed(`${url}/api/health`)).ms);
  return times.sort((a, b) => a - b);
}

async function boardReads(server: ServerProcess, runIds: string[]) {
  const alone = await healthTimes(server.url, 300);
  const times: number[] = [];
  let bad = 0;
  let next = 0;
  const reader = async () => {
    while (next < BOARD_READS) {
      const id = runIds[next++ % runIds.length]!;
      const r = await timed(`${server.url}/api/boards?${BOARD_QUERY}&run=${id}`);
      if (r.status === 200) times.push(r.ms);
      else bad++;
    }
  };
  const during = healthTimes(server.url, 300);
  await Promise.all([...Array.from({ length: 10 }, reader)]);
  const busy = await during;
  times.sort((a, b) => a - b);
  console.log(`  board of ${BOARD_ROWS.toLocaleString('en')} rows, 10 readers: ${times.length} reads with rank and around-me   p50 ${ms(pct(times, 50))}   p99 ${ms(pct(times, 99))}   ${bad} errors   (${load()})`);
  // /api/health (one cached write probe, no table read) is the reference for the same machine, same moment.
  console.log(`  reference /api/health alone: p50 ${ms(pct(alone, 50))}   p99 ${ms(pct(alone, 99))}; board read p50 = ${(pct(times, 50) / pct(alone, 50)).toFixed(1)}× health p50, p99 = ${(pct(times, 99) / pct(alone, 99)).toFixed(1)}× health p99`);
  console.log(`  /api/health during the board reads: p50 ${ms(pct(busy, 50))}   p99 ${ms(pct(busy, 99))} (p99 ${(pct(busy, 99) / pct(alone, 99)).toFixed(1)}× alone)`);
  bars.push({ text: `board read p99 < ${BOARD_P99_BAR_MS} ms on ${BOARD_ROWS.toLocaleString('en')} rows (${ms(pct(times, 99))}), with 0 errors`, met: pct(times, 99) < BOARD_P99_BAR_MS && bad === 0 });
  const unaffected = pct(busy, 99) <= Math.max(10, UNAFFECTED_RATIO * pct(alone, 99));
  bars.push({ text: `others unaffected: /api/health p99 during the reads ≤ ${UNAFFECTED_RATIO}× alone or < 10 ms (${ms(pct(busy, 99))} against ${ms(pct(alone, 99))})`, met: unaffected });
}

const dir = mkdtempSync(join(tmpdir(), 'lb-bench-'));
const env = { MAX_CONNECTIONS_PER_CLIENT: '0', ...(pgUrl ? { DATABASE_URL: pgUrl } : {}), ...(process.env.REQUEST_TIMEOUT_MS ? { REQUEST_TIMEOUT_MS: process.env.REQUEST_TIMEOUT_MS } : {}) };
console.log(`leaderboard bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${store}, loopback, ${load()})`);
let server = await startServer(dir, env);
try {
  // BENCH_ONLY=board skips the submissions (the board part alone, ~2 min).
  if (process.env.BENCH_ONLY !== 'board') await submissions(server);
  if (process.env.BENCH_ONLY !== 'submit') {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    const t = performance.now();
    const runIds = await fillBoard(dir, pgUrl, BOARD_ROWS);
    console.log(`  (wrote ${BOARD_ROWS.toLocaleString('en')} board rows in ${((performance.now() - t) / 1000).toFixed(1)} s; ${load()})`);
    server = await startServer(dir, env);
    await boardReads(server, runIds);
  }
} finally {
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
for (const bar of bars) console.log(`${bar.met ? 'met    ' : 'NOT MET'}  ${bar.text}`);
if (bars.some((b) => !b.met)) process.exitCode = 1;
