// Driving a real server process over loopback: start it (node + tsx, no wrapper, so a kill
// reaches the server itself), issue runs, submit them with a few concurrent clients.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { historyFor, PACK_ID, PACK_VERSION } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
}

/** Starts `server/main.ts` on 127.0.0.1 with a free port and rate limits off; resolves when it listens. */
export function startServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', RATE_ISSUE: '0', RATE_SUBMIT: '0', RATE_READ: '0', RATE_PLAYERS: '0', RATE_PACKS: '0', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${out}`));
    });
  });
}

// One name for all: obscenity reads digits as letters, so "Load 455" would be refused ("ass").
export const LOAD_NAME = 'Load tester';

export interface IssuedRun {
  runId: string;
  token: string;
  body: string;
}

/** Survival rounds that end fast (one right answer or none, then three wrong): short server-clock floors. */
export const LOAD_FLOOR_WAIT_MS = 2_700;

async function pool<T>(items: readonly T[], concurrency: number, work: (item: T, i: number) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** One ticket. Set-up, not what is measured: a kept-alive socket the server closed as it was reused ("other side closed") is tried again, five times at most. */
async function issueOnce(url: string, tries = 6): Promise<Response> {
  try {
    return await fetch(`${url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ packId: PACK_ID, packVersion: PACK_VERSION, mode: 'survival', difficulty: 'medium' }) });
  } catch (error) {
    if (tries <= 1) throw error;
    return issueOnce(url, tries - 1);
  }
}

export async function issueRuns(url: string, count: number, concurrency = 16): Promise<IssuedRun[]> {
  const runs: IssuedRun[] = new Array<IssuedRun>(count);
  // One player the server issued plays every run (none is a Daily, so one id is enough).
  const player = ((await (await fetch(`${url}/api/players`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { playerId: string }).playerId;
  await pool(Array.from({ length: count }, (_, i) => i), concurrency, async (i) => {
    const res = await issueOnce(url);
    if (res.status !== 201) throw new Error(`issue failed: ${res.status}`);
    const run = (await res.json()) as { runId: string; seed: string; token: string };
    const history = historyFor({ seed: run.seed, mode: 'survival', difficulty: 'medium' }, (q) => q < i % 2, 500);
    runs[i] = { runId: run.runId, token: run.token, body: JSON.stringify({ token: run.token, name: LOAD_NAME, deviceId: player, history }) };
  });
  return runs;
}

export interface SubmitResult {
  run: IssuedRun;
  status: number | 'error';
  ms: number;
}

/** Submits every run (or until `stop`), calling `onResult` as each answer comes back. */
export async function submitRuns(url: string, runs: readonly IssuedRun[], concurrency: number, onResult: (r: SubmitResult) => void, stop?: () => boolean): Promise<void> {
  await pool(runs, concurrency, async (run) => {
    const t = performance.now();
    let status: number | 'error';
    try {
      const res = await fetch(`${url}/api/scores`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: run.body });
      await res.arrayBuffer();
      status = res.status;
    } catch {
      status = 'error';
    }
    onResult({ run, status, ms: performance.now() - t });
  }, stop);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
