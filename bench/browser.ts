// Browser benchmark: builds the game and a bare Phaser page, serves both on 127.0.0.1 and
// measures, in real Chromium:
//   - cold load: navigation → first question answerable (`?autostart=classic`), median of 5
//     fresh contexts, against navigation → a bare Phaser scene's create (target ratio ≤ 1.3);
//   - frame rate while answer animations play (target ≥ 55 fps);
//   - gzip size of the app's own JS, Phaser apart (target ≤ 60 KB);
//   - JS heap after 20 rounds vs after 1, after forced GC (target within 10 %).
// Run alone: `npx tsx bench/browser.ts`; bench/run.ts calls runBrowserBench().
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const COLD_LOADS = 5;
const VIEWPORT = { width: 1280, height: 720 };
// tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(); give the page one.
const NAME_SHIM = 'window.__name = (f) => f';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({ root: ROOT, configFile: false, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

async function freshPage(browser: Browser, viewport = VIEWPORT): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(NAME_SHIM);
  return { context, page: await context.newPage() };
}

/** ms from navigation start to a performance mark, in a fresh (cold-cache) context. */
async function coldLoad(browser: Browser, url: string, mark: string): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime ?? null, mark, { timeout: 30_000, polling: 16 });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** Answer right (confetti, ✓ pop, tweens) and count animation frames for a second, five times. */
async function answerFps(browser: Browser, appUrl: string): Promise<number[]> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${appUrl}?autostart=classic`);
    await page.waitForFunction(() => window.__trivia?.roundStore.getState().round?.phase === 'asking', undefined, { timeout: 30_000 });
    // Sound is set up ~1 s after the first question (see create-game.ts): measure after that.
    await page.waitForTimeout(2500);
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.waitForFunction((n) => {
        const r = window.__trivia?.roundStore.getState().round;
        return r?.phase === 'asking' && r.index === n;
      }, i);
      await page.waitForTimeout(400);
      const fps = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            const r = window.__trivia!.roundStore.getState().round!;
            const right = r.questions[r.index]!.answer;
            (document.querySelector(`[data-testid="answer-${right}"]`) as HTMLButtonElement).click();
            let frames = 0;
            const t0 = performance.now();
            const step = (t: number) => {
              frames++;
              if (t - t0 < 1000) requestAnimationFrame(step);
              else done((frames * 1000) / (t - t0));
            };
            requestAnimationFrame(step);
          }),
      );
      samples.push(fps);
      await page.keyboard.press('Enter');
    }
    return samples;
  } finally {
    await context.close();
  }
}

/** Play whole rounds through the DOM controls, a frame or two between steps like a (fast) player. */
async function playRoundsInPage(page: Page, rounds: number): Promise<void> {
  await page.evaluate(async (n) => {
    const t = window.__trivia!;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const until = async (pred: () => boolean) => {
      for (let i = 0; i < 2000 && !pred(); i++) await frame();
      if (!pred()) throw new Error('bench: the game did not reach the expected state');
    };
    const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === text && !b.closest('[hidden]'));
    for (let k = 0; k < n; k++) {
      if (t.uiStore.getState().screen === 'results') button('Play again')!.click();
      await until(() => t.uiStore.getState().screen === 'quiz' && t.roundStore.getState().round?.phase === 'asking');
      for (;;) {
        const r = t.roundStore.getState().round!;
        if (r.phase === 'finished') break;
        if (r.phase === 'asking') {
          await frame();
          (document.querySelector(`[data-testid="answer-${r.questions[r.index]!.answer}"]`) as HTMLButtonElement).click();
        } else {
          await frame();
          // The last answer's button says See results.
          (button('Continue') ?? button('See results'))!.click();
        }
        await frame();
      }
      await until(() => t.uiStore.getState().screen === 'results');
    }
  }, rounds);
}

async function heapAfterGc(page: Page, context: BrowserContext): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

async function heapGrowth(browser: Browser, appUrl: string): Promise<{ after1: number; after10: number; after20: number }> {
  const { context, page } = await freshPage(browser, { width: 800, height: 600 });
  try {
    await page.goto(`${appUrl}?autostart=classic`);
    await page.waitForFunction(() => window.__trivia?.roundStore.getState().round?.phase === 'asking', undefined, { timeout: 30_000 });
    await playRoundsInPage(page, 1);
    await page.waitForTimeout(2000); // let the results flourish end
    const after1 = await heapAfterGc(page, context);
    await playRoundsInPage(page, 9);
    await page.waitForTimeout(2000);
    const after10 = await heapAfterGc(page, context);
    await playRoundsInPage(page, 10);
    await page.waitForTimeout(2000);
    const after20 = await heapAfterGc(page, context);
    return { after1, after10, after20 };
  } finally {
    await context.close();
  }
}

function jsSizes(outDir: string): { app: number; fallback: number; packs: number; phaser: number; files: string[] } {
  const dir = resolve(ROOT, outDir, 'assets');
  let app = 0;
  let fallback = 0;
  let packs = 0;
  let phaser = 0;
  const files: string[] = [];
  const packIds = readdirSync(resolve(ROOT, 'questions')).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => f.slice(0, -5));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const size = gzipSync(readFileSync(resolve(dir, file)), { level: 9 }).length;
    files.push(`${file}:${size}`);
    if (file.startsWith('phaser-')) phaser += size;
    else if (packIds.some((id) => file.startsWith(`${id}-`))) packs += size;
    else {
      app += size;
      // Only loaded when the pack worker cannot run (it duplicates the worker's code).
      if (file.startsWith('inline-pack-service-') || file.startsWith('pack-sources-')) fallback += size;
    }
  }
  return { app, fallback, packs, phaser, files };
}

export async function runBrowserBench(): Promise<Record<string, number | string>> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  await build({
    root: resolve(ROOT, 'bench/bare'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(ROOT, 'dist-bare'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  });
  const app = await serve('dist');
  const bare = await serve('dist-bare');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // Warm the OS file cache and the servers once, then alternate cold loads so drift hits both.
    await coldLoad(browser, `${bare.url}`, 'bare-scene-create');
    await coldLoad(browser, `${app.url}?autostart=classic`, 'first-question-answerable');
    const appLoads: number[] = [];
    const bareLoads: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      bareLoads.push(await coldLoad(browser, bare.url, 'bare-scene-create'));
      appLoads.push(await coldLoad(browser, `${app.url}?autostart=classic`, 'first-question-answerable'));
    }
    const fps = await answerFps(browser, app.url);
    const heap = await heapGrowth(browser, app.url);
    const sizes = jsSizes('dist');
    const appMs = median(appLoads);
    const bareMs = median(bareLoads);
    return {
      'cold load to first question, ms (median of 5)': round1(appMs),
      'cold load bare Phaser scene, ms (median of 5)': round1(bareMs),
      'cold load ratio app/bare (target ≤ 1.3)': Math.round((appMs / bareMs) * 100) / 100,
      'fps during answer animations, median (target ≥ 55)': round1(median(fps)),
      'fps during answer animations, worst': round1(Math.min(...fps)),
      'app JS gzip KB, Phaser apart, all files (target ≤ 60)': round1(sizes.app / 1024),
      'app JS gzip KB loaded on a normal start (no fallback)': round1((sizes.app - sizes.fallback) / 1024),
      'pack data JS gzip KB': round1(sizes.packs / 1024),
      'Phaser chunk gzip KB': round1(sizes.phaser / 1024),
      'JS heap after 1 round, MB': round1(heap.after1 / 1048576),
      'JS heap after 20 rounds, MB': round1(heap.after20 / 1048576),
      'heap growth 1→20 rounds, % (target ≤ 10)': round1((heap.after20 / heap.after1 - 1) * 100),
      // Rounds 10→20 show whether growth goes on (a leak) or flattens (JIT code, font caches).
      'heap growth 10→20 rounds, %': round1((heap.after20 / heap.after10 - 1) * 100),
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
    };
  } finally {
    await browser.close();
    await app.server.close();
    await bare.server.close();
  }
}

export function printTable(figures: Record<string, number | string>): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(width)}  ${v}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBrowserBench().then(printTable, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
