// Real Chromium (Debian's /usr/bin/chromium) through playwright-core, plus helpers to drive the
// game the way a player does: buttons, keys, taps and clicks where a control is drawn.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { RoundConfig, RoundState } from '../../src/domain/round';
import type { Question } from '../../src/domain/questions/types';
import type { Rect, Screen } from '../../src/state/ui-store';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** One Chromium per test file, launched before its tests and closed after: returns `newPage` on it. */
export function useBrowser(): (options?: BrowserContextOptions) => ReturnType<typeof newPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (options) => {
    if (!browser) throw new Error('the browser starts in beforeAll');
    return newPage(browser, options);
  };
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // The game registers an offline service worker; requests it answers bypass `page.route`, so
  // tests get none unless they ask (`serviceWorkers: 'allow'`, as the offline test does).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}/${name}.png`;
}

/** What tests read through the read-only debug handle. */
export interface RoundSnapshot {
  config: RoundConfig;
  questions: Question[];
  history: RoundState['history'];
  phase: RoundState['phase'];
  index: number;
  score: number;
  lives: number | null;
  streak: number;
  correctCount: number;
  bestStreak: number;
  removed: number[];
}

export async function round(page: Page): Promise<RoundSnapshot | null> {
  return page.evaluate(() => {
    const r = window.__trivia?.roundStore.getState().round;
    if (!r) return null;
    return {
      config: r.config,
      questions: r.questions,
      history: r.history,
      phase: r.phase,
      index: r.index,
      score: r.score,
      lives: r.lives,
      streak: r.streak,
      correctCount: r.correctCount,
      bestStreak: r.bestStreak,
      removed: r.removed,
    };
  });
}

export async function screen(page: Page): Promise<Screen | undefined> {
  return page.evaluate(() => window.__trivia?.uiStore.getState().screen);
}

export async function waitForScreen(page: Page, target: Screen, timeout = 20_000): Promise<void> {
  await page.waitForFunction((t) => window.__trivia?.uiStore.getState().screen === t, target, { timeout });
}

/**
 * The game engine (Phaser's scenes) comes at the player's first input (src/boot/engine.ts): do
 * what a player does first, a touch on the page or a mouse move over it, and wait until its
 * scenes have adopted the screens.
 */
export async function engineUp(page: Page, touch = false): Promise<void> {
  if (touch) await page.touchscreen.tap(1, 1);
  else await page.mouse.move(1, 1);
  await page.waitForFunction(() => document.getElementById('ui')?.dataset.engine === 'up', undefined, { timeout: 20_000 });
}

/** Phaser has booted (its canvas is in the page), whether or not it draws the screen yet. */
export async function canvasBooted(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#game canvas') !== null, undefined, { timeout: 20_000 });
}

/** The engine has not arrived yet (the screens are the same either way). */
export const enginePending = (page: Page): Promise<boolean> => page.evaluate(() => document.getElementById('ui')?.dataset.engine !== 'up');

/** Wait until the view has published where a control is (relative to the page). */
export async function controlRect(page: Page, id: string, timeout = 10_000): Promise<Rect> {
  const handle = await page.waitForFunction((key) => window.__trivia?.uiStore.getState().controls[key] ?? null, id, { timeout });
  return (await handle.jsonValue()) as Rect;
}

export async function waitForPhase(page: Page, phase: RoundState['phase'], index?: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ([p, i]) => {
      const r = window.__trivia?.roundStore.getState().round;
      return !!r && r.phase === p && (i === null || r.index === i);
    },
    [phase, index ?? null] as const,
    { timeout },
  );
}

/** Let a couple of frames render (the canvas draws on requestAnimationFrame). */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );
}

export type AnswerVia = 'key-digit' | 'key-letter' | 'dom' | 'tap';

/** The index a test wants to pick for the current question. */
export type Chooser = (snapshot: RoundSnapshot) => number;

export const pickRight: Chooser = (r) => r.questions[r.index]!.answer;
export const pickWrong: Chooser = (r) => {
  const q = r.questions[r.index]!;
  return q.options.findIndex((_, i) => i !== q.answer && !r.removed.includes(i));
};

/** Answer the current question the way a player would, and wait for the feedback. */
export async function answer(page: Page, choose: Chooser, via: AnswerVia): Promise<number> {
  const r = await round(page);
  if (!r || r.phase !== 'asking') throw new Error(`not asking (phase ${r?.phase})`);
  const choice = choose(r);
  if (via === 'key-digit') await page.keyboard.press(String(choice + 1));
  else if (via === 'key-letter') await page.keyboard.press('abcd'[choice]!);
  else if (via === 'dom') {
    const button = page.getByTestId(`answer-${choice}`);
    await button.focus();
    await page.keyboard.press('Enter');
  } else {
    const rect = await controlRect(page, `answer:${choice}`);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  }
  await page.waitForFunction((n) => (window.__trivia?.roundStore.getState().round?.history.length ?? 0) >= n, r.history.length + 1, { timeout: 10_000 });
  return choice;
}

/** Leave the feedback: Enter (focus sits on Continue), Space, or a click where Continue is drawn. */
export async function proceed(page: Page, via: 'enter' | 'space' | 'tap'): Promise<void> {
  const before = await round(page);
  if (!before || before.phase !== 'feedback') throw new Error(`not in feedback (phase ${before?.phase})`);
  // A real click on Continue as the page shows it: Playwright waits until the button has stopped
  // animating in and scrolls it into view, as a player would; a rect published while it was still
  // moving could miss it.
  if (via === 'tap') await page.getByRole('button', { name: /^(Continue|See results)$/ }).click();
  else await page.keyboard.press(via === 'enter' ? 'Enter' : ' ');
  await page.waitForFunction(
    (i) => {
      const r = window.__trivia?.roundStore.getState().round;
      return !r || r.phase === 'finished' || (r.phase === 'asking' && r.index > i);
    },
    before.index,
    { timeout: 10_000 },
  ).catch(async (error: unknown) => {
    // Say where the page was, so a stall in CI can be told from a slow machine.
    const where = await page.evaluate(() => {
      const r = window.__trivia?.roundStore.getState().round;
      const focused = document.activeElement as HTMLElement | null;
      return `phase ${r?.phase}, question ${r?.index}, ${r?.history.length} answered, screen ${window.__trivia?.uiStore.getState().screen}, focus on ${focused?.outerHTML.slice(0, 120) ?? 'nothing'}`;
    });
    throw new Error(`${via} on the feedback of question ${before.index} did not lead on within 10 s: ${where}`, { cause: error });
  });
}

export async function liveText(page: Page): Promise<string> {
  return page.getByTestId('live').evaluate((el) => (el as HTMLElement).dataset.last ?? '');
}

/** Parse "Score 1,234" out of a text. */
export function scoreIn(text: string): number {
  const m = /Score ([\d,]+)/.exec(text);
  if (!m) throw new Error(`no score in: ${text}`);
  return Number(m[1]!.replace(/,/g, ''));
}
