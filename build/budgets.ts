// Size budgets, checked on every build: a build that breaks one fails with the file and the
// budget named, so "loads like a web page" stays true after the change that made it so.
//
//   first load  the JS a player downloads before the first question: the scripts and
//               modulepreloads of index.html, the chunks named as needed for the first question
//               (imported dynamically), and everything they import statically (gzip)
//               plus the largest of the chunks of which the first question needs one (a pack)
//   app         the first load minus the Phaser chunk and that pack: the game's own code, with
//               the small libraries it bundles in (zustand, valibot) counted against it (gzip)
//   any file    every JS file the game can load, lazily loaded ones and workers too (gzip);
//               files only another entry (the pack studio) reaches are that entry's own and exempt
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export interface Budgets {
  firstLoadKb: number;
  appKb: number;
  fileKb: number;
}

export interface BundleFile {
  fileName: string;
  /** The chunk's name (`phaser`, `scenes`, `index`…); assets have none. */
  name?: string;
  isEntry?: boolean;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
  code: string | Uint8Array;
}

export interface BudgetReport {
  firstLoad: { files: string[]; gzipKb: number };
  app: { gzipKb: number };
  largest: { file: string; gzipKb: number };
  files: { file: string; gzipKb: number; exempt: boolean }[];
  problems: string[];
}

export interface BudgetOptions {
  /** Entry chunk names whose own chunks are exempt (another page, e.g. the studio). */
  exemptEntries?: readonly string[];
  /** The chunk whose bytes are Phaser's (not the app's). */
  phaserChunk?: string;
  /**
   * Chunks of which the first question needs one, loaded on demand (a pack's data): the largest
   * counts towards the first load, and as data, not as the app's code.
   */
  oneOf?: RegExp;
  /** Dynamically imported chunks the first question needs (Phaser's scenes, the round generator). */
  needed?: readonly string[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
export const gzipKb = (code: string | Uint8Array): number => kb(gzipSync(code, { level: 9 }).length);

/** `src`/`href` of the module scripts and modulepreloads of a page, relative to the output folder. */
export function pageScripts(html: string): string[] {
  const out: string[] = [];
  const tag = /<(script|link)\b[^>]*>/gi;
  for (const match of html.matchAll(tag)) {
    const text = match[0];
    const isScript = match[1]!.toLowerCase() === 'script' && /type=["']?module/i.test(text);
    const isPreload = match[1]!.toLowerCase() === 'link' && /rel=["']?modulepreload/i.test(text);
    if (!isScript && !isPreload) continue;
    const url = /(?:src|href)=["']?([^"' >]+)/i.exec(text)?.[1];
    if (url && !/^[a-z]+:/i.test(url)) out.push(url.replace(/^\.?\//, ''));
  }
  return out;
}

export function checkBudgets(files: readonly BundleFile[], html: string, budgets: Budgets, options: BudgetOptions = {}): BudgetReport {
  const byName = new Map(files.map((f) => [f.fileName, f]));
  const closure = (roots: Iterable<string>, follow: (f: BundleFile) => readonly string[]) => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      const file = byName.get(name);
      if (!file || seen.has(name)) return;
      seen.add(name);
      follow(file).forEach(visit);
    };
    [...roots].forEach(visit);
    return seen;
  };
  const isJs = (f: BundleFile) => f.fileName.endsWith('.js') || f.fileName.endsWith('.mjs');
  const sizes = new Map(files.filter(isJs).map((f) => [f.fileName, gzipKb(f.code)]));
  const problems: string[] = [];

  const needed = files.filter((f) => (options.needed ?? []).includes(f.name ?? '')).map((f) => f.fileName);
  const first = closure([...pageScripts(html), ...needed], (f) => f.imports ?? []);
  const { oneOf } = options;
  const largestOne = oneOf
    ? files
        .filter((f) => isJs(f) && oneOf.test(f.name ?? f.fileName))
        .map((f) => f.fileName)
        .sort((a, b) => sizes.get(b)! - sizes.get(a)!)[0]
    : undefined;
  if (largestOne) first.add(largestOne);
  const firstFiles = [...first].filter((name) => sizes.has(name)).sort();
  const sum = (names: readonly string[]) => Math.round(names.reduce((total, name) => total + (sizes.get(name) ?? 0), 0) * 10) / 10;
  const firstKb = sum(firstFiles);
  const phaser = options.phaserChunk ?? 'phaser';
  // Packs are data, whether the page preloads one or a round loads the largest.
  const isPack = (name: string) => name === largestOne || (oneOf?.test(byName.get(name)?.name ?? name) ?? false);
  const appKb = sum(firstFiles.filter((name) => byName.get(name)?.name !== phaser && !isPack(name)));
  if (firstKb > budgets.firstLoadKb) {
    problems.push(`first load is ${firstKb} KB gzip, over its ${budgets.firstLoadKb} KB budget (${firstFiles.map((n) => `${n} ${sizes.get(n)} KB`).join(', ')})`);
  }
  if (appKb > budgets.appKb) problems.push(`the app's own first-load JS is ${appKb} KB gzip, over its ${budgets.appKb} KB budget`);

  // Chunks any non-exempt entry (or a worker) can reach; the rest belong to the exempt entries.
  const exemptNames = new Set(options.exemptEntries ?? []);
  const everything = (f: BundleFile) => [...(f.imports ?? []), ...(f.dynamicImports ?? [])];
  const gameRoots = files.filter((f) => (f.isEntry && !exemptNames.has(f.name ?? '')) || (f.name === undefined && isJs(f))).map((f) => f.fileName);
  const game = closure([...gameRoots, ...first], everything);
  const listed = [...sizes].map(([file, size]) => ({ file, gzipKb: size, exempt: !game.has(file) })).sort((a, b) => b.gzipKb - a.gzipKb);
  for (const { file, gzipKb: size, exempt } of listed) {
    if (!exempt && size > budgets.fileKb) problems.push(`${file} is ${size} KB gzip, over the ${budgets.fileKb} KB budget for any one JS file`);
  }
  const largest = listed.find((f) => !f.exempt) ?? { file: '', gzipKb: 0 };
  return { firstLoad: { files: firstFiles, gzipKb: firstKb }, app: { gzipKb: appKb }, largest: { file: largest.file, gzipKb: largest.gzipKb }, files: listed, problems };
}

/** The report's file, beside the build (not precached: Workbox skips dot-folders). */
export const REPORT_PATH = '.vite/budgets.json';

export function budgetsPlugin(budgets: Budgets, options: BudgetOptions = {}): Plugin {
  return {
    name: 'size-budgets',
    apply: 'build',
    // After every other plugin has added its files (index.html, workers, the service worker).
    enforce: 'post',
    writeBundle(output, bundle) {
      // Worker bundles are separate builds with their own `writeBundle`: only the page's build counts.
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const files: BundleFile[] = Object.values(bundle).map((item) =>
        item.type === 'chunk'
          ? { fileName: item.fileName, name: item.name, isEntry: item.isEntry, imports: item.imports, dynamicImports: item.dynamicImports, code: item.code }
          : { fileName: item.fileName, code: item.source },
      );
      const report = checkBudgets(files, String(html.source), budgets, options);
      const dir = output.dir ?? 'dist';
      mkdirSync(dirname(join(dir, REPORT_PATH)), { recursive: true });
      writeFileSync(join(dir, REPORT_PATH), `${JSON.stringify({ budgets, ...report }, null, 2)}\n`);
      this.info(`first load ${report.firstLoad.gzipKb} KB gzip (app ${report.app.gzipKb} KB), largest JS ${report.largest.file} ${report.largest.gzipKb} KB`);
      if (report.problems.length > 0) this.error(`size budget broken:\n  ${report.problems.join('\n  ')}`);
    },
  };
}
