// The pack studio on the built site with the service worker ON (every other suite blocks it, and so
// none of them saw the game's page fallback answer /studio.html with the game's menu). An author
// plays first, then opens the studio from the menu; drafts; presses Play this pack; reloads the
// studio; and reloads it again with the network off: every time it is the studio, with the draft.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { round, useBrowser, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const studioUrl = `${baseUrl}studio.html`;
const ARTICLE = readFileSync('tests/fixtures/draft-corpus/tuchel-sacked.txt', 'utf8');
const openPage = useBrowser();

const isStudio = (page: Page) => page.getByRole('heading', { name: 'Pack studio', level: 1 }).count();
const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

describe('pack studio with the service worker on', () => {
  it('is reachable from the game, survives Play and reloads, and opens offline with its draft', async () => {
    const { context, page, errors } = await openPage({ serviceWorkers: 'allow' });
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.includes('precache'))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    // The studio's page, its code and the drafter's worker are in the cache with the game.
    expect(precached.some((p) => p.endsWith('/studio.html'))).toBe(true);
    expect(precached.some((p) => /\/assets\/studio-.*\.js$/.test(p))).toBe(true);
    expect(precached.some((p) => /\/assets\/draft-worker-.*\.js$/.test(p))).toBe(true);

    // For authors → the studio: the studio, under the game's worker (it used to be the menu).
    await page.reload();
    await waitForScreen(page, 'menu');
    expect(await controlled(page)).toBe(true);
    await page.getByText('For authors', { exact: true }).click();
    await page.getByRole('link', { name: 'Make a pack from an article (pack studio)' }).click();
    await page.waitForURL(/\/studio\.html$/);
    await expect.poll(() => isStudio(page)).toBe(1);
    expect(await controlled(page)).toBe(true);
    expect(await page.evaluate(() => '__trivia' in window)).toBe(false);

    await page.getByLabel('Article text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Draft questions' }).click();
    await expect.poll(() => page.getByTestId('draft-status').textContent(), { timeout: 30_000 }).toMatch(/^Drafted \d+ facts/);
    const count = await page.getByTestId('card').count();
    expect(count).toBeGreaterThan(5);
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved in this browser');

    // Play this pack opens the game in a tab of its own, on the pack.
    await expect.poll(() => page.getByTestId('play').getAttribute('href'), { timeout: 20_000 }).toMatch(/#pack=/);
    const opening = context.waitForEvent('page');
    await page.getByRole('link', { name: 'Play this pack' }).click();
    const game = await opening;
    await waitForScreen(game, 'quiz', 30_000);
    expect((await round(game))!.config.mode).toBe('classic');
    await game.close();

    // Reload after Play: still the studio, with the draft.
    await page.reload();
    await expect.poll(() => isStudio(page)).toBe(1);
    await expect.poll(() => page.getByTestId('card').count(), { timeout: 10_000 }).toBe(count);

    // Offline: the studio reloads from the cache, the draft from IndexedDB, and drafting still
    // works (the worker is precached).
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => isStudio(page)).toBe(1);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect.poll(() => page.getByTestId('card').count(), { timeout: 10_000 }).toBe(count);
    expect(await page.getByLabel('Article text').inputValue()).toBe(ARTICLE);
    await page.getByRole('button', { name: 'New pack' }).click();
    await page.getByLabel('Article text').fill(ARTICLE.split('\n\n').slice(0, 3).join('\n\n'));
    await page.getByRole('button', { name: 'Draft questions' }).click();
    await expect.poll(() => page.getByTestId('draft-status').textContent(), { timeout: 30_000 }).toMatch(/^Drafted \d+ facts/);

    // And the game's own fallback still answers the game's addresses offline.
    await page.goto(`${baseUrl}?autostart=classic`);
    await waitForScreen(page, 'quiz', 30_000);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('a studio visited first registers the worker itself and reloads offline', async () => {
    const { context, page, errors } = await openPage({ serviceWorkers: 'allow' });
    await page.goto(studioUrl);
    await expect.poll(() => isStudio(page)).toBe(1);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => isStudio(page)).toBe(1);
    expect(await controlled(page)).toBe(true);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });
});
