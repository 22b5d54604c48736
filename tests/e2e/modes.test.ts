// Survival ends after three wrong answers (one of them a timeout), the timer stops while the tab
// is hidden, and Relaxed has no timer at all.
import { describe, expect, inject, it } from 'vitest';
import { replayRound } from '../../src/domain/round';
import { answer, liveText, pickRight, pickWrong, proceed, round, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

describe('modes', () => {
  it('Survival: the clock pauses while the tab is hidden, a timeout costs a life, three wrong answers end the round', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`${baseUrl}?autostart=survival`);
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);
    const start = (await round(page))!;
    expect(start.config.mode).toBe('survival');
    expect(start.lives).toBe(3);
    await expect.poll(() => liveText(page)).toMatch(/^Question 1\. /);

    // Hide the tab for 2.5 s after 0.5 s of play: the answer must be stamped well under 3 s.
    await page.waitForTimeout(500);
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await page.waitForTimeout(2500);
    await setHidden(false);
    await answer(page, pickRight, 'key-digit');
    const afterHidden = (await round(page))!;
    expect(afterHidden.history[0]!.timeMs).toBeLessThan(2000);
    expect(afterHidden.history[0]!.correct).toBe(true);
    await proceed(page, 'enter');

    // Let the clock run out: a timeout is a wrong answer and costs a life.
    await waitForPhase(page, 'asking', 1);
    await page.waitForFunction(() => window.__trivia?.roundStore.getState().round?.history.length === 2, undefined, { timeout: 30_000 });
    const timedOut = (await round(page))!;
    expect(timedOut.history[1]!.chosen).toBeNull();
    expect(timedOut.history[1]!.correct).toBe(false);
    expect(timedOut.history[1]!.timeMs).toBe(20_000);
    expect(timedOut.lives).toBe(2);
    await expect.poll(() => liveText(page)).toMatch(/^Time’s up\./);
    await proceed(page, 'space');

    for (let i = 2; i < 4; i++) {
      await waitForPhase(page, 'asking', i);
      await answer(page, pickWrong, 'key-letter');
      await proceed(page, 'enter');
    }
    await waitForScreen(page, 'results');
    const final = (await round(page))!;
    expect(final.lives).toBe(0);
    expect(final.history).toHaveLength(4);
    expect(final.history.filter((h) => !h.correct)).toHaveLength(3);
    expect(replayRound(final.config, final.questions, final.history).state.score).toBe(final.score);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Relaxed (deep link): no timer on screen and no time bonus', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}?autostart=relaxed&difficulty=hard`);
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);
    const r = (await round(page))!;
    expect(r.config.mode).toBe('relaxed');
    expect(r.config.difficulty).toBe('hard');
    // No clock on screen (its row keeps its height, unseen).
    expect(await page.locator('[data-screen="quiz"] .clock').isVisible()).toBe(false);
    const text = await liveText(page);
    expect(text).toMatch(/^Question 1 of 10\. /);
    expect(text).not.toMatch(/seconds/);
    await page.waitForTimeout(1200);
    await answer(page, pickRight, 'key-digit');
    const scored = await page.evaluate(() => window.__trivia!.roundStore.getState().round!.lastScore);
    expect(scored?.timeBonus).toBe(0);
    // Nor on the second question.
    await proceed(page, 'enter');
    await page.waitForFunction(() => 'answer:0' in (window.__trivia?.uiStore.getState().controls ?? {}), undefined, { timeout: 30_000 });
    const controls = await page.evaluate(() => Object.keys(window.__trivia!.uiStore.getState().controls));
    expect(controls).not.toContain('timer');
    expect(errors).toEqual([]);
    await context.close();
  });
});
