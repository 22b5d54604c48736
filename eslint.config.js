// Lint: typed rules from typescript-eslint, and the layer rules of GUIDE §1 — folders are layers
// and each imports only downward:
//   domain → state → app → views (game = Phaser scenes, view = the screens' DOM controls, share/ui = share and name panels)
// with authoring (drafter, importers) beside the domain for the CLI and the studio page,
// with audio (the one howler owner) and the pure share helpers beside them; only the wiring
// (src/boot/) imports across views. tests/unit/lint-boundaries.test.ts proves the rules bite.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** An import path whose segments name one of these folders, e.g. '../game/x' or '../../state'. */
const layer = (...names) => `(^|/)(${names.join('|')})(/|$)`;

/** A `@typescript-eslint/no-restricted-imports` entry; type-only imports erase, so some rules allow them. */
function restrict(patterns, paths = []) {
  return ['error', { paths, patterns }];
}
const no = (regex, message, extra = {}) => ({ regex, message, ...extra });

const VIEWS_MSG = 'views (game, view, share/ui) never import each other: move what both need to app/, state/ or domain/, or wire it in src/boot/';
const HOWLER = no('^howler$', 'only src/audio/sounds.ts touches howler');
const PHASER = no('^phaser($|/)', 'Phaser belongs to src/game only');
const ZUSTAND = no('^zustand($|/)', 'stores live in src/state');
const NOT_DOMAIN = [
  no(layer('state', 'app', 'game', 'view', 'share', 'audio', 'cli', 'authoring', 'studio', 'server', 'main', 'boot'), 'src/domain imports nothing of ours but itself'),
  HOWLER,
  PHASER,
  ZUSTAND,
];


export default defineConfig(
  { ignores: ['dist/**', 'dist-bare/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'assets/**', 'questions/**', '**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberate (unused parameters of a callback shape).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The code relies on strict TS plus `noUncheckedIndexedAccess`; `!` after a checked index is intended.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Fire-and-forget promises are common in UI callbacks; the code marks them with `void`.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
  // Plain JS (this file) is not in a tsconfig: no typed rules there.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Tests poke at parsed JSON and forged inputs on purpose: `any` there is the point, not a slip.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async interfaces without awaiting, and `expect(fake.method)` is not a call.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // ---- the layer rules (src only) -------------------------------------------------------------
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict([HOWLER, PHASER, ZUSTAND]) },
  },
  { files: ['src/domain/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': restrict(NOT_DOMAIN) } },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('app', 'game', 'view', 'share', 'audio', 'cli', 'authoring', 'studio', 'server', 'main', 'boot'), 'src/state imports only src/domain (and zustand, valibot)'),
        HOWLER,
        PHASER,
      ]),
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('game', 'view', 'ui', 'cli', 'authoring', 'studio', 'server', 'main', 'boot'), 'src/app is what the game does, not how it looks: it imports domain/ and state/ only'),
        // The controller may name the SoundBoard type; a value import would load howler into app/.
        no(layer('audio'), 'src/app takes the sound board handed in by src/boot/; import its type only', { allowTypeImports: true }),
        HOWLER,
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  {
    // The pure share helpers (text, links, card) sit beside the domain.
    files: ['src/share/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('state', 'app', 'game', 'view', 'ui', 'audio', 'cli', 'authoring', 'studio', 'server', 'main', 'boot'), 'src/share/*.ts are pure helpers: they import src/domain only'),
        HOWLER,
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  {
    files: ['src/audio/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('app', 'game', 'view', 'share', 'cli', 'studio', 'server', 'main', 'boot'), 'src/audio imports domain/ and state/ only'),
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  // Only the one howler owner may import it.
  { files: ['src/audio/sounds.ts'], rules: { '@typescript-eslint/no-restricted-imports': restrict([no(layer('app', 'game', 'view', 'share', 'cli', 'main', 'boot'), 'src/audio imports domain/ and state/ only'), PHASER, ZUSTAND]) } },
  {
    files: ['src/game/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('view', 'share/ui', 'cli', 'authoring', 'studio', 'server', 'main', 'boot'), VIEWS_MSG),
        // Sounds are cued from the round store (audio/sound-cues.ts), not by a view; the types are fine.
        no(layer('audio'), 'views do not play sounds themselves: audio is wired in src/boot/', { allowTypeImports: true }),
        HOWLER,
        ZUSTAND,
      ]),
    },
  },
  {
    files: ['src/view/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('game', 'share/ui', 'cli', 'authoring', 'studio', 'server', 'main', 'boot'), VIEWS_MSG),
        no(layer('audio'), 'views do not play sounds themselves: audio is wired in src/boot/', { allowTypeImports: true }),
        HOWLER,
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  {
    files: ['src/share/ui/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('game', 'view', 'cli', 'authoring', 'studio', 'server', 'main', 'boot'), VIEWS_MSG),
        no(layer('audio'), 'views do not play sounds themselves: audio is wired in src/boot/', { allowTypeImports: true }),
        HOWLER,
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('state', 'app', 'game', 'view', 'share', 'audio', 'studio', 'main', 'boot'), 'src/cli (Node) imports src/domain and its own files only'),
        HOWLER,
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  {
    // The authoring layer (drafter, importers): pure TS shared by the CLI (Node) and the studio (a
    // browser worker), so it imports src/domain and its own files only — no Node, no DOM.
    files: ['src/authoring/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('state', 'app', 'game', 'view', 'share', 'audio', 'cli', 'studio', 'server', 'main', 'boot'), 'src/authoring is pure: it imports src/domain and its own files only'),
        no('^node:', 'src/authoring runs in a browser worker too: no Node modules'),
        HOWLER,
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  {
    // The pack studio: its own page, so no game view, store or controller comes with it; it uses
    // the authoring layer, the domain and the pure share helpers (the pack link).
    files: ['src/studio/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no(layer('state', 'app', 'game', 'view', 'ui', 'audio', 'cli', 'server', 'main', 'boot'), 'src/studio imports src/domain, src/authoring and the pure src/share helpers only'),
        HOWLER,
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  {
    // The leaderboard server re-scores with the domain and imports nothing else of the game.
    files: ['server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        no('(^|/)src/(?!domain(/|$))', 'server/ imports only src/domain from the game (GUIDE §1): never a view, app/ or state/'),
        HOWLER,
        PHASER,
        ZUSTAND,
      ]),
    },
  },
  // The one wiring place hands every view its dependencies, so it may import them all.
  {
    files: ['src/boot/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict([HOWLER, ZUSTAND]) },
  },
);
