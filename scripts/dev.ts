// `npm run dev`: the whole game on one command, the leaderboard API (server/main.ts on :8787, its
// SQLite database in ./data) beside Vite's dev server (which passes /api to it), so a newcomer's
// first run shows the online boards too (one already listening on :8787 is used instead). Ctrl+C
// stops both; if either stops, so does the other.
import { spawn, type ChildProcess } from 'node:child_process';
import { isListening } from '../build/dev-api-proxy';

const children: ChildProcess[] = [];
let stopping = false;

function run(label: string, command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${label} stopped (${signal ?? `exit code ${code}`}); stopping the other one.`);
    stop(code ?? 1);
  });
}

function stop(code: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// A server already running (`npm start` in another terminal) is used as it is.
if (await isListening('127.0.0.1', Number(process.env.PORT ?? 8787))) console.log('Using the leaderboard server already on :8787.');
else run('the leaderboard server', process.execPath, ['--import', 'tsx', 'server/main.ts']);
run('the dev server', process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--configLoader', 'runner']);
