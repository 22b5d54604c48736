// Nothing moves under a finger during play (issue 24, point 3), at 360×640, a 3× touch phone and a
// laptop: Hint, 50:50 and the feedback never move the options (room is kept for them), a double
// tap on a lifeline never answers, and the effects never cover the feedback text.
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeChallenge } from '../../src/share/challenge-link';
import { engineUp, round, screenshotPath, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();
const benzema = JSON.parse(readFileSync('questions/benzema-2022.json', 'utf8')) as { id: string; version: string };

const SIZES: { name: string; touch: boolean; options: BrowserContextOptions }[] = [
  { name: '360x640', touch: true, options: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true } },
  { name: '390x844-3x', touch: true, options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  { name: '1366x768', touch: false, options: { viewport: { width: 1366, height: 768 } } },
];

/** A fixed Relaxed round (no clock, the same questions every run) on the Benzema pack, started. */
async function fixedRound(page: Page, touch: boolean, seed: string): Promise<void> {
  const link = encodeChallenge({ packId: benzema.id, packVersion: benzema.version, seed, mode: 'relaxed', difficulty: 'medium', name: 'Sam', score: 0, total: 10 }, baseUrl);
  if (!link.ok) throw new Error(link.message);
  await page.goto(link.url);
  await waitForScreen(page, 'intro');
  await tapOn(page, page.getByRole('button', { name: 'Start', exact: true }), touch);
  await waitForPhase(page, 'asking', 0);
}

/** Where each answer button is on screen (hidden ones included: a removed option keeps its place). */
const answerBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-screen="quiz"] .answer')].map((b) => {
      const r = b.getBoundingClientRect();
      return b.hidden ? 'none' : `${r.x},${r.y},${r.width},${r.height}`;
    }),
  );

async function tapOn(page: Page, locator: Locator, touch: boolean): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (touch) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  return point;
}

/** Two quick taps at one point, `gapMs` apart (a double tap, or an impatient second tap). */
async function doubleTap(page: Page, point: { x: number; y: number }, touch: boolean, gapMs: number): Promise<void> {
  if (touch) {
    await page.touchscreen.tap(point.x, point.y);
    await page.waitForTimeout(gapMs);
    await page.touchscreen.tap(point.x, point.y);
  } else {
    await page.mouse.click(point.x, point.y);
    await page.waitForTimeout(gapMs);
    await page.mouse.click(point.x, point.y);
  }
}

const intersects = (a: DOMRect | { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(SIZES)('at $name', ({ name, touch, options }) => {
  it('Hint, 50:50 and the feedback never move the options; a double tap on a lifeline never answers', async () => {
    const { context, page, errors } = await openPage(options);
    await fixedRound(page, touch, 'steady1');
    await engineUp(page, touch);
    let hinted = false;
    let halved = false;
    for (let i = 0; i < 4; i++) {
      await waitForPhase(page, 'asking', i);
      const asked = await answerBoxes(page);
      const r = (await round(page))!;
      const q = r.questions[i]!;
      // Hint, double-tapped (350 ms apart, as seen in the issue, and 80 ms): the hint shows, the
      // question is still asked, and nothing above moved.
      if (!hinted) {
        hinted = true;
        const hint = page.getByRole('button', { name: /^Hint lifeline/ });
        const box = (await hint.boundingBox())!;
        await doubleTap(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, touch, 350);
        await expect.poll(() => page.locator('[data-screen="quiz"] .hint').isVisible()).toBe(true);
        await page.waitForTimeout(300);
        expect((await round(page))!.phase).toBe('asking');
        expect((await round(page))!.history).toHaveLength(0);
        expect(await answerBoxes(page)).toEqual(asked);
        await page.screenshot({ path: screenshotPath(`steady-hint-${name}`) });
      } else if (!halved && q.fiftyFifty.length > 0) {
        halved = true;
        const fifty = page.getByTestId('lifeline-fifty-fifty');
        const box = (await fifty.boundingBox())!;
        await doubleTap(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, touch, 80);
        await page.waitForFunction(() => (window.__trivia?.roundStore.getState().round?.removed.length ?? 0) > 0);
        await page.waitForTimeout(300);
        const after = (await round(page))!;
        expect(after.phase).toBe('asking');
        expect(after.history).toHaveLength(i);
        // The two options left are where they were; the two removed keep their room, unseen.
        const boxes = await answerBoxes(page);
        for (let k = 0; k < q.options.length; k++) {
          if (after.removed.includes(k)) expect(await page.getByTestId(`answer-${k}`).isVisible()).toBe(false);
          expect(boxes[k]).toBe(asked[k]);
        }
        await page.screenshot({ path: screenshotPath(`steady-fifty-${name}`) });
      }
      // The answer: the options stay where they were, the feedback opens below them.
      const removed = (await round(page))!.removed;
      const pick = i === 1 ? q.options.findIndex((_, k) => k !== q.answer && !removed.includes(k)) : q.answer;
      await tapOn(page, page.getByTestId(`answer-${pick}`), touch);
      await waitForPhase(page, 'feedback', i);
      await page.waitForTimeout(400);
      expect(await answerBoxes(page), `question ${i + 1}: an option moved on answering`).toEqual(asked);
      const feedback = await page.getByTestId('feedback').boundingBox();
      const lastOption = await page.getByTestId(`answer-${q.options.length - 1}`).boundingBox();
      expect(feedback!.y).toBeGreaterThanOrEqual(lastOption!.y + lastOption!.height);
      if (i === 0) await page.screenshot({ path: screenshotPath(`steady-feedback-${name}`) });
      await page.keyboard.press('Enter');
    }
    expect(hinted && halved).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('effects never cover the feedback text: the canvas is behind it, the streak banner stays in the HUD', async () => {
    const { context, page, errors } = await openPage(options);
    await fixedRound(page, touch, 'steady2');
    await engineUp(page, touch);
    for (let i = 0; i < 3; i++) {
      await waitForPhase(page, 'asking', i);
      const q = (await round(page))!.questions[i]!;
      await tapOn(page, page.getByTestId(`answer-${q.answer}`), touch);
      await waitForPhase(page, 'feedback', i);
      if (i < 2) await page.keyboard.press('Enter');
    }
    // Three right in a row: confetti on the canvas and the streak banner, now.
    const banner = page.locator('[data-screen="quiz"] .streak-banner');
    await expect.poll(() => banner.isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath(`steady-streak-${name}`) });
    const seen = await page.evaluate(() => {
      const feedback = document.querySelector<HTMLElement>('[data-testid="feedback"]')!;
      const hit = (el: HTMLElement) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(r.height / 2, 12));
      };
      const texts = [...feedback.querySelectorAll<HTMLElement>('p, blockquote')].filter((n) => !n.hidden && n.getBoundingClientRect().bottom <= innerHeight);
      return {
        onTop: texts.every((n) => n.contains(hit(n))),
        banner: document.querySelector('.streak-banner')!.getBoundingClientRect().toJSON() as DOMRect,
        feedback: feedback.getBoundingClientRect().toJSON() as DOMRect,
        prompt: document.getElementById('quiz-prompt')!.getBoundingClientRect().toJSON() as DOMRect,
      };
    });
    expect(seen.onTop).toBe(true);
    expect(intersects(seen.banner, seen.feedback)).toBe(false);
    expect(intersects(seen.banner, seen.prompt)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
