// Authoring in the running game: open a pack by the file picker, by `?pack=<url>` and by drag and
// drop; a broken file shows its problems with line numbers and the game keeps its packs.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answer, controlRect, pickRight, round, screenshotPath, useBrowser, waitForPhase, waitForScreen } from './browser';

const baseUrl = inject('baseUrl');
const FIXTURE = 'tests/fixtures/mini-pack.json';
const miniText = readFileSync(FIXTURE, 'utf8');
const openPage = useBrowser();

const packIds = (page: Page) => page.evaluate(() => window.__trivia!.uiStore.getState().packs.map((p) => `${p.status}:${p.id}`));
/** The packs bundled in questions/, as the menu lists them. */
const BUNDLED = readdirSync('questions')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `ok:${(JSON.parse(readFileSync(`questions/${f}`, 'utf8')) as { id: string }).id}`);
const packLive = (page: Page) => page.getByTestId('pack-live').evaluate((el) => (el as HTMLElement).dataset.last ?? '');
const status = (page: Page) => page.getByTestId('open-pack-status').textContent();

async function waitForOpened(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (packId) => {
      const t = window.__trivia!;
      return t.uiStore.getState().packs.some((p) => p.id === packId && p.status === 'ok' && p.file.includes(':')) && t.settingsStore.getState().lastPackId === packId;
    },
    id,
    { timeout: 10_000 },
  );
}

/** Press the DOM Play button and check the round comes from the pack, then answer its first question. */
async function playFirstQuestion(page: Page, packId: string): Promise<void> {
  // By keyboard, as a keyboard user does.
  await page.getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'quiz');
  await waitForPhase(page, 'asking', 0);
  expect((await round(page))!.config.packId).toBe(packId);
  await answer(page, pickRight, 'key-digit');
  await waitForPhase(page, 'feedback', 0);
  expect((await round(page))!.history[0]!.correct).toBe(true);
}

describe('open pack', () => {
  it('by the file picker: listed, selected and playable', async () => {
    const { context, page, errors } = await openPage();
    // A stranger's pack is checked in a worker of its own, so a big one cannot freeze the page.
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    // Open pack… sits in the collapsed "For authors" corner, out of the player's way.
    const button = page.getByRole('button', { name: 'Open pack…' });
    await expect(button.isVisible()).resolves.toBe(false);
    await page.getByText('For authors', { exact: true }).click();
    await expect(button.isVisible()).resolves.toBe(true);
    // The button opens the real file input (a chooser in a real browser).
    const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
    await button.focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(FIXTURE);
    await waitForOpened(page, 'mini');
    expect(workers.some((url) => /pack-check-worker/.test(url))).toBe(true);
    expect(await packIds(page)).toEqual([...BUNDLED, 'ok:mini']);
    // The menu lists the new pack, checked.
    await controlRect(page, 'pack:mini');
    await expect(page.getByRole('radio', { name: 'Mini test pack (opened file)' }).isChecked()).resolves.toBe(true);
    expect(await packLive(page)).toMatch(/Opened “Mini test pack” \(\d+ facts, 1 hand-written question\) and selected it\. Press Play/);
    await page.screenshot({ path: screenshotPath('open-pack-menu') });
    await playFirstQuestion(page, 'mini');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('by ?pack=<url> (with autostart), and clear messages for HTTP errors and non-JSON', async () => {
    const { context, page, errors } = await openPage();
    // Matched on the path: the page's own address names /test-packs/ in its query.
    await page.route((url) => url.pathname.startsWith('/test-packs/'), (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.endsWith('/mini.json')) return route.fulfill({ status: 200, contentType: 'application/json', body: miniText });
      if (path.endsWith('/page.json')) return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hello</p>' });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'nope' });
    });
    await page.goto(`${baseUrl}?pack=/test-packs/mini.json&autostart=classic`);
    await waitForScreen(page, 'quiz');
    await waitForPhase(page, 'asking', 0);
    expect((await round(page))!.config).toMatchObject({ packId: 'mini', mode: 'classic' });

    await page.goto(`${baseUrl}?pack=/test-packs/missing.json`);
    await waitForScreen(page, 'menu');
    await page.waitForFunction(() => /HTTP 404/.test(document.querySelector('[data-testid="open-pack-status"]')?.textContent ?? ''));
    expect(await packLive(page)).toContain('missing.json could not be opened: the server answered HTTP 404');
    expect(await packIds(page)).toEqual(BUNDLED);

    await page.goto(`${baseUrl}?pack=/test-packs/page.json`);
    await waitForScreen(page, 'menu');
    await page.waitForFunction(() => /web page \(HTML\)/.test(document.querySelector('[data-testid="open-pack-status"]')?.textContent ?? ''));
    // Chromium itself logs the 404 it was asked to fetch; nothing else may go wrong.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await context.close();
  });

  it('a broken pack shows its problems with line numbers; the game keeps running', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    const input = page.getByTestId('open-pack-input');
    // A syntax error: a missing comma on line 3.
    await input.setInputFiles({ name: 'syntax.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "id": "x"\n  "version": "1.0.0"\n}\n') });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="open-pack-problems"]')?.hidden === false);
    const syntax = await page.getByTestId('open-pack-problems').innerText();
    expect(syntax).toContain('syntax.json — ');
    expect(syntax).toMatch(/line 3:3 — the file is not valid JSON/);
    expect(await packLive(page)).toMatch(/syntax\.json has \d+ problems?.*line 3:3/);
    // A schema error: the fixture with a fact's answer type misspelt (line numbers from the file).
    const bad = miniText.replace('"type": "team"', '"type": "teem"');
    const badLine = bad.split('\n').findIndex((l) => l.includes('"teem"')) + 1;
    await input.setInputFiles({ name: 'schema.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.waitForFunction(() => document.querySelector('[data-testid="open-pack-problems"] h3')?.textContent?.startsWith('schema.json'));
    const schema = await page.getByTestId('open-pack-problems').innerText();
    expect(schema).toMatch(new RegExp(`line ${badLine}:\\d+ — facts\\[\\d+\\]\\.answer`));
    await page.screenshot({ path: screenshotPath('open-pack-schema-problems') });
    // Empty, binary junk and a too-big file: messages, never a crash.
    await input.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) });
    await page.waitForFunction(() => document.querySelector('[data-testid="open-pack-problems"] h3')?.textContent?.startsWith('empty.json'));
    expect(await page.getByTestId('open-pack-problems').innerText()).toMatch(/line 1:1 — the file is not valid JSON|the file is empty/);
    const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256));
    await input.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: junk });
    await page.waitForFunction(() => document.querySelector('[data-testid="open-pack-problems"] h3')?.textContent?.startsWith('junk.json'));
    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) });
    await page.waitForFunction(() => /huge\.json could not be opened: the file is too big/.test(document.querySelector('[data-testid="open-pack-status"]')?.textContent ?? ''));
    await page.screenshot({ path: screenshotPath('open-pack-problems') });
    // Still only the bundled packs, and they still play.
    expect(await packIds(page)).toEqual(BUNDLED);
    await playFirstQuestion(page, 'benzema-2022');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('by drag and drop anywhere, with a hint while dragging; an id clash replaces the bundled pack', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(baseUrl);
    await waitForScreen(page, 'menu');
    const clash = JSON.stringify({ ...JSON.parse(miniText), id: 'benzema-2022', title: 'My Benzema draft' }, null, 2);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'draft.json', { type: 'application/json' }));
      const target = document.elementFromPoint(200, 200) ?? document.body;
      target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, clash);
    await expect(page.getByTestId('drop-hint').isVisible()).resolves.toBe(true);
    const prevented = await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'draft.json', { type: 'application/json' }));
      const target = document.elementFromPoint(200, 200) ?? document.body;
      return !target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, clash);
    expect(prevented).toBe(true);
    await expect(page.getByTestId('drop-hint').isVisible()).resolves.toBe(false);
    await page.waitForFunction(() => window.__trivia!.uiStore.getState().packs.some((p) => p.title === 'My Benzema draft (opened file)'));
    expect(await packIds(page)).toEqual(BUNDLED);
    expect(await packLive(page)).toContain('It replaces “Karim Benzema');
    expect(await status(page)).toContain('My Benzema draft');
    await playFirstQuestion(page, 'benzema-2022');
    // The round's questions come from the dropped pack, not the bundled one.
    const q = (await round(page))!.questions[0]!;
    const mini = JSON.parse(miniText) as { facts: { id: string }[]; questions?: { id: string }[] };
    const ids = [...mini.facts.map((f) => f.id), ...(mini.questions ?? []).map((x) => x.id)];
    expect(ids.some((id) => q.id.includes(id))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
