// Screenshots of every screen at the two ends of the supported range (360×640 portrait phone,
// 1920×1080 desktop) for a human to look at, plus layout checks a machine can make: every
// control inside the page's width, nothing overlapping, touch targets tall enough, and a
// question's answers and lifelines on screen without scrolling.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Rect } from '../../src/state/ui-store';
import { answer, engineUp, frames, pickRight, pickWrong, proceed, screenshotPath, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

async function controls(page: Page): Promise<Record<string, Rect>> {
  return page.evaluate(() => window.__trivia!.uiStore.getState().controls);
}

/** Areas the view publishes beside its controls (panels, the clock, the ball, the score). */
const AREAS = ['panel', 'timer', 'packs', 'ball', 'score', 'board'];

function checkLayout(all: Record<string, Rect>, width: number, height: number, where: string): void {
  // Pack choices scroll inside their list: checked against it, not against what is below it.
  const entries = Object.entries(all).filter(([id]) => !AREAS.includes(id) && !id.startsWith('pack:'));
  for (const [id, r] of entries) {
    expect(r.x, `${where} ${id} left`).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width, `${where} ${id} right`).toBeLessThanOrEqual(width);
    // Touch targets: at least 40 px tall.
    expect(r.height, `${where} ${id} height`).toBeGreaterThanOrEqual(40);
    // A question is played without scrolling: its answers and lifelines are on screen.
    if (/^(answer|lifeline):/.test(id)) expect(r.y + r.height, `${where} ${id} bottom`).toBeLessThanOrEqual(height);
  }
  const packs = all.packs;
  for (const [id, r] of Object.entries(all).filter(([key]) => key.startsWith('pack:'))) {
    expect(r.x >= packs!.x && r.x + r.width <= packs!.x + packs!.width, `${where} ${id} inside the pack list`).toBe(true);
  }
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, ra] = entries[i]!;
      const [b, rb] = entries[j]!;
      const overlap = ra.x < rb.x + rb.width && rb.x < ra.x + ra.width && ra.y < rb.y + rb.height && rb.y < ra.y + ra.height;
      expect(overlap, `${where}: ${a} overlaps ${b}`).toBe(false);
    }
  }
}

describe('screens', () => {
  for (const [width, height] of [
    [360, 640],
    [1920, 1080],
  ] as const) {
    it(`menu, question, feedback and results at ${width}×${height}`, async () => {
      const size = `${width}x${height}`;
      const { context, page, errors } = await openPage({ viewport: { width, height } });
      await page.goto(baseUrl);
      await waitForScreen(page, 'menu');
      await engineUp(page);
      await page.waitForFunction(() => 'play' in window.__trivia!.uiStore.getState().controls);
      await frames(page, 3);
      checkLayout(await controls(page), width, height, `menu ${size}`);
      await page.screenshot({ path: screenshotPath(`menu-${size}`) });

      // Keyboard focus is drawn on the control itself.
      await page.getByRole('button', { name: 'Play', exact: true }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await page.screenshot({ path: screenshotPath(`menu-focus-${size}`) });
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'quiz');
      await waitForPhase(page, 'asking', 0);
      await page.waitForTimeout(600);
      checkLayout(await controls(page), width, height, `question ${size}`);
      await page.screenshot({ path: screenshotPath(`question-${size}`) });

      await answer(page, pickWrong, 'key-digit');
      await page.waitForFunction(() => 'next' in window.__trivia!.uiStore.getState().controls);
      await page.waitForTimeout(900);
      checkLayout(await controls(page), width, height, `feedback ${size}`);
      await page.screenshot({ path: screenshotPath(`feedback-${size}`) });
      await proceed(page, 'enter');

      for (let i = 1; i < 10; i++) {
        await waitForPhase(page, 'asking', i);
        await answer(page, i % 3 === 0 && i !== 3 ? pickWrong : pickRight, 'key-digit');
        if (i === 3) {
          await page.waitForTimeout(300);
          await page.screenshot({ path: screenshotPath(`feedback-right-${size}`) });
        }
        await proceed(page, 'enter');
      }
      await waitForScreen(page, 'results');
      await page.waitForTimeout(1600);
      checkLayout(await controls(page), width, height, `results ${size}`);
      await page.screenshot({ path: screenshotPath(`results-${size}`) });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('how-to-play dialog at 360×640', async () => {
    const { context, page } = await openPage({ viewport: { width: 360, height: 640 } });
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await engineUp(page);
    await page.getByRole('button', { name: 'How to play' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'How to play' }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('help-360x640') });
    await context.close();
  });
});
