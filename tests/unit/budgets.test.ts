// The size budgets (build/budgets.ts) fail a build that breaks them, naming the file and the budget.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetsPlugin, checkBudgets, pageScripts, type BundleFile } from '../../build/budgets';

// Random hex does not compress much: `kb` KB of it gzips to about kb / 2 KB.
const noise = (kb: number) => `export const n = ${JSON.stringify(randomBytes(kb * 512).toString('hex'))};`;
const html = '<script type="module" crossorigin src="./assets/index.js"></script><link rel="modulepreload" href="./assets/scenes.js">';
const budgets = { firstLoadKb: 30, appKb: 12, fileKb: 25 };

function bundle(phaserKb: number, appKb: number, lazyKb: number, studioKb = 0): BundleFile[] {
  return [
    { fileName: 'assets/index.js', name: 'index', isEntry: true, imports: [], dynamicImports: ['assets/scenes.js', 'assets/lazy.js'], code: noise(appKb * 2) },
    { fileName: 'assets/scenes.js', name: 'scenes', imports: ['assets/phaser.js'], code: 'export {}' },
    { fileName: 'assets/phaser.js', name: 'phaser', imports: [], code: noise(phaserKb * 2) },
    { fileName: 'assets/lazy.js', name: 'lazy', imports: [], code: noise(lazyKb * 2) },
    { fileName: 'assets/studio.js', name: 'studio', isEntry: true, imports: [], dynamicImports: ['assets/studio-heavy.js'], code: 'export {}' },
    { fileName: 'assets/studio-heavy.js', name: 'studio-heavy', imports: [], code: noise(studioKb * 2 + 1) },
  ];
}

describe('size budgets', () => {
  it('reads the module scripts and modulepreloads of a page', () => {
    expect(pageScripts(html)).toEqual(['assets/index.js', 'assets/scenes.js']);
  });

  it('passes a bundle within every budget and counts the first load from the page', () => {
    const report = checkBudgets(bundle(15, 8, 20), html, budgets, { exemptEntries: ['studio'] });
    expect(report.problems).toEqual([]);
    expect(report.firstLoad.files).toEqual(['assets/index.js', 'assets/phaser.js', 'assets/scenes.js']);
    expect(report.app.gzipKb).toBeLessThan(report.firstLoad.gzipKb);
  });

  it('names the budget a first load, the app or one file breaks', () => {
    expect(checkBudgets(bundle(24, 10, 1), html, budgets).problems.join('\n')).toMatch(/first load is .* over its 30 KB budget/);
    expect(checkBudgets(bundle(5, 14, 1), html, budgets).problems.join('\n')).toMatch(/app's own first-load JS is .* over its 12 KB budget/);
    expect(checkBudgets(bundle(5, 5, 30), html, budgets).problems.join('\n')).toMatch(/assets\/lazy\.js is .* over the 25 KB budget/);
  });

  it('counts dynamically imported chunks the first question needs, and the largest pack', () => {
    const files = [...bundle(5, 5, 8), { fileName: 'assets/pack-data-a.js', name: 'pack-data-a', code: noise(6) }, { fileName: 'assets/pack-data-b.js', name: 'pack-data-b', code: noise(2) }];
    const page = '<script type="module" src="./assets/index.js"></script>';
    const report = checkBudgets(files, page, budgets, { needed: ['scenes', 'lazy'], oneOf: /pack-data-/ });
    expect(report.firstLoad.files).toEqual(['assets/index.js', 'assets/lazy.js', 'assets/pack-data-a.js', 'assets/phaser.js', 'assets/scenes.js']);
    // The pack is data: in the first load, not in the app's code.
    expect(report.app.gzipKb).toBeCloseTo(report.firstLoad.gzipKb - report.files.find((f) => f.file === 'assets/phaser.js')!.gzipKb - report.files.find((f) => f.file === 'assets/pack-data-a.js')!.gzipKb, 0);
  });

  it('counts a pack the page preloads as data too, beside the largest', () => {
    const files = [...bundle(5, 5, 8), { fileName: 'assets/pack-data-a.js', name: 'pack-data-a', code: noise(6) }, { fileName: 'assets/pack-data-b.js', name: 'pack-data-b', code: noise(2) }];
    const page = '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/pack-data-b.js">';
    const report = checkBudgets(files, page, budgets, { oneOf: /pack-data-/ });
    expect(report.firstLoad.files).toEqual(['assets/index.js', 'assets/pack-data-a.js', 'assets/pack-data-b.js']);
    const size = (file: string) => report.files.find((f) => f.file === file)!.gzipKb;
    expect(report.app.gzipKb).toBeCloseTo(size('assets/index.js'), 1);
  });

  it("leaves another entry's own chunks out of the per-file budget", () => {
    expect(checkBudgets(bundle(5, 5, 1, 40), html, budgets, { exemptEntries: ['studio'] }).problems).toEqual([]);
    expect(checkBudgets(bundle(5, 5, 1, 40), html, budgets).problems.join('\n')).toMatch(/studio-heavy\.js/);
  });

  const root = mkdtempSync(join(tmpdir(), 'budgets-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails a real Vite build that is over budget', async () => {
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/src/main.js"></script>');
    writeFileSync(join(root, 'src/main.js'), `${noise(40)}\nconsole.log(n);\n`);
    const run = (kb: number) =>
      build({ root, logLevel: 'silent', configFile: false, build: { outDir: join(root, 'dist'), emptyOutDir: true }, plugins: [budgetsPlugin({ firstLoadKb: kb, appKb: kb, fileKb: kb })] });
    await expect(run(10)).rejects.toThrow(/size budget broken[\s\S]*first load is .* over its 10 KB budget/);
    await expect(run(100)).resolves.toBeDefined();
  });
});
