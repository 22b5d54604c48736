// Before `npm start`: build the game into dist/ when it is missing or older than its sources, so
// the server never answers a newcomer's first visit with a bare 404. Quiet when nothing changed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['src', 'questions', 'assets', 'build', 'index.html', 'studio.html', 'vite.config.ts', 'package-lock.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const built = join(ROOT, 'dist', 'index.html');
const stale = !existsSync(built) || SOURCES.some((s) => existsSync(join(ROOT, s)) && newest(join(ROOT, s)) > statSync(built).mtimeMs);
if (stale) {
  console.log('Building the game into dist/ first (it is missing or older than its sources)…');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--configLoader', 'runner', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
