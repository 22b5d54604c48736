// The build-time pack catalog (build/pack-catalog.ts): the bundled packs are validated when the
// game is built, with the game's own loader, so a broken pack file is listed with readable
// problems (and the others stay playable) exactly as the runtime check listed it before.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { packCatalog, packChunks, validatedPacks } from '../../build/pack-catalog';

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

  it('imports the pack a round without a preference plays statically, every other one lazily', async () => {
    const plugin = packCatalog() as Plugin & { configResolved: (c: unknown) => void; load: (id: string) => Promise<string | null> };
    plugin.configResolved({ root: '.', command: 'build' });
    const code = (await plugin.load('\0virtual:pack-catalog')) ?? '';
    // The first valid pack in file order, as choosePack picks with no preference: in the wiring's
    // module graph (fetched beside it), its loader already resolved.
    expect(code).toMatch(/^import firstPack from "virtual:pack-data-benzema-2022";$/m);
    expect(code).toContain('"/questions/benzema-2022.json": () => Promise.resolve(firstPack),');
    const files = readdirSync('questions').filter((f) => f.endsWith('.json') && f !== 'benzema-2022.json');
    for (const f of files) expect(code).toContain(`"/questions/${f}": () => import("virtual:pack-data-${f.replace(/\.json$/, '')}").then((m) => m.default),`);
    expect(code.match(/^import /gm)).toHaveLength(1);
  });

  it('gives every pack a chunk of its own, the statically imported one too', () => {
    expect(packChunks.name('\0virtual:pack-data-benzema-2022')).toBe('pack-data-benzema-2022');
    expect(packChunks.name('/repo/src/main.ts')).toBeNull();
    expect(packChunks.test.test('\0virtual:pack-data-rice-arsenal')).toBe(true);
  });
});
