// What the player sees of packs, the Daily and how a round ended (issue 23 points 6 and 8, issue
// 25 point 4 on the device): the menu lists every pack with its size and date, picked by touch and
// by keys; one Daily for everyone, front and centre, the same questions whatever pack is
// selected, each saying its pack; "Pack cleared!" when a Survival run exhausts its pack; saved data
// that could not be read is said once on the menu.
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answer, pickRight, proceed, round, screenshotPath, useBrowser, waitForPhase, waitForScreen } from './browser';
import { packSizeLine } from '../../src/app/format';
import { dailyRoundQuestions, dailyRoundSeed, dailyVersion } from '../../src/domain/daily-round';
import { encodeChallenge } from '../../src/share/challenge-link';
import { allPackPaths, loadValidPack } from '../unit/helpers';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();
const miniText = readFileSync('tests/fixtures/mini-pack.json', 'utf8');

/** The shipped packs as the menu lists them (by file name), with their titles. */
const SHIPPED = readdirSync('questions')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`questions/${f}`, 'utf8')) as { id: string; title: string; source: { published?: string } });
const titleOf = new Map(SHIPPED.map((p) => [p.id, p.title]));
const SHIPPED_PACKS = allPackPaths().filter((p) => p.startsWith('questions/')).map(loadValidPack);

const SIZES: { name: string; options: BrowserContextOptions }[] = [
  { name: '360x640', options: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true } },
  { name: '390x844-3x', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  { name: '1366x768', options: { viewport: { width: 1366, height: 768 } } },
];

/** The pack the menu shows as picked (its checked radio). */
const selectedPack = (page: Page) => page.locator('input[name="pack"]:checked').getAttribute('value');
const bottomOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((n) => n.getBoundingClientRect().bottom);

describe('the menu lists the packs', () => {
  for (const { name, options } of SIZES) {
    it(`with title, size and date; Play and the Daily stay on the first screen at ${name}`, async () => {
      const { context, page, errors } = await openPage(options);
      await page.goto(baseUrl);
      await waitForScreen(page, 'menu');
      // Every pack is a labelled radio in one group, its size and date in its name.
      const group = page.getByRole('group', { name: 'Question pack' });
      const radios = group.getByRole('radio');
      expect(await radios.count()).toBe(SHIPPED.length);
      const first = SHIPPED[0]!;
      const rowText = await page.locator(`[data-control="pack:${first.id}"] .pack-meta`).textContent();
      expect(rowText).toMatch(/^\d+ questions · \d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(rowText).toContain(packSizeLine({ published: first.source.published }));
      await expect(group.getByRole('radio', { name: `${first.title} ${rowText}` }).count()).resolves.toBe(1);
      // The list scrolls inside its own box, so more packs only lengthen what scrolls: Play and
      // the Daily's button stay where they are, on the first screen.
      const list = await page.locator('.packs').evaluate((n) => ({ client: n.clientHeight, scroll: n.scrollHeight }));
      expect(list.scroll).toBeGreaterThan(list.client);
      const height = options.viewport!.height;
      expect(await bottomOf(page, '.play')).toBeLessThanOrEqual(height);
      expect(await bottomOf(page, '[data-testid="daily-play"]')).toBeLessThanOrEqual(height);
      expect(await page.getByTestId('daily').textContent()).toMatch(/^Daily #\d+ — the same 10 questions for everyone today/);
      await page.screenshot({ path: screenshotPath(`views-menu-${name}`) });
      // 24 packs (15 more listings, as the build's catalog would list them): the same first screen.
      const playBefore = await bottomOf(page, '.play');
      await page.evaluate(() => {
        const ui = window.__trivia!.uiStore.getState();
        const first = ui.packs.find((p) => p.status === 'ok')!;
        const extra = Array.from({ length: 15 }, (_, i) => ({ ...first, id: `extra-pack-${i + 1}`, file: `questions/extra-${i + 1}.json`, title: `Extra pack ${i + 1} with a title long enough to wrap on a phone` }));
        ui.setPacks([...ui.packs, ...extra]);
      });
      await expect.poll(() => radios.count()).toBe(SHIPPED.length + 15);
      expect(await bottomOf(page, '.play')).toBe(playBefore);
      expect(await bottomOf(page, '[data-testid="daily-play"]')).toBeLessThanOrEqual(height);
      const last = page.locator('[data-control="pack:extra-pack-15"]');
      await last.scrollIntoViewIfNeeded();
      expect(await last.isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath(`views-menu-24-packs-${name}`) });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('picked by touch at 390×844 (3×): a tap on a row further down selects it', async () => {
    const { context, page, errors } = await openPage(SIZES[1]!.options);
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    const target = SHIPPED.at(-1)!;
    const row = page.locator(`[data-control="pack:${target.id}"]`);
    await row.scrollIntoViewIfNeeded();
    await row.tap();
    await expect.poll(() => selectedPack(page)).toBe(target.id);
    expect(await page.getByRole('radio', { name: new RegExp(`^${target.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `) }).isChecked()).toBe(true);
    await page.locator('.play').tap();
    await waitForScreen(page, 'quiz');
    expect((await round(page))!.config.packId).toBe(target.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('picked by keys: arrows move through the packs, Tab leaves the list, Enter on Play plays it', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await page.locator('input[name="pack"]:checked').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedPack(page)).toBe(SHIPPED[2]!.id);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => selectedPack(page)).toBe(SHIPPED[1]!.id);
    // Tab goes on to the modes (one stop for the whole radio group), then the difficulties, then Play.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('mode');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Play');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'quiz');
    expect((await round(page))!.config.packId).toBe(SHIPPED[1]!.id);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('one Daily for everyone', () => {
  it('is the same 10 questions in two fresh browsers with different packs selected, each saying its pack', async () => {
    const rounds = [];
    for (const pick of [SHIPPED[0]!, SHIPPED.at(-1)!]) {
      const { context, page, errors } = await openPage({ viewport: { width: 390, height: 844 } });
      await page.goto(baseUrl);
      await waitForScreen(page, 'menu');
      await page.locator(`[data-control="pack:${pick.id}"]`).click();
      await expect.poll(() => selectedPack(page)).toBe(pick.id);
      await page.getByTestId('daily-play').click();
      await waitForScreen(page, 'quiz');
      await waitForPhase(page, 'asking', 0);
      const r = (await round(page))!;
      expect(r.config).toMatchObject({ packId: 'daily', mode: 'daily', difficulty: 'medium' });
      expect(new Set(r.questions.map((q) => q.packId)).size).toBeGreaterThan(1);
      // Each question says, small, which pack it comes from.
      for (let i = 0; i < 3; i++) {
        await waitForPhase(page, 'asking', i);
        const q = (await round(page))!.questions[i]!;
        await expect.poll(() => page.getByTestId('question-source').textContent()).toBe(`From: ${titleOf.get(q.packId!)}`);
        await answer(page, pickRight, 'key-digit');
        await proceed(page, 'enter');
      }
      if (pick === SHIPPED[0]) await page.screenshot({ path: screenshotPath('views-daily-question-390x844') });
      rounds.push(r);
      // Leaving keeps the pack the player had picked.
      await page.getByRole('button', { name: 'Menu (asks before leaving this round)' }).click();
      await page.getByRole('button', { name: 'Leave', exact: true }).click();
      await waitForScreen(page, 'menu');
      expect(await selectedPack(page)).toBe(pick.id);
      expect(await page.locator('input[name="pack"]:checked').getAttribute('value')).toBe(pick.id);
      expect(errors).toEqual([]);
      await context.close();
    }
    expect(rounds[1]!.config).toEqual(rounds[0]!.config);
    expect(rounds[1]!.questions).toEqual(rounds[0]!.questions);
  });

  it('a challenge link to a Daily replays the same questions from every pack, named as the Daily', async () => {
    const all = SHIPPED_PACKS;
    const day = '2026-12-01';
    const seed = dailyRoundSeed(day);
    const link = encodeChallenge({ packId: 'daily', packVersion: dailyVersion(all), seed, mode: 'daily', difficulty: 'medium', name: 'Sam', score: 1931, total: 10 }, baseUrl);
    if (!link.ok) throw new Error(link.message);
    const { context, page, errors } = await openPage();
    await page.goto(link.url);
    await waitForScreen(page, 'intro');
    await expect.poll(() => page.getByTestId('intro-text').textContent()).toContain('Sam scored 1,931 on The Daily (all packs)');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForPhase(page, 'asking', 0);
    const r = (await round(page))!;
    expect(r.config).toEqual({ packId: 'daily', packVersion: dailyVersion(all), seed, mode: 'daily', difficulty: 'medium' });
    expect(r.questions.map((q) => q.id)).toEqual(dailyRoundQuestions(all, seed).map((q) => q.id));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('How to play says what the Daily is and that rounds prefer questions not seen lately', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    await page.getByRole('button', { name: 'How to play' }).click();
    const help = page.getByRole('dialog', { name: 'How to play' });
    await expect.poll(() => help.isVisible()).toBe(true);
    const text = await help.textContent();
    expect(text).toContain('The Daily: 10 questions drawn from every pack, the same for everyone that day');
    expect(text).toContain('Rounds prefer questions you have not seen lately on this device.');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('how a round ended', () => {
  for (const { name, options } of [SIZES[1]!, SIZES[2]!]) {
    it(`a Survival run that answers every question of a small pack ends on "Pack cleared!" (${name})`, async () => {
      const { context, page, errors } = await openPage(options);
      await page.route((url) => url.pathname === '/test-packs/mini.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: miniText }));
      await page.goto(`${baseUrl}?pack=/test-packs/mini.json&autostart=survival`);
      await waitForScreen(page, 'quiz');
      const total = (await round(page))!.questions.length;
      expect(total).toBeGreaterThan(1);
      for (let i = 0; i < total; i++) {
        await waitForPhase(page, 'asking', i);
        await answer(page, pickRight, 'key-digit');
        await proceed(page, 'enter');
      }
      await waitForScreen(page, 'results');
      expect(await page.locator('#results-title').textContent()).toBe('Pack cleared!');
      expect(await page.getByTestId('results-end-note').textContent()).toBe('You answered every question this pack holds.');
      expect(await page.getByTestId('results-summary').textContent()).toMatch(/^Pack cleared! You answered every question this pack holds\. Score /);
      await page.screenshot({ path: screenshotPath(`views-pack-cleared-${name}`) });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('saved data that could not be read', () => {
  it('is said once on the menu, in plain words, and stays dismissed', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 390, height: 844 } });
    // Corrupt saved scores and seen questions, written before the game's first script runs (once:
    // the reload below must find what the game left).
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('football-trivia:scores', '{"state": {"tables": [oops');
      localStorage.setItem('football-trivia:seen', 'not json at all');
      localStorage.setItem('football-trivia:online', '{"state": {"pending": [');
    });
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    const notice = page.getByTestId('saved-data-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Your saved scores on this device could not be read.');
    expect(text).toContain('The list of questions you saw lately could not be read');
    await page.screenshot({ path: screenshotPath('views-saved-data-notice-390x844') });
    // Queued online submissions are the online part's (it loads after the first paint, so it says
    // so in the toast rather than moving the menu).
    await expect.poll(() => page.locator('.toast').textContent(), { timeout: 20_000 }).toContain('Your waiting online scores on this device could not be read.');
    // Set aside, not deleted.
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => /unreadable|set-aside/.test(k)));
    expect(aside.length).toBeGreaterThanOrEqual(2);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Play');
    // Said once: after a reload nothing is unreadable any more.
    await page.reload();
    await waitForScreen(page, 'menu');
    expect(await notice.isVisible()).toBe(false);
    // The unreadable text is still there, aside, word for word.
    expect(await page.evaluate(() => localStorage.getItem('football-trivia:scores.unreadable-1'))).toBe('{"state": {"tables": [oops');
    expect(await page.evaluate(() => localStorage.getItem('football-trivia:seen:set-aside'))).toBe('not json at all');
    expect(errors).toEqual([]);
    await context.close();
  });
});
