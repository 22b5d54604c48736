// The first screen does not wait for the canvas (src/game/screen-director.ts): the DOM draws a
// deep link's question or the menu and they play at once, the clock runs, and the canvas takes
// over when no finger is about to tap, else at the next question or screen. Phaser's chunk is held
// back here (page.route) to play the minutes a slow phone spends fetching and booting it.
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { controlRect, pickRight, pickWrong, round, useBrowser, waitForPhase, waitForScreen, answer } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

/** Hold Phaser's chunk until `release()`. */
async function holdCanvas(page: Page): Promise<{ release(): void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return { release };
}

const drawnBy = (page: Page) => page.evaluate(() => (document.getElementById('ui')!.dataset.canvas === 'pending' ? 'dom' : 'canvas'));
const canvases = (page: Page) => page.locator('#game canvas').count();
const clockLeft = (page: Page) => page.locator('.dom-clock').evaluate((el) => Number((el as HTMLElement).style.getPropertyValue('--left')));

describe('the first question before the canvas', () => {
  it('shows and plays a deep link’s question while Phaser is still loading; the canvas takes over at the next question', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const canvas = await holdCanvas(page);
    await page.goto(`${baseUrl}?autostart=classic`);
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);
    expect(await drawnBy(page)).toBe('dom');
    expect(await canvases(page)).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('first-question-answerable').length)).toBe(1);
    expect(await page.locator('#splash').isVisible()).toBe(false);

    // A real page: the question and four options to read and tap, and the clock running down.
    const first = (await round(page))!;
    const q = first.questions[0]!;
    const prompt = page.locator('#quiz-prompt');
    expect(await prompt.isVisible()).toBe(true);
    expect(await prompt.textContent()).toContain(q.prompt);
    for (let i = 0; i < q.options.length; i++) {
      const box = (await page.getByTestId(`answer-${i}`).boundingBox())!;
      expect(box.width).toBeGreaterThan(150);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.locator('.dom-clock').isVisible()).toBe(true);
    const before = await clockLeft(page);
    await page.waitForTimeout(600);
    expect(await clockLeft(page)).toBeLessThan(before);

    // A tap on a wrong option: the answer, the right one and the article's sentence, in the page.
    const wrong = pickWrong(first);
    const box = (await page.getByTestId(`answer-${wrong}`).boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await waitForPhase(page, 'feedback', 0);
    const feedback = page.getByTestId('feedback');
    expect(await feedback.isVisible()).toBe(true);
    expect(await feedback.textContent()).toContain('The right answer is');
    expect((await round(page))!.history[0]!.chosen).toBe(wrong);
    expect(await page.getByRole('button', { name: 'Continue' }).isVisible()).toBe(true);

    // Phaser arrives during the feedback: it waits, and nothing moves under the player's finger.
    canvas.release();
    await expect.poll(() => canvases(page), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect(await drawnBy(page)).toBe('dom');
    await page.getByRole('button', { name: 'Continue' }).tap();
    await waitForPhase(page, 'asking', 1);
    await controlRect(page, 'answer:0', 20_000);
    await expect.poll(() => drawnBy(page)).toBe('canvas');
    // The second question is the canvas's, played by a tap on its drawing.
    await answer(page, pickRight, 'canvas');
    expect((await round(page))!.history[1]!.correct).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes keys before the canvas is up; a keyboard player gets the canvas at the next question', async () => {
    const { context, page, errors } = await openPage();
    const canvas = await holdCanvas(page);
    await page.goto(`${baseUrl}?autostart=classic`);
    await waitForPhase(page, 'asking', 0);
    expect(await drawnBy(page)).toBe('dom');
    // Keys, as the quiz scene takes them: B answers, Space continues (focus is on Continue).
    await page.keyboard.press('b');
    await waitForPhase(page, 'feedback', 0);
    expect((await round(page))!.history[0]!.chosen).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Continue|See results/);
    canvas.release();
    await expect.poll(() => canvases(page), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.keyboard.press(' ');
    await waitForPhase(page, 'asking', 1);
    await controlRect(page, 'answer:0', 20_000);
    await expect.poll(() => drawnBy(page)).toBe('canvas');
    // Focus went to the first answer, now laid over its drawing; a digit answers on the canvas.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('answer-0');
    await answer(page, pickRight, 'key-digit');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the menu too is the page’s own until the canvas is up; a round started from it plays at once', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const canvas = await holdCanvas(page);
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    expect(await drawnBy(page)).toBe('dom');
    expect(await page.locator('#splash').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Football Trivia' }).isVisible()).toBe(true);
    // The chosen pack, Previous / Next, the modes as a radio group, Play: all there to tap.
    await page.getByRole('button', { name: 'Next pack' }).tap();
    await page.getByText('Survival', { exact: true }).tap();
    expect(await page.evaluate(() => window.__trivia!.settingsStore.getState().lastMode)).toBe('survival');
    await page.getByRole('button', { name: 'Play', exact: true }).tap();
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);
    expect((await round(page))!.config.mode).toBe('survival');
    expect(await drawnBy(page)).toBe('dom');
    // Menu, by keys (no pointer about to tap): Leave, and the menu again; then the canvas arrives
    // and takes it over.
    await page.getByRole('button', { name: /^Menu/ }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('leave-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Leave', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'menu');
    expect(await drawnBy(page)).toBe('dom');
    await page.waitForTimeout(1100);
    canvas.release();
    await controlRect(page, 'play', 20_000);
    await expect.poll(() => drawnBy(page)).toBe('canvas');
    await expect.poll(() => page.locator('#splash').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
