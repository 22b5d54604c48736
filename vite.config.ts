import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { leanPhaser } from './build/lean-phaser';
import { budgetsPlugin } from './build/budgets';
import { PACK_CHUNK, packCatalog, packChunks } from './build/pack-catalog';
import { pwa } from './build/pwa';
import { apiProxy } from './build/dev-api-proxy';
import { inlineCss } from './build/inline-css';
import { precompress } from './build/precompress';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Chunks the first question needs beyond the page's own scripts and modulepreloads, budgeted as
 * first load: none. The screens are the page's own DOM (src/view); Phaser and its scenes come at
 * the player's first input and only add effects (src/boot/engine.ts).
 */
const FIRST_QUESTION_CHUNKS: string[] = [];

/**
 * What a deep link's first question needs beside the page's own chunk (the rules, round
 * preparation, valibot), as one chunk: left to itself the bundler splits what the game shares
 * with the studio and its lazy chunks four ways, and each file is one more request before the
 * first question (issue 24's waterfall: the requests, not their bytes, were most of the wait).
 */
const CORE = /[\\/]src[\\/]domain[\\/]|[\\/]node_modules[\\/]valibot[\\/]|[\\/]src[\\/]app[\\/]packs[\\/]prepare-round\.ts$/;
// The pack checker (validation, text positions, item lint): only the studio and an opened pack need it.
const CHECKER = /[\\/]src[\\/]domain[\\/]pack[\\/](schema|semantics|validate|validate-text|limits|path|source-quotes|item-lint)\.ts$/;
const firstQuestionCore = { name: 'core', test: (id: string) => CORE.test(id) && !CHECKER.test(id), priority: 5 };

export default defineConfig({
  plugins: [
    leanPhaser(),
    packCatalog(),
    // Issue 13's budgets (KB gzip); the README says what each counts.
    pwa(),
    // The page's stylesheet inside its HTML: one request fewer before the first paint.
    inlineCss({ maxBytes: 32 * 1024 }),
    budgetsPlugin({ firstLoadKb: 60, appKb: 60, fileKb: 260 }, { exemptEntries: ['studio'], oneOf: PACK_CHUNK, needed: FIRST_QUESTION_CHUNKS }),
    // Brotli and gzip copies beside the built files, for hosts that serve them as they are.
    precompress(),
  ],
  // ES-module workers can code-split, so each pack stays its own lazily loaded chunk.
  worker: { format: 'es' },
  // Relative asset URLs, so the built game also runs from a sub-folder or a file share.
  base: './',
  // Files served as they are at the site root (the link-preview image ./og-image.png).
  publicDir: 'assets/public',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // `npm run dev` talks to the leaderboard server (`npm start`) through the dev server; with none
  // running, /api answers as a static host would (build/dev-api-proxy.ts).
  server: { host: '127.0.0.1', proxy: { '/api': apiProxy() } },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // Every browser the game runs in (ES2022) has modulepreload: no polyfill in the first chunk.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      // The PWA and precompress plugins' closeBundle takes seconds on a busy machine; Rolldown's
      // timing notice about it is noise for anyone building the game.
      checks: { bundlerTimings: false },
      // The pack studio is a page of its own: its chunks (drafter, editor) never load with the game.
      input: { index: 'index.html', studio: 'studio.html' },
      output: {
        // Phaser (~1.2 MB, no tree-shaking) gets a chunk of its own: it caches across app
        // releases, and the app's own code can be measured and budgeted apart from it.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/, priority: 10 }, packChunks, firstQuestionCore],
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
