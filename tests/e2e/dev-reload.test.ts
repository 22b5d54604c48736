// "Packs placed in questions/ appear in the menu with no code change, and the dev server reloads a
// pack when its file changes": a real Vite dev server, a temporary questions/zz-hmr-test.json that
// is added, edited and deleted (always removed in `finally`). Vite answers each change of a
// globbed pack file with a full page reload; the game then lists the file as it is now.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { launchBrowser, newPage, waitForScreen } from './browser';
import type { Browser, Page } from 'playwright-core';

const FILE = 'questions/zz-hmr-test.json';
const pack = JSON.parse(readFileSync('tests/fixtures/mini-pack.json', 'utf8')) as Record<string, unknown>;
const write = (title: string) => writeFileSync(FILE, `${JSON.stringify({ ...pack, id: 'zz-hmr-test', title }, null, 2)}\n`);
const titles = (page: Page) => page.evaluate(() => window.__trivia!.uiStore.getState().packs.map((p) => p.title));
const waitForTitles = (page: Page, check: string) =>
  page.waitForFunction((source) => new Function('titles', `return ${source}`)(window.__trivia?.uiStore.getState().packs.map((p) => p.title) ?? []), check, {
    timeout: 15_000,
  });

let server: ViteDevServer | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  rmSync(FILE, { force: true });
  await browser?.close();
  await server?.close();
});

it('the dev server picks up a pack file added, edited and deleted in questions/', async () => {
  try {
    server = await createServer({ logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    browser = await launchBrowser();
    const { page, errors } = await newPage(browser);
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitForScreen(page, 'menu', 60_000);
    expect(await titles(page)).not.toContain('HMR test one');

    write('HMR test one');
    await waitForTitles(page, "titles.includes('HMR test one')");
    await waitForScreen(page, 'menu');
    await page.waitForFunction(() => !!window.__trivia?.uiStore.getState().controls['pack:zz-hmr-test']);

    write('HMR test two');
    await waitForTitles(page, "titles.includes('HMR test two') && !titles.includes('HMR test one')");

    rmSync(FILE);
    await waitForTitles(page, "titles.length > 0 && !titles.some((t) => t.startsWith('HMR test'))");
    expect(errors).toEqual([]);
  } finally {
    rmSync(FILE, { force: true });
  }
});
