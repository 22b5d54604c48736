// The build-time pack catalog (build/pack-catalog.ts): the bundled packs are validated when the
// game is built, with the game's own loader, so a broken pack file is listed with readable
// problems (and the others stay playable) exactly as the runtime check listed it before.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { packCatalog, validatedPacks } from '../../build/pack-catalog';

const dir = mkdtempSync(join(tmpdir(), 'pack-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validatedPacks', () => {
  it('lists every bundled pack as valid, keyed like the game’s glob', async () => {
    const entries = await validatedPacks('questions');
    const files = readdirSync('questions').filter((f) => f.endsWith('.json'));
    expect(entries.map((e) => e.file)).toEqual(files.sort().map((f) => `/questions/${f}`));
    expect(entries.every((e) => e.status === 'ok')).toBe(true);
  });

  it('lists a broken pack with readable problems and keeps the others', async () => {
    copyFileSync('questions/benzema-2022.json', join(dir, 'benzema-2022.json'));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ id: 'Not A Pack', version: '1', title: 'Broken pack', facts: 3 }));
    writeFileSync(join(dir, 'unreadable.json'), '{ "id": ');
    const entries = await validatedPacks(dir);
    const [benzema, broken, unreadable] = entries;
    expect(benzema?.status).toBe('ok');
    expect(broken?.status).toBe('invalid');
    expect(broken?.title).toBe('Broken pack');
    const text = broken?.status === 'invalid' ? broken.problems.map((p) => p.message).join('\n') : '';
    expect(text).toMatch(/lower-case words joined by hyphens/);
    expect(text).toMatch(/"version" must look like "1\.0\.0"/);
    expect(unreadable?.status === 'invalid' && unreadable.problems[0]?.message).toMatch(/could not be loaded/);
  });

  it('preloads the pack a round without a preference plays, on the game page only', async () => {
    const plugin = packCatalog() as Plugin & { configResolved: (c: unknown) => void; transformIndexHtml: { handler: (html: string, ctx: unknown) => Promise<unknown> } };
    plugin.configResolved({ root: '.', command: 'build' });
    const chunk = (name: string) => ({ type: 'chunk', fileName: `assets/${name}-x1.js`, facadeModuleId: `\0virtual:pack-data-${name}` });
    const bundle = { a: chunk('bobby-charlton-obituary'), b: chunk('benzema-2022') };
    const game = await plugin.transformIndexHtml.handler('<html></html>', { filename: '/repo/index.html', bundle });
    // The first valid pack in file order, as choosePack picks with no preference.
    expect(game).toEqual({ html: '<html></html>', tags: [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: './assets/benzema-2022-x1.js' }, injectTo: 'head' }] });
    expect(await plugin.transformIndexHtml.handler('<html></html>', { filename: '/repo/studio.html', bundle })).toBe('<html></html>');
  });
});
