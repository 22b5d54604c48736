// Where a cold load's time goes before the first answerable question (issue 24): serves the built
// game (dist/, run `npm run build` first) as the bench does, loads `?autostart=classic` in fresh
// contexts, and prints (median over the loads) the requests with their start and end, and the
// main thread's top-level trace events (parse, compile, evaluate, style, layout, paint) before the
// `first-question-answerable` mark, beside the floor page's load in the same run.
// `npx tsx bench/cold-profile.ts [loads] [cpu-slowdown]`.
import { chromium, type Browser } from 'playwright-core';
import { serve } from './browser';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOADS = Number(process.argv[2] ?? 7);
const SLOWDOWN = Number(process.argv[3] ?? 1);
// TRACE=0: resource timings only (tracing itself slows the page and the host).
const TRACE = process.env.TRACE !== '0';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; name?: string; message?: string } } }

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : Number.NaN;
};

async function load(browser: Browser, url: string, mark: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (SLOWDOWN > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  if (TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000, polling: 20 });
  const markMs = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
  const resources = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ name: r.name.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js'), start: r.startTime, end: r.responseEnd })),
  );
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { responseEnd: n.responseEnd, domInteractive: n.domInteractive, dcl: n.domContentLoadedEventEnd };
  });
  const trace = TRACE ? (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }) : { traceEvents: [] };
  await context.close();
  // The renderer's main thread: where the mark was recorded.
  const markEvent = trace.traceEvents.find((e) => e.name === mark);
  const navStart = trace.traceEvents.find((e) => e.name === 'navigationStart' && e.pid === markEvent?.pid);
  const main = trace.traceEvents.filter((e) => e.pid === markEvent?.pid && e.tid === markEvent?.tid && e.ph === 'X' && e.dur !== undefined);
  const byName: Record<string, number> = {};
  let end = 0;
  const t0 = navStart?.ts ?? 0;
  const limit = t0 + markMs * 1000;
  const top = main.filter((e) => e.name === 'RunTask' && e.ts < limit);
  for (const task of top) {
    const inner = main.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur! && e.name !== 'RunTask');
    for (const e of inner) {
      // Only direct-ish kinds worth naming; nested events double count, so take the outermost per kind.
      const key = e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' ? `${e.name} ${(e.args?.data?.url ?? '').replace(/^.*\//, '')}` : e.name;
      byName[key] = (byName[key] ?? 0) + e.dur! / 1000;
    }
    end = Math.max(end, task.ts + task.dur!);
  }
  const busy = top.reduce((s, t) => s + Math.min(t.dur!, limit - t.ts) / 1000, 0);
  return { markMs, resources, nav, byName, busy };
}

async function main() {
  const app = await serve(process.env.DIST ?? 'dist');
  const floor = await serve('bench/floor');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    await load(browser, `${app.url}?autostart=classic`, 'first-question-answerable');
    const runs: Awaited<ReturnType<typeof load>>[] = [];
    const floors: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      floors.push((await load(browser, floor.url, 'floor-question-answerable')).markMs);
      runs.push(await load(browser, `${app.url}?autostart=classic`, 'first-question-answerable'));
    }
    const f = median(floors);
    const g = median(runs.map((r) => r.markMs));
    console.log(`floor ${f.toFixed(1)} ms, game ${g.toFixed(1)} ms: ${(g / f).toFixed(2)}× (median of ${LOADS}, CPU ×${SLOWDOWN})`);
    console.log(`main-thread busy before the mark: ${median(runs.map((r) => r.busy)).toFixed(1)} ms`);
    console.log(`nav responseEnd ${median(runs.map((r) => r.nav.responseEnd)).toFixed(1)}, domInteractive ${median(runs.map((r) => r.nav.domInteractive)).toFixed(1)}, DCL end ${median(runs.map((r) => r.nav.dcl)).toFixed(1)}`);
    const names = new Set(runs.flatMap((r) => r.resources.map((x) => x.name)));
    for (const n of names) {
      const rs = runs.map((r) => r.resources.find((x) => x.name === n)).filter((x) => x !== undefined);
      console.log(`  ${n.padEnd(40)} start ${median(rs.map((x) => x.start)).toFixed(1).padStart(7)}  end ${median(rs.map((x) => x.end)).toFixed(1).padStart(7)}  (${rs.length}/${runs.length})`);
    }
    const keys = new Set(runs.flatMap((r) => Object.keys(r.byName)));
    const rows = [...keys].map((k) => [k, median(runs.map((r) => r.byName[k] ?? 0))] as const).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]);
    for (const [k, v] of rows.slice(0, 40)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  } finally {
    await browser.close();
    await Promise.all([app.server.close(), floor.server.close()]);
  }
}

void main();
