// Challenge links and the Daily in real Chromium: a friend opening the link in a fresh browser
// gets the very same round and a "You vs …" comparison; a damaged link gives a friendly message
// and the menu; two browsers get the same Daily, which is scored once a day.
import { describe, expect, inject, it } from 'vitest';
import { pickRight, pickWrong, round, useBrowser, waitForPhase, waitForScreen } from './browser';
import { NO_WEB_SHARE, playThrough } from './play-helpers';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const openPage = useBrowser();

describe('challenge links', () => {
  it('open the very same round in a fresh browser and compare the scores; a tampered link shows the menu', async () => {
    const a = await openPage();
    await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await a.context.addInitScript(NO_WEB_SHARE);
    await a.page.goto(`${baseUrl}?autostart=classic&difficulty=hard`);
    await waitForScreen(a.page, 'quiz');
    await playThrough(a.page, pickRight);
    const played = (await round(a.page))!;
    await a.page.getByRole('textbox', { name: 'Your name' }).fill('Sam');
    await a.page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => a.page.getByTestId('share-status').textContent()).toContain('Name saved');
    await a.page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => a.page.getByTestId('share-status').textContent()).toContain('Copied');
    const text = await a.page.evaluate(() => navigator.clipboard.readText());
    const link = /https?:\S+\?c=\S+/.exec(text)?.[0];
    expect(link).toBeTruthy();
    expect(a.errors).toEqual([]);
    await a.context.close();

    // A fresh browser (no storage) opening the link plays the same questions, options and order.
    const b = await openPage();
    await b.page.goto(link!);
    // The link opens on its intro: who to beat, on what; the clock waits for Start.
    await waitForScreen(b.page, 'intro');
    await expect
      .poll(() => b.page.getByTestId('intro-text').textContent())
      .toContain(`Sam scored ${played.score.toLocaleString('en-US')} on Karim Benzema`);
    expect(await b.page.getByTestId('intro-text').textContent()).toContain('Classic · Hard — beat it');
    await b.page.waitForTimeout(2500);
    expect((await round(b.page))!.history).toEqual([]);
    await b.page.getByRole('button', { name: 'Start', exact: true }).focus();
    await b.page.keyboard.press('Enter');
    await waitForScreen(b.page, 'quiz');
    await waitForPhase(b.page, 'asking', 0);
    const replay = (await round(b.page))!;
    expect(replay.config).toEqual(played.config);
    expect(replay.questions).toEqual(played.questions);
    const q0 = played.questions[0]!;
    for (const [i, option] of q0.options.entries()) {
      await expect(b.page.getByRole('button', { name: `${'ABCD'[i]}: ${option}`, exact: true }).count()).resolves.toBe(1);
    }
    await playThrough(b.page, pickWrong);
    // The 2.5 s spent on the intro were never on the first question's clock.
    expect((await round(b.page))!.history[0]!.timeMs).toBeLessThan(2500);
    await expect
      .poll(() => b.page.getByTestId('versus').textContent())
      .toBe(`You vs Sam: 0 vs ${played.score.toLocaleString('en-US')}. Sam wins this time.`);
    expect(b.errors).toEqual([]);

    // A link changed by hand, or far too long: a friendly message on the menu, no crash.
    const payload = new URL(link!).searchParams.get('c')!;
    const flipped = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    for (const bad of [`${baseUrl}?c=${flipped}`, `${baseUrl}?c=${'A'.repeat(3000)}`]) {
      await b.page.goto(bad);
      await waitForScreen(b.page, 'menu');
      const problem = b.page.getByTestId('challenge-problem');
      await expect.poll(() => problem.isVisible()).toBe(true);
      expect(await problem.textContent()).toMatch(/challenge link/i);
      expect(await b.page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
    }
    expect(b.errors).toEqual([]);
    await b.context.close();
  });
});

describe('the Daily challenge', () => {
  it('gives two browsers the same questions, is scored once, and counts the streak', async () => {
    const a = await openPage();
    const b = await openPage();
    await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const rounds = [];
    for (const { page } of [a, b]) {
      await page.goto(baseUrl);
      await waitForScreen(page, 'menu');
      const daily = page.getByTestId('daily-play');
      expect(await daily.textContent()).toMatch(/^Play Daily #\d+$/);
      await daily.focus();
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'quiz');
      await waitForPhase(page, 'asking', 0);
      rounds.push((await round(page))!);
    }
    expect(rounds[0]!.config.mode).toBe('daily');
    expect(rounds[0]!.config.seed).toMatch(/^d\d{8}-/);
    expect(rounds[1]!.config).toEqual(rounds[0]!.config);
    expect(rounds[1]!.questions).toEqual(rounds[0]!.questions);
    // Quitting a Daily part-way still spends the day's scored attempt.
    await b.page.getByRole('button', { name: 'Menu (asks before leaving this round)' }).focus();
    await b.page.keyboard.press('Enter');
    const leave = b.page.getByTestId('leave-dialog');
    await expect.poll(() => leave.isVisible()).toBe(true);
    expect(await leave.textContent()).toContain('Your Daily attempt will count');
    await b.page.getByRole('button', { name: 'Leave', exact: true }).click();
    await waitForScreen(b.page, 'menu');
    await expect.poll(() => b.page.getByTestId('daily-play').textContent()).toMatch(/^Practise Daily #\d+ \(not scored\)$/);
    await b.context.close();

    const { page } = a;
    await playThrough(page, pickRight);
    await expect.poll(() => page.getByTestId('daily-result').textContent()).toMatch(/^Daily #\d+ scored\. Streak: 1 day in a row\.$/);
    // Sharing asks for a name first, so the text never says "Player".
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('Type your name first');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Alex');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('Name saved');
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^⚽ Football Trivia · Daily #\d+\n/);

    // Back on the menu: played today, streak shown; a second go is practice only.
    await page.getByRole('button', { name: 'Menu', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'menu');
    await expect.poll(() => page.getByTestId('daily').textContent()).toContain('Come back tomorrow');
    expect(await page.getByTestId('daily-streak').textContent()).toBe('Streak: 1 day in a row');
    expect(await page.getByTestId('daily-play').textContent()).toMatch(/^Practise Daily #\d+ \(not scored\)$/);
    expect(a.errors).toEqual([]);
    await a.context.close();
  });
});
