import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { leanPhaser } from './build/lean-phaser';
import { budgetsPlugin } from './build/budgets';
import { PACK_CHUNK, packCatalog } from './build/pack-catalog';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The entry loads Phaser (the `scenes` chunk) with a dynamic import so the page's own code starts
 * first; this puts `<link rel="modulepreload">` for that chunk and its imports into index.html,
 * so their download still starts with the page instead of waiting for the entry to run.
 */
function preloadDynamicImports(names: readonly string[]): Plugin {
  return {
    name: 'preload-dynamic-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const entry = ctx.chunk;
        const bundle = ctx.bundle;
        if (!entry || !bundle) return;
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk') return;
          files.add(file);
          chunk.imports.forEach(visit);
        };
        entry.dynamicImports.filter((file) => names.includes((bundle[file] as { name?: string } | undefined)?.name ?? '')).forEach(visit);
        files.delete(entry.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [
    leanPhaser(),
    packCatalog(),
    // Phaser and the round generator are needed for the first question: fetched with the page.
    preloadDynamicImports(['scenes', 'prepare-round']),
    // Issue 13's budgets (KB gzip); the README says what each counts.
    budgetsPlugin({ firstLoadKb: 200, appKb: 60, fileKb: 260 }, { exemptEntries: ['studio'], oneOf: PACK_CHUNK }),
  ],
  // ES-module workers can code-split, so each pack stays its own lazily loaded chunk.
  worker: { format: 'es' },
  // Relative asset URLs, so the built game also runs from a sub-folder or a file share.
  base: './',
  // Files served as they are at the site root (the link-preview image ./og-image.png).
  publicDir: 'assets/public',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // `npm run dev` talks to the leaderboard server (`npm start`) through the dev server.
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:8787' } },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // Every browser the game runs in (ES2022) has modulepreload: no polyfill in the first chunk.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      output: {
        // Phaser (~1.2 MB, no tree-shaking) gets a chunk of its own: it caches across app
        // releases, and the app's own code can be measured and budgeted apart from it.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/, priority: 10 }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Unit tests run first and alone, before the browsers start.
        // The property and CLI runs take seconds; on a shared 2-core machine several times the 5 s default.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // The leaderboard server: real ports, real databases (SQLite files, PGlite), child processes.
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
