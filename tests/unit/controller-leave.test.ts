// The controller's answers to a player's slips: Menu during a round asks first (and holds the
// clock while it asks), a challenge's round waits on its intro, and a round that cannot be
// prepared says why instead of leaving a dead Play button.
import { describe, expect, it } from 'vitest';
import { createController, type ControllerDeps } from '../../src/app/controller';
import type { PreparedRound, RoundRequest } from '../../src/app/packs/pack-service';
import { questionsForRound } from '../../src/domain/round-questions';
import { createRoundStore } from '../../src/state/round-store';
import { createSettingsStore } from '../../src/state/settings-store';
import { createUiStore } from '../../src/state/ui-store';
import type { SoundBoard } from '../../src/audio/sounds';
import { loadValidPack } from './helpers';

const pack = loadValidPack('tests/fixtures/mini-pack.json');

const silent = { play: () => undefined, setMuted: () => undefined, setVolume: () => undefined } as unknown as SoundBoard;

function setup(prepare?: ControllerDeps['prepare'], extra: Partial<ControllerDeps> = {}) {
  // On the menu, as the game is when a round starts (the screen flow takes no Play while loading).
  const uiStore = createUiStore({ screen: 'menu' });
  const controller = createController({
    roundStore: createRoundStore(),
    settingsStore: createSettingsStore({ storage: null }),
    uiStore,
    sound: silent,
    makeSeed: () => 'seed-1',
    prepare:
      prepare ??
      (async (request: RoundRequest): Promise<PreparedRound> => {
        const config = { packId: pack.id, packVersion: pack.version, seed: request.seed, mode: request.mode, difficulty: request.difficulty };
        return { config, questions: questionsForRound(pack, config) };
      }),
    ...extra,
  });
  return { controller, uiStore };
}

describe('leaving a round', () => {
  it('asks first during a round, holds the clock while asking, and Stay resumes it', async () => {
    const { controller, uiStore } = setup();
    expect(await controller.startRound({ mode: 'classic', difficulty: 'medium' })).toBe(true);
    controller.tick(80);
    controller.requestMenu();
    expect(uiStore.getState().leaveOpen).toBe(true);
    expect(uiStore.getState().screen).toBe('quiz');
    for (let i = 0; i < 50; i++) controller.tick(100);
    expect(controller.clock.elapsedMs).toBe(80);
    controller.stayInRound();
    expect(uiStore.getState().leaveOpen).toBe(false);
    controller.tick(50);
    expect(controller.clock.elapsedMs).toBe(130);
    controller.requestMenu();
    controller.toMenu();
    expect(uiStore.getState().screen).toBe('menu');
    expect(uiStore.getState().leaveOpen).toBe(false);
    expect(controller.roundStore.getState().round).toBeNull();
  });

  it('goes straight to the menu when no round is in play', () => {
    const { controller, uiStore } = setup();
    uiStore.getState().show('results');
    controller.requestMenu();
    expect(uiStore.getState().screen).toBe('menu');
    expect(uiStore.getState().leaveOpen).toBe(false);
  });

  it('warns that a scored Daily attempt counts, and that other rounds are not saved', async () => {
    let scored = true;
    const { controller } = setup(undefined, { isScoredDaily: () => scored });
    await controller.startRound({ mode: 'daily', difficulty: 'medium', seed: 'd20261201-x' });
    expect(controller.leaveWarning()).toMatch(/Your Daily attempt will count/);
    scored = false;
    expect(controller.leaveWarning()).toMatch(/practice round is not scored/);
    await controller.startRound({ mode: 'classic', difficulty: 'easy' });
    expect(controller.leaveWarning()).toMatch(/will not be scored/);
  });
});

describe('a challenge intro', () => {
  it('shows the prepared round only on Start; its clock does not run before', async () => {
    const { controller, uiStore } = setup();
    expect(await controller.prepareRound({ mode: 'classic', difficulty: 'medium', seed: 'friend' })).toBe(true);
    uiStore.getState().show('intro');
    for (let i = 0; i < 30; i++) controller.tick(100);
    expect(controller.clock.elapsedMs).toBe(0);
    controller.beginChallenge();
    expect(uiStore.getState().screen).toBe('quiz');
    controller.tick(40);
    expect(controller.clock.elapsedMs).toBe(40);
  });
});

describe('a round that cannot be prepared', () => {
  it('says why (thrown error, no pack, no questions) and clears the message on the next success', async () => {
    let failWith: 'throw' | 'null' | 'empty' | null = 'throw';
    const { controller, uiStore } = setup(async (request) => {
      if (failWith === 'throw') throw new Error('the worker stopped');
      if (failWith === 'null') return null;
      const config = { packId: pack.id, packVersion: pack.version, seed: request.seed, mode: request.mode, difficulty: request.difficulty };
      return { config, questions: failWith === 'empty' ? [] : questionsForRound(pack, config) };
    });
    uiStore.getState().show('menu');
    expect(await controller.startRound()).toBe(false);
    expect(uiStore.getState().roundProblem).toMatch(/could not be prepared \(the worker stopped\)/);
    failWith = 'null';
    expect(await controller.startRound()).toBe(false);
    expect(uiStore.getState().roundProblem).toMatch(/no playable pack/);
    failWith = 'empty';
    expect(await controller.startRound()).toBe(false);
    expect(uiStore.getState().roundProblem).toMatch(/no questions/);
    expect(uiStore.getState().screen).toBe('menu');
    failWith = null;
    expect(await controller.startRound()).toBe(true);
    expect(uiStore.getState().roundProblem).toBeNull();
    expect(uiStore.getState().screen).toBe('quiz');
  });

  it('Play again from the results falls back to the menu with the message', async () => {
    let fail = false;
    const { controller, uiStore } = setup(async (request) => {
      if (fail) throw new Error('boom');
      const config = { packId: pack.id, packVersion: pack.version, seed: request.seed, mode: request.mode, difficulty: request.difficulty };
      return { config, questions: questionsForRound(pack, config) };
    });
    await controller.startRound({ mode: 'classic', difficulty: 'medium' });
    uiStore.getState().show('results');
    fail = true;
    expect(await controller.startRound()).toBe(false);
    expect(uiStore.getState().screen).toBe('menu');
    expect(uiStore.getState().roundProblem).toMatch(/boom/);
  });
});
