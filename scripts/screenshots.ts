// Screenshots of every screen (menu, How to play, Leaderboards, question, feedback, results, the
// share fallback) before the engine arrives and after, at 360×640, 390×844 (touch, 3×) and
// 1366×768, for a person to look at. "Before" holds the engine's chunks (Phaser, the scenes) in
// the network until the end, so every screen is the page as first drawn; "after" lets them in at
// the first input and waits until the scenes have adopted the screens.
// Run against a served game with its API (`npm start`, or PORT=… DATA_DIR=… npx tsx server/main.ts):
//   npx tsx scripts/screenshots.ts [http://127.0.0.1:8787/] [out-dir]
import { mkdirSync } from 'node:fs';
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8787/';
const out = process.argv[3] ?? 'test-artifacts/screens';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ENGINE_CHUNK = /\/assets\/(phaser|scenes|canvas-game)-[^/]+\.js$/;

const SIZES: { name: string; options: BrowserContextOptions }[] = [
  { name: '360x640', options: { viewport: { width: 360, height: 640 } } },
  { name: '390x844-touch-3x', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true } },
  { name: '1366x768', options: { viewport: { width: 1366, height: 768 } } },
];

const state = (page: Page) =>
  page.evaluate(() => {
    const r = window.__trivia?.roundStore.getState().round;
    return { screen: window.__trivia?.uiStore.getState().screen, phase: r?.phase, answer: r ? r.questions[r.index]?.answer : undefined };
  });

async function until(page: Page, check: (s: Awaited<ReturnType<typeof state>>) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check(await state(page))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`screenshots: waited 20 s for ${what}`);
}

async function press(page: Page, touch: boolean, locator: ReturnType<Page['locator']>): Promise<void> {
  if (touch) await locator.tap();
  else await locator.click();
}

async function run(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    for (const size of SIZES) {
      for (const engine of ['before', 'after'] as const) {
        const context = await browser.newContext({ ...size.options, serviceWorkers: 'block' });
        // The share sheet is missing on many desktops: show the fallback (copy, then a text box).
        await context.addInitScript('Object.defineProperty(navigator, "share", { value: undefined }); Object.defineProperty(navigator, "clipboard", { value: undefined });');
        const held: (() => void)[] = [];
        if (engine === 'before') await context.route(ENGINE_CHUNK, (route) => new Promise<void>((release) => held.push(() => void route.continue().then(release, release))));
        const page = await context.newPage();
        const touch = size.options.hasTouch === true;
        const shot = async (screen: string) => {
          await page.waitForTimeout(700);
          await page.screenshot({ path: `${out}/${screen}-${size.name}-${engine}.png` });
        };
        await page.goto(base);
        await until(page, (s) => s.screen === 'menu', 'the menu');
        await page.waitForTimeout(1500);
        await shot('menu');
        if (engine === 'after') {
          if (touch) await page.touchscreen.tap(2, 2);
          else await page.mouse.move(2, 2);
          await page.waitForFunction(() => document.getElementById('ui')?.dataset.engine === 'up', undefined, { timeout: 30_000 });
          await shot('menu-engine');
        }
        await press(page, touch, page.getByRole('button', { name: 'How to play' }));
        await shot('help');
        await page.keyboard.press('Escape');
        await press(page, touch, page.getByTestId('boards-open'));
        await shot('leaderboards');
        await page.keyboard.press('Escape');
        await press(page, touch, page.getByRole('button', { name: 'Play', exact: true }));
        await until(page, (s) => s.phase === 'asking', 'a question');
        await shot('question');
        for (let q = 0; ; q++) {
          const s = await state(page);
          if (s.phase === 'finished' || s.screen === 'results') break;
          if (s.phase === 'asking') {
            // Right answers, but the second one wrong: both feedbacks are seen.
            const pick = q === 1 ? ((s.answer ?? 0) + 1) % 4 : (s.answer ?? 0);
            await press(page, touch, page.getByTestId(`answer-${pick}`));
            await until(page, (n) => n.phase !== 'asking', 'the feedback');
            if (q < 2) await shot(q === 0 ? 'feedback-right' : 'feedback-wrong');
            await press(page, touch, page.getByRole('button', { name: /^(Continue|See results)$/ }));
            await page.waitForTimeout(150);
          } else await page.waitForTimeout(100);
        }
        await until(page, (s) => s.screen === 'results', 'the results');
        await page.waitForTimeout(1500);
        await shot('results');
        await press(page, touch, page.getByTestId('share'));
        await shot('share');
        for (const release of held) release();
        await context.close();
        console.log(`${size.name} ${engine}: done`);
      }
    }
  } finally {
    await browser.close();
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
