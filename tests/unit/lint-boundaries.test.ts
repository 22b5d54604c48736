// The layer rules of eslint.config.js, run through ESLint's Node API on small snippets: an upward
// or sideways import is reported, a downward one is not. Only the import rule runs (no type
// information), so the snippets may name files that do not exist.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({
  cwd: new URL('../..', import.meta.url).pathname,
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
  ruleFilter: ({ ruleId }) => ruleId === RULE,
});

/** The layer-rule messages ESLint reports for `code` as if it were the file at `filePath`. */
async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.messages.filter((m) => m.ruleId !== RULE && m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('layer import rules', () => {
  // The first lint loads the config and its plugins: seconds on a busy machine, so not inside a test's timeout.
  beforeAll(async () => {
    await eslint.lintText('export {};\n', { filePath: 'src/domain/warm-up.ts' });
  }, 60_000);

  it.each([
    ['src/domain/x.ts', "import { createUiStore } from '../state/ui-store';\nvoid createUiStore;", /src\/domain imports nothing/],
    ['src/domain/questions/x.ts', "import { createGame } from '../../game/create-game';\nvoid createGame;", /src\/domain imports nothing/],
    ['src/domain/x.ts', "import { createStore } from 'zustand/vanilla';\nvoid createStore;", /stores live in src\/state/],
    ['src/state/x.ts', "import { choosePack } from '../game/pack-entry';\nvoid choosePack;", /src\/state imports only src\/domain/],
    ['src/state/x.ts', "import { createController } from '../app/controller';\nvoid createController;", /src\/state imports only src\/domain/],
    ['src/app/x.ts', "import { theme } from '../game/ui/theme';\nvoid theme;", /src\/app is what the game does/],
    ['src/app/x.ts', "import { createSoundBoard } from '../audio/sounds';\nvoid createSoundBoard;", /import its type only/],
    ['src/view/x.ts', "import { createController } from '../game/controller';\nvoid createController;", /views .* never import each other/],
    ['src/game/x.ts', "import { mountDomControls } from '../view/view-root';\nvoid mountDomControls;", /views .* never import each other/],
    ['src/share/ui/x.ts', "import { el } from '../../view/element';\nvoid el;", /views .* never import each other/],
    ['src/share/x.ts', "import { useScores } from '../state/scores-store';\nvoid useScores;", /pure helpers/],
    ['src/cli/x.ts', "import { createGame } from '../game/create-game';\nvoid createGame;", /src\/cli \(Node\)/],
    ['src/authoring/draft/x.ts', "import { createGame } from '../../game/create-game';\nvoid createGame;", /src\/authoring is pure/],
    ['src/authoring/formats/x.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;", /no Node modules/],
    ['src/app/x.ts', "import { draftPack } from '../authoring/draft/draft-pack';\nvoid draftPack;", /src\/app is what the game does/],
    ['src/studio/x.ts', "import { createController } from '../app/controller';\nvoid createController;", /src\/studio imports/],
    ['src/game/x.ts', "import { mountStudio } from '../studio/studio';\nvoid mountStudio;", /views .* never import each other/],
    ['src/view/x.ts', "import Phaser from 'phaser';\nvoid Phaser;", /Phaser belongs to src\/game/],
    ['src/game/ui/x.ts', "import { Howl } from 'howler';\nvoid Howl;", /only src\/audio\/sounds.ts/],
    ['server/x.ts', "import { createRoundStore } from '../src/state/round-store';\nvoid createRoundStore;", /server\/ imports only src\/domain/],
    ['server/repo/x.ts', "import { createController } from '../../src/app/controller';\nvoid createController;", /server\/ imports only src\/domain/],
  ])('reports %s importing upward or sideways', async (filePath, code, message) => {
    const problems = await layerProblems(filePath, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    ['src/domain/questions/x.ts', "import { createRng } from '../rng';\nvoid createRng;"],
    ['src/state/x.ts', "import { createStore } from 'zustand/vanilla';\nimport { dailySeed } from '../domain/daily';\nvoid createStore; void dailySeed;"],
    ['src/app/x.ts', "import { createRoundStore } from '../state/round-store';\nimport type { SoundBoard } from '../audio/sounds';\nlet s: SoundBoard | null = null; void s; void createRoundStore;"],
    ['src/game/scenes/x.ts', "import Phaser from 'phaser';\nimport { createController } from '../../app/controller';\nvoid Phaser; void createController;"],
    ['src/view/x.ts', "import { createController } from '../app/controller';\nimport { uiStore } from '../state/ui-store';\nvoid createController; void uiStore;"],
    ['src/share/ui/x.ts', "import { makeShareText } from '../share-text';\nimport { startRound } from '../../domain/round';\nvoid makeShareText; void startRound;"],
    ['src/audio/sounds.ts', "import { Howl } from 'howler';\nvoid Howl;"],
    ['src/boot/main.ts', "import { mountDomControls } from '../view/view-root';\nvoid mountDomControls;"],
    ['src/cli/x.ts', "import { validatePack } from '../domain/pack/validate';\nvoid validatePack;"],
    ['src/cli/commands/x.ts', "import { draftPack } from '../../authoring/draft/draft-pack';\nvoid draftPack;"],
    ['src/authoring/formats/x.ts', "import { slug } from '../draft/slug';\nimport { validatePack } from '../../domain/pack/validate';\nvoid slug; void validatePack;"],
    ['src/studio/x.ts', "import { draftPack } from '../authoring/draft/draft-pack';\nimport { encodePackLink } from '../share/pack-link';\nvoid draftPack; void encodePackLink;"],
    ['server/x.ts', "import { rescoreRound } from '../src/domain/round-questions';\nimport { buildApp } from './app';\nvoid rescoreRound; void buildApp;"],
  ])('lets %s import downward', async (filePath, code) => {
    expect(await layerProblems(filePath, code)).toEqual([]);
  });
});
