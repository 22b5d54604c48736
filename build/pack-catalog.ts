// The bundled packs, validated at build time: `virtual:pack-catalog` gives the built game the menu's
// listing of every `questions/*.json` (valid or with its problems, exactly as the game's own
// loader would list it) and one lazily loaded chunk per valid pack with its checked data. So the
// page ships neither the validator nor a worker to run it, and a round loads only its own pack.
// The dev server exports `catalog = null`: there the packs are read and checked at run time, so
// an edited pack file shows up (or shows its problems) on reload.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { listing, loadPacks, type PackEntry } from '../src/app/packs/packs';
import { choosePack } from '../src/domain/pack/pack-entry';

const CATALOG = 'virtual:pack-catalog';
const DATA = 'virtual:pack-data-';
/** The per-pack data chunks' names (the size budget looks for them). */
export const PACK_CHUNK = /pack-data-/;

/**
 * One chunk per pack, the statically imported first pack too (left alone, the bundler would fold
 * it into the wiring's chunk: its data would count as the app's code and be fetched again with
 * every app release).
 */
export const packChunks = {
  debugName: 'pack-data',
  name: (id: string) => (id.startsWith(`\0${DATA}`) ? `pack-data-${id.slice(DATA.length + 1)}` : null),
  test: PACK_CHUNK,
  priority: 20,
};

/** The validated entries of every pack file in `dir`, keyed like the game's `import.meta.glob('/questions/*.json')`. */
export async function validatedPacks(dir: string): Promise<PackEntry[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const sources = Object.fromEntries(files.map((f) => [`/questions/${f}`, () => Promise.resolve(JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown)]));
  return loadPacks(sources);
}

const slug = (file: string) => file.replace(/^.*\//, '').replace(/\.json$/, '').replace(/[^a-z0-9-]/gi, '_');

export function packCatalog(): Plugin {
  let entries: Promise<PackEntry[]> | null = null;
  let dir = '';
  let serving = false;
  return {
    name: 'pack-catalog',
    config: (_config, { command }) => ({ define: { __PACK_CATALOG__: JSON.stringify(command === 'build') } }),
    configResolved(config) {
      dir = join(config.root, 'questions');
      serving = config.command === 'serve';
    },
    buildStart() {
      entries = null;
    },
    resolveId(id) {
      if (id === CATALOG || id.startsWith(DATA)) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:')) return null;
      const name = id.slice(1);
      if (name === CATALOG && serving) return 'export const catalog = null;\nexport const packData = {};\n';
      const list = await (entries ??= validatedPacks(dir));
      if (name === CATALOG) {
        // The pack a round without a preference plays (a first visit's Play, `?autostart=`) is a
        // static import: its chunk is fetched beside the wiring's (a modulepreload in the page's
        // head) and evaluated before the wiring runs, so a deep link's round is generated in the
        // same task as the wiring, with no wait for a dynamic import (and no frame drawn in
        // between). Every other pack stays a chunk fetched when a round needs it.
        const first = choosePack(list, []);
        const loaders = list
          .filter((e) => e.status === 'ok')
          .map((e) => `  ${JSON.stringify(e.file)}: ${e === first ? '() => Promise.resolve(firstPack)' : `() => import(${JSON.stringify(`${DATA}${slug(e.file)}`)}).then((m) => m.default)`},`);
        const head = first ? `import firstPack from ${JSON.stringify(`${DATA}${slug(first.file)}`)};\n` : '';
        return `${head}export const catalog = ${JSON.stringify(list.map(listing))};\nexport const packData = {\n${loaders.join('\n')}\n};\n`;
      }
      const entry = list.find((e) => e.status === 'ok' && `${DATA}${slug(e.file)}` === name);
      if (!entry || entry.status !== 'ok') return null;
      // JSON.parse of a string is parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entry.pack))});\n`;
    },
  };
}
