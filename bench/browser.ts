// Browser benchmark (issue 13): builds the game, serves it on 127.0.0.1 beside a floor page (one
// question in plain HTML, bench/floor) and a bare Phaser page (bench/bare), and measures in
// Debian's Chromium:
//   - sizes: the JS before the first question, the app's own part, the largest JS file (from the
//     build's budget report, build/budgets.ts), the sound sprite;
//   - cold load: navigation → first question answerable (`?autostart=classic`), median of
//     interleaved fresh-context loads of floor, bare Phaser and game (target ≤ 2× the floor);
//   - layout shift: every layout-shift entry from the first paint to 6 s after the first input,
//     summed, on the menu at a phone's and a laptop's size (target 0: the engine moves nothing);
//   - idle: canvas frames drawn and main-thread task time over 5 s on a settled menu and on a
//     Relaxed question waiting for an answer (target: no frames);
//   - Lighthouse 12 mobile performance and accessibility (targets ≥ 95, ≥ 98);
//   - frame rate while answer animations play (target ≥ 55 fps);
//   - JS object bytes in a heap snapshot after 1 and after 20 rounds (target within 5 %).
// BENCH_BEFORE=<commit> also builds that commit (git archive into a temporary folder) and
// measures it in the same run, interleaved, for before/after ratios.
// Run alone: `npx tsx bench/browser.ts` (`BENCH_ONLY=cold` for sizes and cold loads alone);
// bench/run.ts calls runBrowserBench().
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { build } from 'vite';
import { REPORT_PATH, type BudgetReport } from '../build/budgets';
import { precompressDir } from '../build/precompress';
import { runLighthouse } from './lighthouse';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const COLD_LOADS = 21;
const IDLE_MS = 5000;
const VIEWPORT = { width: 1280, height: 720 };
// tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(); give the page one.
const NAME_SHIM = 'window.__name = (f) => f';
const FIRST_QUESTION = 'first-question-answerable';
const MARK_LOG = 'bench-mark ';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** One plain line per target of issue 24: the figure, then "met" or "NOT MET" (the lead reads these first). */
export function barLines(bars: [target: string, figure: number | string, met: boolean][]): Record<string, string> {
  return Object.fromEntries(bars.map(([target, figure, met]) => [`BAR ${target}`, `${figure}  ${met ? 'met' : 'NOT MET'}`]));
}
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * A static host as the game is deployed (server/app.ts's @fastify/static): files sent as they
 * are, brotli copies beside them (build/precompress.ts), nothing compressed per request. The game's
 * build writes its copies itself; the bare page and an older commit's build get them here, so the
 * ratios compare pages, not servers; the floor (one small file in the source tree) is sent as it is.
 */
export async function serve(dir: string, { addCopies = false } = {}): Promise<{ server: { close(): Promise<void> }; url: string }> {
  const root = resolve(ROOT, dir);
  if (addCopies) precompressDir(root);
  const app = Fastify();
  await app.register(fastifyStatic, { root, preCompressed: true });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address() as AddressInfo;
  return { server: { close: () => app.close() }, url: `http://127.0.0.1:${address.port}/` };
}

async function freshPage(browser: Browser, viewport = VIEWPORT): Promise<{ context: BrowserContext; page: Page }> {
  // No service worker: every load here is a first visit.
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  await context.addInitScript(NAME_SHIM);
  return { context, page: await context.newPage() };
}

/**
 * ms from navigation start to a performance mark, in a fresh (cold-cache) context. The page
 * reports the mark itself (a PerformanceObserver logging it): polling for it with
 * waitForFunction would evaluate Playwright's injected script (~20 ms of main thread) in the
 * middle of the game's start-up, a cost the floor page, marked while its HTML is parsed, never pays.
 */
async function coldLoad(browser: Browser, url: string, mark: string): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    await context.addInitScript(
      `new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === ${JSON.stringify(mark)}) console.debug('${MARK_LOG}' + e.startTime); }).observe({ type: 'mark', buffered: true });`,
    );
    const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(MARK_LOG), timeout: 30_000 });
    await page.goto(url, { waitUntil: 'commit' });
    return Number((await reported).text().slice(MARK_LOG.length));
  } finally {
    await context.close();
  }
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Canvas frames drawn (when the page reports them) and main-thread task ms over IDLE_MS of a settled screen. */
async function idle(browser: Browser, url: string, ready: (page: Page) => Promise<void>): Promise<{ frames: number | null; taskMs: number }> {
  const { context, page } = await freshPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await ready(page);
    await page.waitForTimeout(3000);
    const frames = () => page.evaluate(() => (window.__trivia as { frames?: () => { drawn: number } } | undefined)?.frames?.().drawn ?? null);
    const [f0, t0] = [await frames(), await taskMs(cdp)];
    await page.waitForTimeout(IDLE_MS);
    const [f1, t1] = [await frames(), await taskMs(cdp)];
    return { frames: f0 === null || f1 === null ? null : f1 - f0, taskMs: round1(t1 - t0) };
  } finally {
    await context.close();
  }
}

/**
 * The engine (Phaser's scenes) comes at the player's first input (src/boot/engine.ts): move the
 * mouse as a player does and wait until its scenes have adopted the screens (or `timeout` passes:
 * it waits for a timed question's answer).
 */
async function withCanvas(page: Page, timeout = 20_000): Promise<boolean> {
  await page.mouse.move(2, 2);
  return page
    .waitForFunction(() => document.getElementById('ui')?.dataset.engine === 'up', undefined, { timeout })
    .then(
      () => true,
      () => false,
    );
}

const onMenu = (page: Page) => page.waitForFunction(() => window.__trivia?.uiStore.getState().screen === 'menu', undefined, { timeout: 30_000 }).then(() => undefined);
const asking = (page: Page) => page.waitForFunction(() => window.__trivia?.roundStore.getState().round?.phase === 'asking', undefined, { timeout: 30_000 }).then(() => undefined);

/**
 * requestAnimationFrame deltas (ms) for a second after `start` runs in the page: what the browser
 * managed to show while the animations it started played.
 */
const FRAME_DELTAS_SCRIPT = (start: () => void) =>
  new Promise<number[]>((done) => {
    start();
    const deltas: number[] = [];
    let last = -1;
    let t0 = -1;
    const step = (t: number) => {
      if (t0 < 0) t0 = t;
      else deltas.push(t - last);
      last = t;
      if (t - t0 < 1000) requestAnimationFrame(step);
      else done(deltas);
    };
    requestAnimationFrame(step);
  });

/** Per-frame rates from frame deltas: median and 5th percentile (the slow frames), fps. */
function frameRates(deltas: number[]): { median: number; p5: number } {
  const fps = deltas.filter((d) => d > 0).map((d) => 1000 / d).sort((a, b) => a - b);
  return { median: round1(median(fps)), p5: round1(fps[Math.floor(fps.length * 0.05)] ?? Number.NaN) };
}

/**
 * The machine's own frame rate in the same run: a plain CSS animation (a box sliding and fading,
 * composited) on the floor page, measured like the game's answer animations. On a machine shared
 * with other work, the game's figure means something only beside this one.
 */
async function referenceFps(browser: Browser, floorUrl: string): Promise<number[]> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(floorUrl);
    const deltas: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(400);
      const frame = await page.evaluate<number[]>(
          `(${FRAME_DELTAS_SCRIPT.toString()})(() => {
            document.getElementById('bench-ref')?.remove();
            const box = document.createElement('div');
            box.id = 'bench-ref';
            box.textContent = '✓ Right!';
            box.style.cssText = 'position:fixed;left:10px;top:10px;padding:1em;background:#125c37;font:700 24px system-ui;animation:bench-ref 0.6s ease-out 2 alternate';
            const style = document.createElement('style');
            style.textContent = '@keyframes bench-ref { from { transform: translateX(0) scale(0.6); opacity: 0 } to { transform: translateX(300px) scale(1); opacity: 1 } }';
            document.head.append(style);
            document.body.append(box);
          })`,
      );
      deltas.push(...frame);
    }
    return deltas;
  } finally {
    await context.close();
  }
}

/** Answer right (confetti, ✓ pop, tweens) and record animation frame deltas for a second, five times. */
async function answerFps(browser: Browser, appUrl: string): Promise<number[]> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${appUrl}?autostart=classic`);
    await asking(page);
    // The DOM draws the first question; the canvas is fetched at the first answer and draws the
    // next. Sound is set up ~1 s after the first question (create-game.ts). Measure after both.
    await page.mouse.move(2, 2);
    await page.evaluate(() => {
      const r = window.__trivia!.roundStore.getState().round!;
      (document.querySelector(`[data-testid="answer-${r.questions[0]!.answer}"]`) as HTMLButtonElement).click();
    });
    // Phaser is fetched while the answer shows (no clock runs then); the next question is its.
    await page.waitForFunction(() => document.querySelector('#game canvas') !== null, undefined, { timeout: 20_000 });
    await page.keyboard.press('Enter');
    if (!(await withCanvas(page))) throw new Error('bench: the canvas did not take over the second question');
    await page.waitForTimeout(2500);
    const samples: number[] = [];
    for (let i = 1; i <= 5; i++) {
      await page.waitForFunction((n) => {
        const r = window.__trivia?.roundStore.getState().round;
        return r?.phase === 'asking' && r.index === n;
      }, i);
      await page.waitForTimeout(400);
      const deltas = await page.evaluate<number[]>(
        `(${FRAME_DELTAS_SCRIPT.toString()})(() => {
          const r = window.__trivia.roundStore.getState().round;
          document.querySelector('[data-testid="answer-' + r.questions[r.index].answer + '"]').click();
        })`,
      );
      samples.push(...deltas);
      await page.keyboard.press('Enter');
    }
    return samples;
  } finally {
    await context.close();
  }
}

/**
 * Every layout-shift entry (with recent input or not) from the first paint of the menu until 6 s
 * after the player's first input (a mouse move, which fetches the engine), summed.
 */
async function layoutShift(browser: Browser, appUrl: string, viewport: { width: number; height: number }): Promise<number> {
  const { context, page } = await freshPage(browser, viewport);
  try {
    await context.addInitScript(
      'window.__shift = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; }).observe({ type: "layout-shift", buffered: true });',
    );
    await page.goto(appUrl);
    await onMenu(page);
    await page.waitForTimeout(1000);
    if (!(await withCanvas(page))) throw new Error('bench: the engine did not come');
    await page.waitForTimeout(6000);
    return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  } finally {
    await context.close();
  }
}

/**
 * What the deferred canvas costs when it comes: from the first input on the DOM's menu (a mouse
 * move) until the canvas draws the menu, at Lighthouse's mobile CPU slowdown (4×): the long tasks
 * (over 50 ms) and their blocking time (each one's part over 50 ms), as Lighthouse would count them.
 */
async function canvasStartUp(browser: Browser, appUrl: string): Promise<{ ms: number; longTasks: number; longestMs: number; blockingMs: number }> {
  const { context, page } = await freshPage(browser, { width: 412, height: 823 });
  try {
    await context.addInitScript(
      'window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: "longtask" });',
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(appUrl);
    await onMenu(page);
    await page.waitForTimeout(3000);
    const t0 = await page.evaluate(() => performance.now());
    if (!(await withCanvas(page, 60_000))) throw new Error('bench: the canvas did not take over the menu');
    const t1 = await page.evaluate(() => performance.now());
    const tasks = (await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)).filter(([start]) => start >= t0 && start <= t1);
    const durations = tasks.map(([, d]) => d);
    return {
      ms: round1(t1 - t0),
      longTasks: durations.length,
      longestMs: round1(Math.max(0, ...durations)),
      blockingMs: round1(durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
    };
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

/**
 * Self sizes in a V8 heap snapshot, summed by node type. "JS objects" are what the page's code
 * allocates: objects, closures, arrays, strings, numbers, regexps, symbols, bigints. Left out:
 * compiled code and V8's hidden internals (feedback, bytecode: they grow as the JIT warms up),
 * object shapes (maps), and native (DOM, canvas) and synthetic nodes.
 */
const JS_OBJECT_TYPES = new Set(['object', 'closure', 'array', 'string', 'concatenated string', 'sliced string', 'regexp', 'number', 'heap number', 'symbol', 'bigint']);

async function jsObjectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (JS_OBJECT_TYPES.has(types[snapshot.nodes[i + typeAt]!]!)) bytes += snapshot.nodes[i + sizeAt]!;
  }
  return bytes;
}

async function heapGrowth(browser: Browser, appUrl: string): Promise<{ after1: number; after20: number }> {
  const { context, page } = await freshPage(browser, { width: 800, height: 600 });
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(`${appUrl}?autostart=classic`);
    await asking(page);
    await playRoundsInPage(page, 1);
    await page.waitForTimeout(2000); // let the results flourish end
    const after1 = await jsObjectBytes(cdp);
    await playRoundsInPage(page, 19);
    await page.waitForTimeout(2000);
    const after20 = await jsObjectBytes(cdp);
    return { after1, after20 };
  } finally {
    await context.close();
  }
}

/** gzip KB of every JS file in a build, and of the Phaser chunk. */
function jsTotals(outDir: string): { allKb: number; phaserKb: number } {
  const dir = resolve(ROOT, outDir, 'assets');
  let all = 0;
  let phaser = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const size = gzipSync(readFileSync(resolve(dir, file)), { level: 9 }).length;
    all += size;
    if (file.startsWith('phaser-')) phaser += size;
  }
  return { allKb: round1(all / 1024), phaserKb: round1(phaser / 1024) };
}

function spriteKb(outDir: string): { kb: number; files: string } {
  const dir = resolve(ROOT, outDir, 'assets');
  const files = readdirSync(dir).filter((f) => /^sfx-.*\.(wav|opus|mp3|ogg|webm)$/.test(f));
  const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return { kb: round1(bytes / 1024), files: files.map((f) => f.replace(/-[^-.]+\./, '.')).join(' + ') };
}

/** Build another commit of this repository (for "before" figures), with this checkout's node_modules. */
export async function buildCommit(commit: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'trivia-before-'));
  execFileSync('bash', ['-c', `git -C "${ROOT}" archive "${commit}" | tar -x -C "${dir}"`]);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // Module ids keep the symlinked path, so a build plugin that names node_modules files by their
  // path under the checkout (build/lean-phaser.ts) still finds them.
  await build({ configLoader: 'runner', root: dir, configFile: join(dir, 'vite.config.ts'), logLevel: 'warn', resolve: { preserveSymlinks: true }, build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
  return dir;
}

export async function runBrowserBench(): Promise<Record<string, number | string>> {
  await build({ configLoader: 'runner', root: ROOT, logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  await build({
    root: resolve(ROOT, 'bench/bare'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(ROOT, 'dist-bare'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  });
  const beforeCommit = process.env.BENCH_BEFORE;
  const beforeDir = beforeCommit ? await buildCommit(beforeCommit) : null;
  const budgets = JSON.parse(readFileSync(resolve(ROOT, 'dist', REPORT_PATH), 'utf8')) as BudgetReport & { budgets: { firstLoadKb: number; appKb: number; fileKb: number } };
  const app = await serve('dist');
  const bare = await serve('dist-bare', { addCopies: true });
  const floor = await serve('bench/floor');
  const before = beforeDir ? await serve(join(beforeDir, 'dist'), { addCopies: true }) : null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const pages: { name: string; url: string; mark: string }[] = [
      { name: 'floor', url: floor.url, mark: 'floor-question-answerable' },
      { name: 'bare', url: bare.url, mark: 'bare-scene-create' },
      { name: 'app', url: `${app.url}?autostart=classic`, mark: FIRST_QUESTION },
      ...(before ? [{ name: 'before', url: `${before.url}?autostart=classic`, mark: FIRST_QUESTION }] : []),
    ];
    // BENCH_ONLY=fps: the answer animations' frame rate and the reference beside it, alone.
    if (process.env.BENCH_ONLY === 'fps') {
      const game = frameRates(await answerFps(browser, app.url));
      const reference = frameRates(await referenceFps(browser, floor.url));
      const older = before ? frameRates(await answerFps(browser, before.url)) : null;
      return {
        'fps during answer animations, per frame: median / 5th percentile': `${game.median} / ${game.p5}`,
        'reference (plain CSS animation), median / 5th percentile': `${reference.median} / ${reference.p5}`,
        ...(older ? { 'before: fps during answer animations, median / 5th percentile': `${older.median} / ${older.p5}` } : {}),
        ...barLines([fpsBar(game, reference)]),
      };
    }
    // Warm the OS file cache and the servers once, then alternate cold loads so drift hits all.
    for (const p of pages) await coldLoad(browser, p.url, p.mark);
    const loads: Record<string, number[]> = Object.fromEntries(pages.map((p) => [p.name, []]));
    for (let i = 0; i < COLD_LOADS; i++) for (const p of pages) loads[p.name]!.push(await coldLoad(browser, p.url, p.mark));
    const ms = (name: string) => median(loads[name] ?? [Number.NaN]);
    // BENCH_ONLY=cold: the sizes and the cold loads alone (a minute, for trying a change).
    if (process.env.BENCH_ONLY === 'cold') {
      return {
        'JS before the first question, gzip KB (target ≤ 60)': budgets.firstLoad.gzipKb,
        [`cold load, floor / bare Phaser / game, ms (median of ${COLD_LOADS})`]: `${round1(ms('floor'))} / ${round1(ms('bare'))} / ${round1(ms('app'))}`,
        'game / floor (target ≤ 2)': ratio(ms('app'), ms('floor')),
        ...(before ? { 'before, ms': round1(ms('before')), 'before / floor': ratio(ms('before'), ms('floor')), 'now / before': ratio(ms('app'), ms('before')) } : {}),
        ...barLines([
          ['cold first question ≤ 2× the floor page, same run', ratio(ms('app'), ms('floor')), ratio(ms('app'), ms('floor')) <= 2],
          ['JS before the first question ≤ 60 KB gzip', budgets.firstLoad.gzipKb, budgets.firstLoad.gzipKb <= 60],
        ]),
      };
    }

    // The page as first drawn (the DOM's menu; no input, so no canvas), then as played (canvas).
    const idleDomMenu = await idle(browser, app.url, onMenu);
    const idleMenu = await idle(browser, app.url, async (page) => {
      await onMenu(page);
      if (!(await withCanvas(page))) throw new Error('bench: the canvas did not take over the menu');
    });
    const idleRelaxed = await idle(browser, `${app.url}?autostart=relaxed`, async (page) => {
      await asking(page);
      await withCanvas(page, 5000);
    });
    const startUp = await canvasStartUp(browser, app.url);
    const shiftPhone = await layoutShift(browser, app.url, { width: 412, height: 823 });
    const shiftLaptop = await layoutShift(browser, app.url, { width: 1366, height: 768 });
    const idleMenuBefore = before ? await idle(browser, before.url, onMenu) : null;
    const fps = frameRates(await answerFps(browser, app.url));
    const fpsReference = frameRates(await referenceFps(browser, floor.url));
    const heap = await heapGrowth(browser, app.url);
    let lighthouse: Record<string, number | string>;
    let lighthouseBars: [string, number | string, boolean][];
    try {
      const lh = await runLighthouse(app.url, CHROMIUM);
      lighthouseBars = [
        ['Lighthouse mobile performance ≥ 95', lh.performance, lh.performance >= 95],
        ['Lighthouse mobile accessibility ≥ 98', lh.accessibility, lh.accessibility >= 98],
      ];
      const lhBefore = before ? await runLighthouse(before.url, CHROMIUM) : null;
      lighthouse = {
        'Lighthouse 12 mobile performance (target ≥ 95)': lh.performance,
        'Lighthouse 12 mobile accessibility (target ≥ 98)': lh.accessibility,
        'Lighthouse TBT / LCP / FCP, ms': `${lh.tbtMs} / ${lh.lcpMs} / ${lh.fcpMs}`,
        ...(lhBefore
          ? {
              'before: Lighthouse performance / accessibility': `${lhBefore.performance} / ${lhBefore.accessibility}`,
              'before: Lighthouse TBT / LCP / FCP, ms': `${lhBefore.tbtMs} / ${lhBefore.lcpMs} / ${lhBefore.fcpMs}`,
            }
          : {}),
      };
    } catch (error) {
      lighthouse = { 'Lighthouse 12': `could not run: ${error instanceof Error ? error.message : String(error)}` };
      lighthouseBars = [['Lighthouse mobile performance ≥ 95 and accessibility ≥ 98', 'not run', false]];
    }
    const sprite = spriteKb('dist');
    const totals = jsTotals('dist');
    const beforeTotals = beforeDir ? jsTotals(join(beforeDir, 'dist')) : null;
    const beforeSprite = beforeDir ? spriteKb(join(beforeDir, 'dist')) : null;
    const appMs = ms('app');
    const floorMs = ms('floor');
    return {
      'JS before the first question, gzip KB (target ≤ 60)': budgets.firstLoad.gzipKb,
      "app's own JS in it, gzip KB (target ≤ 60)": budgets.app.gzipKb,
      'largest JS file, gzip KB (target ≤ 260)': `${budgets.largest.gzipKb} (${budgets.largest.file.replace(/^assets\//, '').replace(/-[^-.]+\.js$/, '.js')})`,
      'Phaser chunk / every JS file, gzip KB': `${totals.phaserKb} / ${totals.allKb}`,
      ...(beforeTotals ? { 'before: Phaser chunk / every JS file, gzip KB': `${beforeTotals.phaserKb} / ${beforeTotals.allKb}` } : {}),
      'sound sprite, KB (target ≤ 40)': `${sprite.kb} (${sprite.files})`,
      ...(beforeSprite ? { 'before: sound sprite, KB': `${beforeSprite.kb} (${beforeSprite.files})` } : {}),
      [`cold load, floor page (one question in HTML), ms (median of ${COLD_LOADS})`]: round1(floorMs),
      [`cold load, bare Phaser page, ms (median of ${COLD_LOADS})`]: round1(ms('bare')),
      [`cold load, game to first question, ms (median of ${COLD_LOADS})`]: round1(appMs),
      'game / floor (target ≤ 2)': ratio(appMs, floorMs),
      'game / bare Phaser page': ratio(appMs, ms('bare')),
      ...(before ? { [`before: game to first question, ms`]: round1(ms('before')), 'before / floor': ratio(ms('before'), floorMs), 'now / before': ratio(appMs, ms('before')) } : {}),
      [`idle menu before any input (DOM-drawn): main-thread task ms in ${IDLE_MS / 1000} s`]: idleDomMenu.taskMs,
      [`idle menu (canvas): canvas frames drawn in ${IDLE_MS / 1000} s (target 0)`]: idleMenu.frames ?? 'n/a',
      [`idle menu (canvas): main-thread task ms in ${IDLE_MS / 1000} s`]: idleMenu.taskMs,
      ...(idleMenuBefore ? { [`before: idle menu main-thread task ms in ${IDLE_MS / 1000} s`]: idleMenuBefore.taskMs } : {}),
      [`Relaxed question waiting: frames / task ms in ${IDLE_MS / 1000} s`]: `${idleRelaxed.frames ?? 'n/a'} / ${idleRelaxed.taskMs}`,
      ...lighthouse,
      'Lighthouse never gives input, so it measures the page before the canvas (fetched at the first input):': '',
      'canvas start-up after the first input at 4× CPU: ms to drawn / long tasks / longest ms / blocking ms': `${startUp.ms} / ${startUp.longTasks} / ${startUp.longestMs} / ${startUp.blockingMs}`,
      'layout shift, menu, first paint to 6 s after the first input, 412×823 / 1366×768 (target 0)': `${shiftPhone.toFixed(4)} / ${shiftLaptop.toFixed(4)}`,
      'fps during answer animations, per frame: median / 5th percentile (target 60)': `${fps.median} / ${fps.p5}`,
      'reference, same run: a plain CSS animation on the floor page, median / 5th percentile fps': `${fpsReference.median} / ${fpsReference.p5}`,
      'JS object bytes (heap snapshot) after 1 / 20 rounds, KB': `${round1(heap.after1 / 1024)} / ${round1(heap.after20 / 1024)}`,
      'JS object growth 1→20 rounds, % (target ≤ 5)': round1((heap.after20 / heap.after1 - 1) * 100),
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      ...barLines([
        ['cold first question ≤ 2× the floor page, same run', ratio(appMs, floorMs), ratio(appMs, floorMs) <= 2],
        ['JS before the first question ≤ 60 KB gzip', budgets.firstLoad.gzipKb, budgets.firstLoad.gzipKb <= 60],
        ...lighthouseBars,
        ['layout shift 0, 412×823 and 1366×768', `${shiftPhone.toFixed(4)} / ${shiftLaptop.toFixed(4)}`, shiftPhone === 0 && shiftLaptop === 0],
        fpsBar(fps, fpsReference),
        ['JS object growth 1→20 rounds ≤ 5 %', round1((heap.after20 / heap.after1 - 1) * 100), heap.after20 / heap.after1 - 1 <= 0.05],
      ]),
    };
  } finally {
    await browser.close();
    await Promise.all([app.server.close(), bare.server.close(), floor.server.close(), before?.server.close()]);
    if (beforeDir && existsSync(beforeDir)) rmSync(beforeDir, { recursive: true, force: true });
  }
}

/**
 * 60 fps as this machine can show it, against a plain CSS animation in the same run: the game's
 * median frame rate within 5 % of the reference's, and its slow frames (5th percentile) no worse
 * than three quarters of the reference's (a median alone hides a stutter in every animation).
 */
function fpsBar(game: { median: number; p5: number }, reference: { median: number; p5: number }): [string, string, boolean] {
  return [
    '60 fps during answer animations (median ≥ 95 % and 5th percentile ≥ 75 % of the CSS reference, same run)',
    `median ${game.median} / ${reference.median}, 5th percentile ${game.p5} / ${reference.p5}`,
    game.median >= 0.95 * reference.median && game.p5 >= 0.75 * reference.p5,
  ];
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
