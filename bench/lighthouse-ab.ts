// Lighthouse alone, A/B: the game as built now and at BENCH_BEFORE (default: main), served the
// same way, measured alternately ROUNDS times (default 3). One Lighthouse run on a shared machine
// moves by ten points and more; alternating runs show which differences are the page's.
// Run: `BENCH_BEFORE=<commit> npx tsx bench/lighthouse-ab.ts`.
import { build } from 'vite';
import { rmSync } from 'node:fs';
import { buildCommit, serve } from './browser';
import { runLighthouse } from './lighthouse';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rounds = Number(process.env.ROUNDS ?? 3);
await build({ configLoader: 'runner', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
const beforeDir = await buildCommit(process.env.BENCH_BEFORE ?? 'main');
const pages = [
  ['now', await serve('dist')],
  ['before', await serve(`${beforeDir}/dist`, { addCopies: true })],
] as const;
try {
  for (let i = 0; i < rounds; i++) {
    for (const [name, page] of pages) {
      const lh = await runLighthouse(page.url, CHROMIUM);
      console.log(`${name.padEnd(6)}  performance ${lh.performance}  accessibility ${lh.accessibility}  TBT ${lh.tbtMs} ms  FCP ${lh.fcpMs} ms  LCP ${lh.lcpMs} ms`);
    }
  }
} finally {
  for (const [, page] of pages) await page.server.close();
  rmSync(beforeDir, { recursive: true, force: true });
}
