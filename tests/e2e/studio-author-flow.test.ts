// Issue 22's "tried as a new author would", on the built site with the service worker ON: from an
// empty studio, a ~300-word report (a text of the test fixtures) becomes a pack, one wrong answer is removed (the only edit),
// Share copies a short /p/<id> link in one click (the pack is too big for a link chat apps keep),
// and a friend in a fresh browser follows it and plays ten questions under the author's title.
// Also the studio's screenshots at 1366×768 and on a 390×844 touch phone at 3×.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { generateQuestions } from '../../src/domain/questions/generate';
import { pickRight, round, screenshotPath, useBrowser, waitForScreen } from './browser';
import { startPackHost, type PackHost } from './pack-host';
import { NO_WEB_SHARE, playThrough } from './play-helpers';

const baseUrl = inject('baseUrl');
const openPage = useBrowser();
/** The first paragraphs (300 words or more, and enough for ten questions from today's drafter) of
 *  a report of the 2024 Champions League final, written here in the style of an agency report
 *  (tests/fixtures/draft-corpus: not a published article). */
const ARTICLE = (() => {
  const out: string[] = [];
  for (const p of readFileSync('tests/fixtures/draft-corpus/real-madrid-champions-league-final-2024.txt', 'utf8').split(/\n\s*\n/)) {
    out.push(p.trim());
    const text = out.join('\n\n');
    if (text.split(/\s+/).length >= 300 && generateQuestions(draftPack(text).pack, { seed: 'menu', count: 10 }).length >= 10) break;
  }
  return out.join('\n\n');
})();

let host: PackHost;
beforeAll(async () => {
  host = await startPackHost(baseUrl);
});
afterAll(async () => {
  await host.close();
});

async function draftArticle(page: Page): Promise<void> {
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Title', { exact: true }).fill('Real Madrid win the 2024 final');
  await page.getByLabel('Publisher').fill('Test fixture');
  await page.getByLabel('Date', { exact: true }).fill('2024-06-01');
  await page.getByLabel('Your name (author)').fill('Sam Author');
  await page.getByRole('button', { name: 'Draft questions' }).click();
  await expect.poll(() => page.getByTestId('draft-status').textContent(), { timeout: 30_000 }).toMatch(/^Drafted \d+ facts/);
  await expect.poll(() => page.getByTestId('summary').textContent()).toMatch(/Ready to play\.$/);
}

describe('a new author, start to finish, on the built site with the service worker on', () => {
  it('empty studio → 300-word article → one edit → Share (short link) → a friend plays ten questions', async () => {
    expect(ARTICLE.split(/\s+/).length).toBeGreaterThanOrEqual(300);
    const author = await openPage({ serviceWorkers: 'allow', viewport: { width: 1366, height: 768 } });
    await author.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
    await author.context.addInitScript(NO_WEB_SHARE);
    const { page } = author;
    await page.goto(`${host.url}studio.html`);
    await expect.poll(() => page.getByTestId('drafts-status').textContent()).toBe('No saved packs yet.');
    await draftArticle(page);

    // Every form of a fact is on its card, and wrong answers are chips: one removal is the edit.
    const card = page.getByTestId('card').filter({ has: page.getByTestId('wrong-chip') }).first();
    expect(await page.locator('[data-testid="preview-question"][data-form="true-false"]').count()).toBeGreaterThan(0);
    const chip = card.getByTestId('wrong-chip').first();
    const removed = (await chip.locator('span').textContent())!;
    const factIndex = Number(await card.getAttribute('data-fact-index'));
    await chip.getByRole('button', { name: `Remove the wrong answer ${removed}` }).click();
    await expect.poll(() => card.getByTestId('wrong-chip').allTextContents()).not.toContain(`${removed}×`);
    await expect.poll(() => page.getByTestId('summary').textContent()).toMatch(/Ready to play\.$/);
    await page.screenshot({ path: screenshotPath('studio-1366x768'), fullPage: false });

    // Share: one click; the link would be too long for chat apps, so the site keeps the pack and
    // the short link is what lands on the clipboard.
    await expect.poll(() => page.getByTestId('play-status').textContent(), { timeout: 20_000 }).toMatch(/Share gets a short link \(a full one would be [\d,]+ characters, too long for chat apps\)\.$/);
    await page.getByRole('button', { name: 'Share pack' }).click();
    await expect.poll(() => page.getByTestId('play-status').textContent(), { timeout: 15_000 }).toMatch(/^Short link copied: /);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${host.url}p/[A-Za-z0-9_-]+$`));
    expect(link.length).toBeLessThan(100);
    expect(host.stored.size).toBe(1);
    const shared = JSON.parse([...host.stored.values()][0]!) as { title: string; facts: { review?: string; distractors?: { exclude?: string[]; wrong?: string[] } }[] };
    expect(shared.title).toBe('Real Madrid win the 2024 final');
    // The edit travelled with it.
    const edited = shared.facts[factIndex]!.distractors ?? {};
    expect(edited.wrong ?? []).not.toContain(removed);
    expect([...(edited.wrong ?? []), ...(edited.exclude ?? [])].length).toBeGreaterThan(0);
    expect(author.errors).toEqual([]);
    await author.context.close();

    // The friend: a fresh browser, the short link, the author's title, ten questions.
    const friend = await openPage({ serviceWorkers: 'allow' });
    await friend.page.goto(link);
    await waitForScreen(friend.page, 'menu', 30_000);
    await expect.poll(() => friend.page.evaluate(() => window.__trivia!.uiStore.getState().packs.find((p) => p.id === window.__trivia!.settingsStore.getState().lastPackId)?.title)).toBe('Real Madrid win the 2024 final');
    await expect.poll(() => friend.page.locator('#mode-note').textContent()).toMatch(/^Classic: 10 questions/);
    await friend.page.getByRole('button', { name: 'Play', exact: true }).focus();
    await friend.page.keyboard.press('Enter');
    await waitForScreen(friend.page, 'quiz');
    expect((await round(friend.page))!.questions).toHaveLength(10);
    await playThrough(friend.page, pickRight);
    expect((await round(friend.page))!.correctCount).toBe(10);
    // Online, with no leaderboard on this host: never "Played offline".
    expect(await friend.page.locator('body').textContent()).not.toContain('Played offline');
    expect(friend.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await friend.context.close();
  });

  it('fits a 390×844 touch phone at 3×: nothing wider than the screen', async () => {
    const { context, page, errors } = await openPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
    await page.goto(`${host.url}studio.html`);
    await draftArticle(page);
    await page.getByTestId('card').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('studio-390x844-cards') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('studio-390x844-top') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Chips' remove buttons are finger-sized.
    const box = await page.getByTestId('wrong-chip').first().getByRole('button').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a small pack goes in the link itself: Share copies it in the same click, under 2,000 characters', async () => {
    const { context, page, errors } = await openPage({ serviceWorkers: 'allow' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
    await context.addInitScript(NO_WEB_SHARE);
    const storedBefore = host.stored.size;
    await page.goto(`${host.url}studio.html`);
    await page.getByLabel('Pack file to import (JSON, GIFT or Open Trivia DB)').setInputFiles('tests/fixtures/mini-pack.json');
    await expect.poll(() => page.getByTestId('play-status').textContent(), { timeout: 20_000 }).toMatch(/Share gives a [\d,]+-character link\.$/);
    await page.getByRole('button', { name: 'Share pack' }).click();
    await expect.poll(() => page.getByTestId('play-status').textContent()).toMatch(/^Link copied \([\d,]+ characters\)\. Nothing is stored on a server/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/index\.html#pack=2\.[0-9a-z]{14}\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(2000);
    // Nothing went to the server.
    expect(host.stored.size).toBe(storedBefore);
    const friend = await context.newPage();
    await friend.goto(link);
    await waitForScreen(friend, 'menu', 30_000);
    await expect.poll(() => friend.evaluate(() => window.__trivia!.uiStore.getState().packs.at(-1)?.title)).toBe('Mini test pack');
    expect(errors).toEqual([]);
    await context.close();
  });
});
