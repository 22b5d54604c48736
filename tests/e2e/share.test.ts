// High scores and the share panel in real Chromium: a finished round is in the table (and still
// there after a reload), Share copies the result with its challenge link to the clipboard, and a
// storage quota error shows the "could not be saved" notice while the game carries on.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { pickRight, pickWrong, round, screenshotPath, useBrowser, waitForPhase, waitForScreen } from './browser';
import { NO_WEB_SHARE, playThrough } from './play-helpers';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

describe('high scores and the share panel', () => {
  it('a finished round is in the table (highlighted), Share copies text + link, the score survives a reload', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await context.addInitScript(NO_WEB_SHARE);
    await page.goto(`${baseUrl}?autostart=classic`);
    await waitForScreen(page, 'quiz');
    await playThrough(page, pickRight);
    const done = (await round(page))!;

    // The new entry is in the table, marked as new.
    const current = page.locator('[data-testid="high-scores"] li[aria-current="true"]');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.textContent()).toContain(done.score.toLocaleString('en-US'));

    // Without a name, the first share click asks for one (a link must say who to beat).
    const nameBox = page.getByRole('textbox', { name: 'Your name' });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('Type your name first');
    expect(await nameBox.evaluate((n) => n === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText().catch(() => ''))).not.toContain('Football Trivia');

    // Name the entry: the table, the link and the remembered name all take it.
    await nameBox.fill('Sam <b>');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => current.textContent()).toContain('Sam <b>');
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('Name saved');

    // Share by keyboard: Web Share is absent, so it copies.
    await page.getByRole('button', { name: 'Share', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('Copied your result to the clipboard.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('⚽ Football Trivia');
    expect(text).toContain(`10/10 · ${done.score.toLocaleString('en-US')} points`);
    expect(text.match(/🟩/gu)?.length).toBe(10);
    expect(text).toMatch(/\?c=[A-Za-z0-9_-]+$/m);

    // Share image right after renaming (the card was redrawn with the name and its background
    // encoding has not finished): no file sharing on desktop, so the PNG card is downloaded.
    const download = page.waitForEvent('download', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Share image' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('football-trivia-result.png');
    // The PNG is the renamed card: a real PNG of the card's size.
    const png = await readFile(await saved.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('Image saved to your downloads.');

    // Look at the results with the share panel on a phone and a big screen.
    await page.screenshot({ path: screenshotPath('results-share-1280x800') });
    await page.setViewportSize({ width: 360, height: 640 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('results-share-360x640') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('results-share-1920x1080') });

    // After a reload the menu's table (Classic / Medium, the round's choices) still has it.
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    const menuRow = page.locator('[data-testid="high-scores"] li').first();
    await expect.poll(() => menuRow.textContent()).toContain('Sam <b>');
    expect(await menuRow.textContent()).toContain(done.score.toLocaleString('en-US'));
    // The menu also names the best score for the chosen pack, mode and difficulty.
    expect(await page.locator('#mode-note').textContent()).toContain(`your best ${done.score.toLocaleString('en-US')}`);
    await page.screenshot({ path: screenshotPath('menu-scores-1920x1080') });
    await page.setViewportSize({ width: 360, height: 640 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('menu-scores-360x640') });
    expect(await page.locator('b').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a storage quota error shows the notice and the game goes on', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 1000, height: 800 } });
    await context.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('football-trivia:scores')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await page.goto(`${baseUrl}?autostart=relaxed`);
    await waitForScreen(page, 'quiz');
    await playThrough(page, pickWrong);
    const notice = page.getByTestId('save-error');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/could not be saved/);
    // Kept in memory for this visit: the table still shows it.
    await expect.poll(() => page.locator('[data-testid="high-scores"] li[aria-current="true"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Play again' }).focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
