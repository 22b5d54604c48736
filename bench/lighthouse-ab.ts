// Lighthouse alone, A/B: the game as built now and at BENCH_BEFORE (default: main), served the
// same way, measured alternately ROUNDS times (default 3). One Lighthouse run on a shared machine
// moves by ten points and more; alternating runs show which differences are the page's.
// Run: `BENCH_BEFORE=<commit> npx tsx bench/lighthouse-ab.ts`.
import { build } from 'vite';
import { rmSync } from 'node:fs';
import { barLines, buildCommit, serve } from './browser';
import { runLighthouse } from './lighthouse';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rounds = Number(process.env.ROUNDS ?? 3);
await build({ configLoader: 'runner', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
const beforeDir = await buildCommit(process.env.BENCH_BEFORE ?? 'main');
const pages = [
  ['now', await serve('dist')],
  ['before', await serve(`${beforeDir}/dist`, { addCopies: true })],
] as const;
const scores: Record<string, { performance: number[]; accessibility: number[] }> = { now: { performance: [], accessibility: [] }, before: { performance: [], accessibility: [] } };
try {
  for (let i = 0; i < rounds; i++) {
    for (const [name, page] of pages) {
      const lh = await runLighthouse(page.url, CHROMIUM);
      scores[name]!.performance.push(lh.performance);
      scores[name]!.accessibility.push(lh.accessibility);
      console.log(`${name.padEnd(6)}  performance ${lh.performance}  accessibility ${lh.accessibility}  TBT ${lh.tbtMs} ms  FCP ${lh.fcpMs} ms  LCP ${lh.lcpMs} ms`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const now = scores.now!;
  const bars = barLines([
    [`Lighthouse mobile performance ≥ 95 (median of ${rounds})`, median(now.performance), median(now.performance) >= 95],
    [`Lighthouse mobile accessibility ≥ 98 (median of ${rounds})`, median(now.accessibility), median(now.accessibility) >= 98],
  ]);
  for (const [k, v] of Object.entries(bars)) console.log(`${k}  ${v}`);
} finally {
  for (const [, page] of pages) await page.server.close();
  rmSync(beforeDir, { recursive: true, force: true });
}
