// What must not break the game: a muted player reloading, hostile localStorage, missing or
// undecodable sound, and a broken pack file (shown as a readable list; the game keeps running).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answer, pickRight, proceed, round, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const SETTINGS_KEY = 'football-trivia:settings';
const openPage = useBrowser();

const settings = (page: Page) =>
  page.evaluate(() => {
    const { muted, volume, lastMode, lastDifficulty, lastPackId } = window.__trivia!.settingsStore.getState();
    return { muted, volume, lastMode, lastDifficulty, lastPackId };
  });

/** Play a few questions by keyboard, to show a round still runs. */
async function playSome(page: Page, n: number): Promise<void> {
  await waitForScreen(page, 'quiz');
  for (let i = 0; i < n; i++) {
    await waitForPhase(page, 'asking', i);
    await answer(page, pickRight, 'key-digit');
    await proceed(page, 'enter');
  }
}

describe('settings', () => {
  it('mute (M key) and volume survive a reload', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    expect((await settings(page)).muted).toBe(false);
    await page.keyboard.press('m');
    await page.waitForFunction(() => window.__trivia?.settingsStore.getState().muted === true);
    const volume = page.getByRole('slider', { name: 'Volume' });
    await volume.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.__trivia?.settingsStore.getState().volume === 0.3);
    await page.reload();
    await waitForScreen(page, 'menu');
    expect(await settings(page)).toMatchObject({ muted: true, volume: 0.3 });
    await expect(page.getByRole('button', { name: 'Sound' }).first().getAttribute('aria-pressed')).resolves.toBe('false');
    // And back on, by the DOM button.
    await page.getByRole('button', { name: 'Sound' }).first().focus();
    await page.keyboard.press('Enter');
    await page.reload();
    await waitForScreen(page, 'menu');
    expect((await settings(page)).muted).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('corrupt JSON, wrong shapes and a throwing localStorage never stop the game', async () => {
    for (const [label, init] of [
      ['corrupt JSON', `localStorage.setItem('${SETTINGS_KEY}', '{not json')`],
      ['wrong shapes', `localStorage.setItem('${SETTINGS_KEY}', JSON.stringify({ state: { muted: 'yes', volume: 7, lastMode: 'daily', lastDifficulty: 'hard', lastPackId: 42 }, version: 1 }))`],
      ['old version', `localStorage.setItem('${SETTINGS_KEY}', JSON.stringify({ state: { sound: false, mode: 'survival' }, version: 0 }))`],
      ['storage throws', `for (const m of ['getItem', 'setItem', 'removeItem']) Storage.prototype[m] = () => { throw new DOMException('nope', 'QuotaExceededError'); }`],
    ] as const) {
      const { context, page, errors } = await openPage();
      // Only on the first document: a reload must see what the game wrote, not the seed again.
      await context.addInitScript(`if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); ${init} }`);
      await page.goto(baseUrl);
      await waitForScreen(page, 'menu');
      const s = await settings(page);
      if (label === 'wrong shapes') expect(s).toMatchObject({ muted: false, volume: 1, lastMode: 'classic', lastDifficulty: 'hard', lastPackId: null });
      else if (label === 'old version') expect(s).toMatchObject({ muted: true, lastMode: 'survival' });
      else expect(s).toMatchObject({ muted: false, volume: 0.8, lastMode: 'classic' });
      await page.keyboard.press('m');
      await page.waitForFunction((was) => window.__trivia?.settingsStore.getState().muted === !was, s.muted);
      const play = page.getByRole('button', { name: 'Play', exact: true });
      await play.focus();
      await page.keyboard.press('Enter');
      await playSome(page, 1);
      expect(errors, label).toEqual([]);
      await context.close();
    }
  });

  it('prefers-reduced-motion is honoured', async () => {
    const { context, page } = await openPage({ reducedMotion: 'reduce' });
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    expect(await page.evaluate(() => window.__trivia!.uiStore.getState().reducedMotion)).toBe(true);
    await context.close();
  });
});

describe('sound failures', () => {
  for (const [label, body, status] of [
    ['missing (404)', 'not found', 404],
    ['undecodable', 'this is not a sound file at all', 200],
  ] as const) {
    it(`a round plays on when the sound file is ${label}`, async () => {
      const { context, page, errors } = await openPage();
      await page.route(/\.(opus|mp3)$/, (route) => route.fulfill({ status, body, contentType: 'audio/ogg' }));
      // The notice clears itself after a few seconds, which a loaded machine can outlast while
      // playing: record every toast the page shows from the start instead of polling for it.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __toasts: string[] }).__toasts = seen;
        new MutationObserver(() => {
          for (const t of document.querySelectorAll('.toast[role="status"]')) if (!t.hasAttribute('hidden') && t.textContent) seen.push(t.textContent);
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await page.goto(`${baseUrl}?autostart=classic`);
      // Unlock audio like a player would, then play on.
      await page.mouse.click(5, 5);
      await playSome(page, 3);
      expect((await round(page))!.history).toHaveLength(3);
      await page.waitForFunction(() => (window as unknown as { __toasts: string[] }).__toasts.length > 0, undefined, { timeout: 20_000 });
      const toasts = await page.evaluate(() => (window as unknown as { __toasts: string[] }).__toasts);
      expect(toasts.some((t) => t.includes('Sound could not be loaded'))).toBe(true);
      // The only errors allowed are the browser's own report of the failed fetch.
      expect(errors.filter((e) => !/Failed to load resource|status of 404/.test(e))).toEqual([]);
      await context.close();
    });
  }
});

describe('a failed download of the game itself', () => {
  it('the splash says the game could not be loaded instead of loading for ever', async () => {
    const { context, page } = await openPage();
    // The rules and round preparation: the 'core' chunk the page's script imports, fetched beside
    // it (vite.config.ts names it). If the chunk is renamed, this test must fail, not pass silently.
    let aborted = 0;
    await page.route(/\/assets\/core-[^/]+\.js$/, (route) => {
      aborted++;
      return route.abort('internetdisconnected');
    });
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('#splash .splash-sub').textContent()).toBe('The game could not be loaded. Check your connection and reload the page.');
    expect(aborted).toBeGreaterThan(0);
    await context.close();
  });
});

describe('broken packs', () => {
  // Bundled packs are validated when the game is built (build/pack-catalog.ts; a broken one is
  // listed with its problems, tests/unit/pack-catalog.test.ts): what can still break at run
  // time is a pack's data arriving, which is loaded when a round needs it.
  it('a pack whose data cannot be downloaded costs that round only, with a message, and a retry works', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 360, height: 640 } });
    let fail = true;
    // The first pack comes with the page's own code (a static import); every other pack is a chunk
    // fetched when a round needs it, and those are the ones that fail here.
    await page.route(/\/assets\/pack-data-(?!benzema-2022-)[^/]+\.js$/, (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue()));
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    const firstPack = await page.evaluate(() => window.__trivia!.settingsStore.getState().lastPackId);
    // The next pack in the list: arrow keys move through a radio group.
    await page.locator('input[name="pack"]:checked').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Play', exact: true }).focus();
    await page.keyboard.press('Enter');
    const problem = page.getByTestId('round-problem');
    await expect.poll(() => problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toContain('This round could not be prepared');
    expect(await page.evaluate(() => window.__trivia!.uiStore.getState().screen)).toBe('menu');
    // Still running: sound toggles; and once the network is back, Play starts the round.
    await page.keyboard.press('m');
    await page.waitForFunction(() => window.__trivia?.settingsStore.getState().muted === true);
    fail = false;
    await page.getByRole('button', { name: 'Play', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'quiz');
    expect(await page.evaluate(() => window.__trivia!.roundStore.getState().round?.config.packId)).not.toBe(firstPack ?? 'benzema-2022');
    expect(errors.filter((e) => !/Failed to load resource|status of 500|dynamically imported module/.test(e))).toEqual([]);
    await context.close();
  });
});
