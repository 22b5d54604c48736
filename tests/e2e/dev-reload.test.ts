// "Packs placed in questions/ appear in the menu with no code change, and the dev server reloads a
// pack when its file changes": a real Vite dev server whose root is a temporary folder holding a
// copy of questions/ (and links to the code), so the pack file added, edited and deleted here never
// touches the tracked questions/. The packs glob ('/questions/*.json') is root-relative, so it reads
// the copy. Vite answers each change of a globbed pack file with a full page reload; the game then
// lists the file as it is now.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { launchBrowser, newPage, waitForScreen } from './browser';
import type { Browser, Page } from 'playwright-core';

const PROJECT = resolve(import.meta.dirname, '../..');
const ROOT = mkdtempSync(join(tmpdir(), 'trivia-dev-reload-'));
// The code and assets are linked, the packs copied: only the copy is written to.
cpSync(join(PROJECT, 'questions'), join(ROOT, 'questions'), { recursive: true });
for (const entry of ['index.html', 'src', 'assets', 'node_modules', 'package.json', 'tsconfig.json']) symlinkSync(join(PROJECT, entry), join(ROOT, entry));

const FILE = join(ROOT, 'questions', 'zz-hmr-test.json');
const TRACKED = join(PROJECT, 'questions', 'zz-hmr-test.json');
const pack = JSON.parse(readFileSync(join(PROJECT, 'tests/fixtures/mini-pack.json'), 'utf8')) as Record<string, unknown>;
const write = (title: string) => writeFileSync(FILE, `${JSON.stringify({ ...pack, id: 'zz-hmr-test', title }, null, 2)}\n`);
const titles = (page: Page) => page.evaluate(() => window.__trivia!.uiStore.getState().packs.map((p) => p.title));

/** Wait until the menu lists every title of `present`, none of `absent`, and at least one pack. */
const waitForTitles = (page: Page, present: string[], absent: string[]) =>
  page.waitForFunction(
    ({ present, absent }) => {
      const listed = window.__trivia?.uiStore.getState().packs.map((p) => p.title) ?? [];
      return listed.length > 0 && present.every((t) => listed.includes(t)) && !listed.some((t) => absent.includes(t));
    },
    { present, absent },
    { timeout: 15_000 },
  );

let server: ViteDevServer | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(ROOT, { recursive: true, force: true });
});

it('the dev server picks up a pack file added, edited and deleted in questions/', async () => {
  server = await createServer({
    configFile: join(PROJECT, 'vite.config.ts'),
    root: ROOT,
    // Its own dependency cache, so this server never races another one over node_modules/.vite.
    cacheDir: join(ROOT, '.vite'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false, fs: { allow: [ROOT, PROJECT] } },
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  browser = await launchBrowser();
  const { page, errors } = await newPage(browser);
  await page.goto(`http://127.0.0.1:${port}/`);
  await waitForScreen(page, 'menu', 60_000);
  const before = await titles(page);
  expect(before.length).toBeGreaterThan(0);
  expect(before).not.toContain('HMR test one');

  write('HMR test one');
  await waitForTitles(page, ['HMR test one'], []);
  await waitForScreen(page, 'menu');
  // The menu was redrawn with it: its radio is in the pack list.
  await page.waitForFunction(() => !!document.querySelector('input[type="radio"][name="pack"][value="zz-hmr-test"]'));

  write('HMR test two');
  await waitForTitles(page, ['HMR test two'], ['HMR test one']);

  rmSync(FILE);
  await waitForTitles(page, [], ['HMR test one', 'HMR test two']);
  expect(errors).toEqual([]);
  // The tracked folder was never written to.
  expect(existsSync(TRACKED)).toBe(false);
});
