// "Keep playing offline": after one visit the service worker (build/pwa.ts) has the whole game,
// so with the network off a reload still shows the menu with the local scores, and a Classic
// round and the Daily play through. The leaderboard's /api is never served from the cache.
import { describe, expect, inject, it } from 'vitest';
import { pickRight, round, useBrowser, waitForScreen } from './browser';
import { playThrough } from './play-helpers';
import { formatPoints } from '../../src/app/format';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();

describe('offline', () => {
  it('reloads the game with the network off and plays a round and the Daily, keeping local scores', async () => {
    const { context, page, errors } = await openPage({ serviceWorkers: 'allow' });
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    // The worker registers after the first screen and precaches the game before it activates.
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.includes('precache'))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(precached.some((p) => /\/assets\/phaser-.*\.js$/.test(p))).toBe(true);
    expect(precached.some((p) => /\/assets\/sfx-.*\.(opus|mp3)$/.test(p))).toBe(true);
    expect(precached.filter((p) => /pack-data-/.test(p)).length).toBeGreaterThanOrEqual(9);

    // One Classic round online: its score goes into the local top 10.
    await page.getByRole('button', { name: 'Play', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'quiz');
    await playThrough(page, pickRight);
    const online = (await round(page))!;
    await page.getByRole('button', { name: 'Menu', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'menu');

    await context.setOffline(true);
    await page.reload();
    await waitForScreen(page, 'menu');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // The score from before the reload is still listed.
    await expect.poll(() => page.getByTestId('high-scores').first().textContent()).toContain(formatPoints(online.score));
    // The leaderboard API is not answered from a cache: offline, it fails like any request.
    const api = await page.evaluate(async () => {
      try {
        return (await fetch('./api/health')).status;
      } catch {
        return 'network error';
      }
    });
    expect(api).toBe('network error');

    // A Classic round with another pack (its own chunk, never loaded online) plays offline.
    const first = online.config.packId;
    // The next pack in the list: arrow keys move through a radio group.
    await page.locator('input[name="pack"]:checked').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Play', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'quiz');
    expect((await round(page))!.config.packId).not.toBe(first);
    await playThrough(page, pickRight);
    expect((await round(page))!.phase).toBe('finished');
    await page.getByRole('button', { name: 'Menu', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'menu');

    // And the Daily, scored once, offline.
    await page.getByTestId('daily-play').focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'quiz');
    expect((await round(page))!.config.mode).toBe('daily');
    await playThrough(page, pickRight);
    await expect.poll(() => page.getByTestId('daily-result').textContent()).toMatch(/^Daily #\d+ scored\./);

    // Only the browser's own reports of the refused /api request are allowed.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });
});
