// The first paint is the screen the engine adopts (issue 24, point 2): the view draws the menu or a
// deep link's question as real DOM before Phaser arrives, and the scenes take over those very
// elements, so the page's layout-shift entries from first paint to 6 s after the first input sum
// to 0, a tap where a control was drawn before the engine hits that control after it, and a deep
// link's question plays before the engine. Phaser's chunk is held back here (page.route) to play
// the seconds a slow phone spends fetching it.
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answer, controlRect, enginePending, pickRight, pickWrong, round, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true };
const TOUCH_3X = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const LAPTOP = { viewport: { width: 1366, height: 768 } };

/** Hold Phaser's chunk until `release()`. */
async function holdEngine(page: Page): Promise<{ release(): void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return { release };
}

interface Shift {
  value: number;
  /** Within 500 ms of a tap or key (the browser leaves these out of its layout-shift score). */
  recentInput: boolean;
  nodes: string[];
}

/** Every layout-shift entry from the first paint on, with the elements that moved. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        w.__shifts.push({ value: e.value, recentInput: e.hadRecentInput, nodes: (e.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : (s.node?.nodeName ?? "?"))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
const total = (list: Shift[]) => list.reduce((sum, s) => sum + s.value, 0);

/** Where every control of the screen is, by id. */
const controlBoxes = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const node of document.querySelectorAll<HTMLElement>('section:not([hidden]) [data-control]')) {
      const r = node.getBoundingClientRect();
      out[node.dataset.control!] = `${r.x},${r.y},${r.width},${r.height}`;
    }
    return out;
  });
const canvases = (page: Page) => page.locator('#game canvas').count();
const clockLeft = (page: Page) => page.locator('.clock').evaluate((el) => Number((el as HTMLElement).style.getPropertyValue('--left')));

describe('the first paint is the screen the engine adopts', () => {
  for (const [name, device] of [
    ['360×640', PHONE],
    ['390×844 touch 3×', TOUCH_3X],
    ['1366×768', LAPTOP],
  ] as const) {
    it(`the menu at ${name}: no layout shift up to 6 s after the first input, and a tap aimed before the engine hits the same control after it`, async () => {
      const { context, page, errors } = await openPage(device);
      await recordShifts(page);
      const engine = await holdEngine(page);
      await page.goto(baseUrl);
      await waitForScreen(page, 'menu');
      expect(await enginePending(page)).toBe(true);
      expect(await page.locator('#splash').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Football Trivia' }).isVisible()).toBe(true);
      // Play and the Daily fill the first screen of a short one: How to play is a scroll away
      // there (a scroll by the page's own hand, no player input).
      await page.getByRole('button', { name: 'How to play' }).scrollIntoViewIfNeeded();
      const before = await controlBoxes(page);
      expect(Object.keys(before)).toEqual(expect.arrayContaining(['play', 'help', 'sound', 'mode:classic', 'difficulty:easy']));
      // The player's first input (which fetches the engine), then the engine arriving.
      const help = (await page.getByRole('button', { name: 'How to play' }).boundingBox())!;
      if ('hasTouch' in device) await page.touchscreen.tap(2, 2);
      else await page.mouse.move(help.x + help.width / 2, help.y + help.height / 2);
      engine.release();
      await page.waitForFunction(() => document.getElementById('ui')?.dataset.engine === 'up', undefined, { timeout: 20_000 });
      expect(await canvases(page)).toBeGreaterThan(0);
      await page.waitForTimeout(6000);
      expect(await controlBoxes(page)).toEqual(before);
      // A tap where How to play was drawn before the engine opens How to play.
      const [x, y] = [help.x + help.width / 2, help.y + help.height / 2];
      expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('[data-control]')?.getAttribute('data-control'), [x, y])).toBe('help');
      if ('hasTouch' in device) await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
      await expect.poll(() => page.getByRole('dialog', { name: 'How to play' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => window.__trivia!.uiStore.getState().screen)).toBe('menu');
      const recorded = await shifts(page);
      expect(total(recorded), JSON.stringify(recorded)).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('a deep link’s question plays before the engine; the engine arriving moves nothing', async () => {
    const { context, page, errors } = await openPage(TOUCH_3X);
    await recordShifts(page);
    const engine = await holdEngine(page);
    await page.goto(`${baseUrl}?autostart=classic`);
    await waitForPhase(page, 'asking', 0);
    expect(await enginePending(page)).toBe(true);
    expect(await canvases(page)).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('first-question-answerable').length)).toBe(1);
    // A real page: the question and its options to read and tap, and the clock running down.
    const first = (await round(page))!;
    const q = first.questions[0]!;
    expect(await page.locator('#quiz-prompt').textContent()).toBe(q.prompt);
    // What the eye reads is words for the eye, not a screen reader's sentence.
    expect(await page.getByTestId('quiz-status').textContent()).toMatch(/^Score 0 · Streak 0 ×1$/);
    for (let i = 0; i < q.options.length; i++) {
      const box = (await page.getByTestId(`answer-${i}`).boundingBox())!;
      expect(box.width).toBeGreaterThan(150);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    const left = await clockLeft(page);
    await page.waitForTimeout(600);
    expect(await clockLeft(page)).toBeLessThan(left);
    const asked = await controlBoxes(page);

    // A tap on a wrong option: the answer, the right one and the article's sentence, below.
    const wrong = pickWrong(first);
    const box = (await page.getByTestId(`answer-${wrong}`).boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await waitForPhase(page, 'feedback', 0);
    const feedback = page.getByTestId('feedback');
    expect(await feedback.isVisible()).toBe(true);
    expect(await feedback.textContent()).toContain('it was');
    expect(await feedback.textContent()).toContain(q.explanation);
    expect((await round(page))!.history[0]!.chosen).toBe(wrong);
    const answered = await controlBoxes(page);
    for (let i = 0; i < q.options.length; i++) expect(answered[`answer:${i}`]).toBe(asked[`answer:${i}`]);

    // The engine arrives during the feedback: nothing moves, and Continue is where it was.
    engine.release();
    await page.waitForFunction(() => document.getElementById('ui')?.dataset.engine === 'up', undefined, { timeout: 20_000 });
    await page.waitForTimeout(1000);
    expect(await controlBoxes(page)).toEqual(answered);
    const untilNext = await shifts(page);
    expect(total(untilNext), JSON.stringify(untilNext)).toBe(0);
    // The next question may lay out differently (its own prompt and options), as the player asked
    // for it with Continue: the browser counts that as a shift after input, not a surprise.
    await page.getByRole('button', { name: 'Continue' }).tap();
    await waitForPhase(page, 'asking', 1);
    await answer(page, pickRight, 'tap');
    expect((await round(page))!.history[1]!.correct).toBe(true);
    await page.waitForTimeout(6000);
    const later = (await shifts(page)).filter((s) => !s.recentInput);
    expect(total(later), JSON.stringify(later)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes keys before the engine is up; focus stays on the same controls after it', async () => {
    const { context, page, errors } = await openPage();
    const engine = await holdEngine(page);
    await page.goto(`${baseUrl}?autostart=classic`);
    await waitForPhase(page, 'asking', 0);
    // B answers, Space continues (focus is on Continue).
    await page.keyboard.press('b');
    await waitForPhase(page, 'feedback', 0);
    expect((await round(page))!.history[0]!.chosen).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Continue|See results/);
    engine.release();
    await expect.poll(() => canvases(page), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.keyboard.press(' ');
    await waitForPhase(page, 'asking', 1);
    await controlRect(page, 'answer:0', 20_000);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('answer-0');
    await answer(page, pickRight, 'key-digit');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a round started from the menu before the engine plays at once', async () => {
    const { context, page, errors } = await openPage(TOUCH_3X);
    const engine = await holdEngine(page);
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    // A pack from the list, a mode, Play: all there to tap.
    const packs = await page.evaluate(() => window.__trivia!.uiStore.getState().packs.filter((p) => p.status === 'ok').map((p) => p.title));
    await page.getByRole('radio', { name: packs[1]! }).tap();
    await page.getByText('Survival', { exact: true }).tap();
    expect(await page.evaluate(() => window.__trivia!.settingsStore.getState().lastMode)).toBe('survival');
    await page.getByRole('button', { name: 'Play', exact: true }).tap();
    await waitForPhase(page, 'asking', 0);
    const r = (await round(page))!;
    expect(r.config.mode).toBe('survival');
    expect(await page.evaluate(() => window.__trivia!.uiStore.getState().packs.find((p) => p.id === window.__trivia!.roundStore.getState().round!.config.packId)?.title)).toBe(packs[1]);
    expect(await enginePending(page)).toBe(true);
    // Menu asks first; Leave, and the menu again; then the engine arrives.
    await page.getByRole('button', { name: /^Menu/ }).tap();
    await expect.poll(() => page.getByTestId('leave-dialog').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Leave', exact: true }).tap();
    await waitForScreen(page, 'menu');
    engine.release();
    await page.waitForFunction(() => document.getElementById('ui')?.dataset.engine === 'up', undefined, { timeout: 20_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
