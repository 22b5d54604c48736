// What a player trips over, checked at a 3× touch phone (390×844) and a 1366×768 laptop: a sharp
// canvas, the pack list, the leave dialog, the challenge intro, keyboard-only focus rings, the
// menu and Daily card layout, 50:50 on true/false, the out-of-lives moment, the Daily label, How to
// play, and a round that cannot be prepared. (Options staying put: steady-options.test.ts.)
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeChallenge } from '../../src/share/challenge-link';
import type { Rect } from '../../src/state/ui-store';
import { answer, canvasBooted, engineUp, controlRect, liveText, pickRight, pickWrong, proceed, round, screenshotPath, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();
const benzema = JSON.parse(readFileSync('questions/benzema-2022.json', 'utf8')) as { id: string; version: string };
const mini = JSON.parse(readFileSync('tests/fixtures/mini-pack.json', 'utf8')) as { questions: unknown[] };
const trueFalsePack = JSON.stringify({
  ...mini,
  id: 'true-false-mini',
  questions: [...mini.questions, { id: 'tf', prompt: 'True or false? He made his debut against Austria.', options: ['True', 'False'], answer: 0, keepOrder: true, explanation: 'He did, in March 2007.' }],
});

const SIZES: { name: string; touch: boolean; options: BrowserContextOptions }[] = [
  { name: 'phone-390x844', touch: true, options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  { name: 'laptop-1366x768', touch: false, options: { viewport: { width: 1366, height: 768 } } },
];

const controls = (page: Page) => page.evaluate(() => window.__trivia!.uiStore.getState().controls);

/** Press a control the way this device's player would: a tap, or a mouse click where it is drawn. */
async function press(page: Page, id: string, touch: boolean): Promise<void> {
  const node = page.locator(`section:not([hidden]) [data-control="${id}"]`);
  await node.scrollIntoViewIfNeeded();
  const r = (await node.boundingBox())!;
  const x = r.x + r.width / 2;
  const y = r.y + r.height / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** Sam's challenge on the Benzema pack with a fixed seed (every run asks the same questions), on its intro. */
async function openFixedChallenge(page: Page, mode: 'classic' | 'relaxed', score: number): Promise<void> {
  const link = encodeChallenge({ packId: benzema.id, packVersion: benzema.version, seed: 'polish7', mode, difficulty: 'medium', name: 'Sam', score, total: 10 }, baseUrl);
  if (!link.ok) throw new Error(link.message);
  await page.goto(link.url);
  await waitForScreen(page, 'intro');
}

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

describe.each(SIZES)('at $name', ({ name, touch, options }) => {
  it('draws the canvas at the screen’s pixel density', async () => {
    const { context, page, errors } = await openPage(options);
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await engineUp(page, touch);
    const sizes = await page.evaluate(() => {
      const canvas = [...document.querySelectorAll<HTMLCanvasElement>('#game canvas')].find((c) => !c.classList.contains('pitch-backdrop'))!;
      const box = canvas.getBoundingClientRect();
      return { width: canvas.width, height: canvas.height, cssWidth: box.width, cssHeight: box.height, dpr: devicePixelRatio };
    });
    const dpr = options.deviceScaleFactor ?? 1;
    expect(sizes.dpr).toBe(dpr);
    expect(Math.abs(sizes.cssWidth - options.viewport!.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(sizes.width - sizes.cssWidth * dpr)).toBeLessThanOrEqual(dpr);
    expect(Math.abs(sizes.height - sizes.cssHeight * dpr)).toBeLessThanOrEqual(dpr);
    await page.screenshot({ path: screenshotPath(`polish-menu-${name}`) });
    // Nine packs, listed: the radio group takes arrow keys, and a tap on a title picks it.
    const selected = () => page.evaluate(() => window.__trivia!.settingsStore.getState().lastPackId);
    const checked = page.locator('input[name="pack"]:checked');
    const before = await checked.getAttribute('value');
    await checked.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).not.toBe(before);
    await page.locator(`[data-control="pack:${before}"]`).scrollIntoViewIfNeeded();
    await press(page, `pack:${before}`, touch);
    await expect.poll(selected).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before leaving a round; Esc stays (the clock held), Leave goes to the menu', async () => {
    const { context, page, errors } = await openPage(options);
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await engineUp(page, touch);
    await press(page, 'play', touch);
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);
    const c = await controls(page);
    // Menu sits away from Sound, at the other end of the bar.
    expect(Math.abs(centre(c.quit!).x - centre(c.sound!).x)).toBeGreaterThan(options.viewport!.width * 0.5);
    await press(page, 'quit', touch);
    const dialog = page.getByTestId('leave-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Leave this round?');
    expect(await dialog.textContent()).toContain('will not be scored');
    await page.screenshot({ path: screenshotPath(`polish-leave-dialog-${name}`) });
    await page.waitForTimeout(3000);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => window.__trivia!.uiStore.getState().screen)).toBe('quiz');
    await answer(page, pickRight, 'key-digit');
    // The three seconds in the dialog were not on the question's clock.
    expect((await round(page))!.history[0]!.timeMs).toBeLessThan(2500);
    await press(page, 'quit', touch);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Leave', exact: true }).click();
    await waitForScreen(page, 'menu');
    expect(await round(page)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a challenge link on its intro, with the clock stopped until Start', async () => {
    const { context, page, errors } = await openPage(options);
    await openFixedChallenge(page, 'classic', 1931);
    await expect
      .poll(() => page.getByTestId('intro-text').textContent())
      .toContain('Sam scored 1,931 on Karim Benzema’s France career, Classic · Medium — beat it');
    await controlRect(page, 'start');
    await page.screenshot({ path: screenshotPath(`polish-challenge-intro-${name}`) });
    await page.waitForTimeout(2000);
    expect((await round(page))!.history).toEqual([]);
    await press(page, 'start', touch);
    await waitForScreen(page, 'quiz');
    await answer(page, pickRight, 'key-digit');
    expect((await round(page))!.history[0]!.timeMs).toBeLessThan(2000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows focus rings after keys only', async () => {
    const { context, page, errors } = await openPage(options);
    await openFixedChallenge(page, 'relaxed', 0);
    await press(page, 'start', touch);
    await waitForScreen(page, 'quiz');
    const ring = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.dataset.testid?.startsWith('answer-') ? getComputedStyle(a).outlineStyle : 'not-an-answer';
      });
    for (let i = 0; i < 4; i++) {
      await waitForPhase(page, 'asking', i);
      const r = (await round(page))!;
      const pick = r.questions[i]!.answer;
      const option = page.getByTestId(`answer-${pick}`);
      const box = (await option.boundingBox())!;
      if (touch) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      else await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await waitForPhase(page, 'feedback', i);
      await page.getByRole('button', { name: /^(Continue|See results)$/ }).scrollIntoViewIfNeeded();
      const next = (await page.getByRole('button', { name: /^(Continue|See results)$/ }).boundingBox())!;
      if (touch) await page.touchscreen.tap(next.x + next.width / 2, next.y + next.height / 2);
      else await page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
      await waitForPhase(page, 'asking', i + 1);
      // Focus moved to the next question's first answer for screen readers, but a tap draws no ring.
      await expect.poll(ring).toBe('none');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(ring).not.toBe('none');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says why 50:50 is not there on a true-or-false question', async () => {
    const { context, page, errors } = await openPage(options);
    // Generated rounds ask true/false only when a fact can make nothing better (never in the
    // shipped packs): a pack with a hand-written true-or-false question shows the rule.
    await page.route((url) => url.pathname === '/test-packs/true-false.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: trueFalsePack }));
    let found = false;
    for (let attempt = 0; attempt < 6 && !found; attempt++) {
      await page.goto(`${baseUrl}?pack=/test-packs/true-false.json&autostart=relaxed`);
      await waitForScreen(page, 'quiz');
      const r = (await round(page))!;
      const at = r.questions.findIndex((q) => q.options.length === 2);
      if (at < 0) continue;
      for (let i = 0; i < at; i++) {
        await waitForPhase(page, 'asking', i);
        await answer(page, pickRight, 'key-digit');
        await proceed(page, 'enter');
      }
      await waitForPhase(page, 'asking', at);
      const fifty = page.getByTestId('lifeline-fifty-fifty');
      await expect.poll(() => fifty.getAttribute('aria-label')).toBe('50:50 lifeline (not for true-or-false: only two answers)');
      // The eye gets a short label that fits its button, and the reason on hover.
      expect(await fifty.textContent()).toBe('50:50 —');
      expect(await fifty.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
      expect(await fifty.isDisabled()).toBe(true);
      await page.screenshot({ path: screenshotPath(`polish-true-false-${name}`) });
      found = true;
    }
    expect(found, 'no true-or-false question in six rounds').toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives Survival an out-of-lives moment before the results', async () => {
    const { context, page, errors } = await openPage(options);
    await page.goto(`${baseUrl}?autostart=survival`);
    await waitForScreen(page, 'quiz');
    for (let i = 0; i < 3; i++) {
      await waitForPhase(page, 'asking', i);
      await answer(page, pickWrong, 'key-digit');
      // Phaser, fetched at the first answer (not during a timed question), adds its effects after.
      if (i === 0) await canvasBooted(page);
      if (i < 2) await proceed(page, 'enter');
    }
    await waitForPhase(page, 'feedback', 2);
    await expect.poll(() => liveText(page)).toContain('Out of lives');
    await expect.poll(() => page.getByRole('button', { name: 'See results' }).count()).toBe(1);
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath(`polish-out-of-lives-${name}`) });
    expect(await page.evaluate(() => window.__trivia!.uiStore.getState().screen)).toBe('quiz');
    await press(page, 'next', touch);
    await waitForScreen(page, 'results');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says Daily on the Daily’s questions; its card and the menu panel lay out without clipping', async () => {
    const { context, page, errors } = await openPage(options);
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await engineUp(page, touch);
    // The panel under (or beside) the menu shows all it holds, or scrolls; at 1366×768 it has room.
    const panel = await page.evaluate(() => {
      const p = document.querySelector<HTMLElement>('[data-screen="menu"] .menu-panel')!;
      return { height: p.clientHeight, content: p.scrollHeight };
    });
    if (!touch) expect(panel.height).toBeGreaterThanOrEqual(Math.min(panel.content, 336));
    await page.getByTestId('daily-play').click();
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);
    await expect.poll(() => page.locator('[data-screen="quiz"] .counter').textContent()).toMatch(/^Daily #\d+ · Question 1 of 10$/);
    expect(await page.locator('#quiz-prompt').getAttribute('aria-label')).toMatch(/^Daily #\d+ · Question 1 of 10: /);
    await page.screenshot({ path: screenshotPath(`polish-daily-question-${name}`) });
    await press(page, 'quit', touch);
    await expect.poll(() => page.getByTestId('leave-dialog').textContent()).toContain('Your Daily attempt will count');
    await page.getByRole('button', { name: 'Leave', exact: true }).click();
    await waitForScreen(page, 'menu');
    // After a Daily: the long "Practise…" button has a line of its own; the streak stays one line.
    await expect.poll(() => page.getByTestId('daily-play').textContent()).toMatch(/^Practise Daily/);
    const streak = await page.getByTestId('daily-streak').evaluate((n) => ({ h: n.getBoundingClientRect().height, line: parseFloat(getComputedStyle(n).lineHeight) }));
    expect(streak.h).toBeLessThan(streak.line * 1.5);
    await page.screenshot({ path: screenshotPath(`polish-menu-after-daily-${name}`) });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows How to play whole, in the words of this device', async () => {
    const { context, page, errors } = await openPage(options);
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await engineUp(page, touch);
    await press(page, 'help', touch);
    const dialog = page.getByRole('dialog', { name: 'How to play' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = (await dialog.textContent()) ?? '';
    if (touch) {
      expect(text).toContain('Tap an answer');
      expect(text).not.toContain('keys 1 to 4');
    } else expect(text).toContain('keys 1 to 4');
    expect(text).toContain('Classic: 10 questions, 20 seconds each');
    // All of it on screen at once: no scrolling inside the dialog on a laptop.
    if (!touch) expect(await dialog.evaluate((d) => d.scrollHeight <= d.clientHeight + 1)).toBe(true);
    await page.screenshot({ path: screenshotPath(`polish-help-${name}`) });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a damaged challenge link shows its message once, in the panel (no toast over it)', async () => {
    const { context, page, errors } = await openPage(options);
    await page.goto(`${baseUrl}?c=not-a-real-link`);
    await waitForScreen(page, 'menu');
    await expect.poll(() => page.getByTestId('challenge-problem').isVisible()).toBe(true);
    expect(await page.locator('.toast').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a round that cannot be prepared says so on the menu, and the menu keeps working', async () => {
    const { context, page, errors } = await openPage(options);
    // A browser that gives no random numbers cannot make a seed for a fresh round.
    await context.addInitScript(() => {
      let broken = false;
      (window as unknown as { __breakRandom: () => void }).__breakRandom = () => (broken = true);
      const original = crypto.getRandomValues.bind(crypto);
      crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
        if (broken) throw new DOMException('no entropy', 'QuotaExceededError');
        return original(array as ArrayBufferView) as T;
      };
    });
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await engineUp(page, touch);
    await page.evaluate(() => (window as unknown as { __breakRandom: () => void }).__breakRandom());
    await press(page, 'play', touch);
    const problem = page.getByTestId('round-problem');
    await expect.poll(() => problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toContain('This round could not be prepared');
    expect(await page.evaluate(() => window.__trivia!.uiStore.getState().screen)).toBe('menu');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => problem.isVisible()).toBe(false);
    // A Daily needs no random seed: the menu still starts rounds.
    await page.getByTestId('daily-play').click();
    await waitForScreen(page, 'quiz');
    expect(errors).toEqual([]);
    await context.close();
  });
});
