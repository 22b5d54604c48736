// The controller through the seams create-game.ts wires: real stores, a fake sound board, a fake
// prepare() and a given seed maker, so every verb is checked without Phaser or a browser.
import { describe, expect, it, vi } from 'vitest';
import { createController, modeSummary, TICK_FROM_MS, type ControllerDeps } from '../../src/app/controller';
import type { PackEntry } from '../../src/domain/pack/pack-entry';
import type { PreparedRound, RoundRequest } from '../../src/app/packs/pack-service';
import { QuestionClock } from '../../src/app/question-clock';
import type { SoundBoard, SoundName } from '../../src/audio/sounds';
import { currentQuestion, type RoundConfig } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { createRoundStore } from '../../src/state/round-store';
import { createSettingsStore } from '../../src/state/settings-store';
import { createUiStore } from '../../src/state/ui-store';
import { loadValidPack } from './helpers';

const pack = loadValidPack('tests/fixtures/mini-pack.json');
const entry: PackEntry = { status: 'ok', file: 'mini-pack.json', id: pack.id, title: pack.title, version: pack.version, pack, warnings: [] };

function fakeSound() {
  const played: SoundName[] = [];
  const board = {
    played,
    muted: false,
    volume: 1,
    play: (name: SoundName) => void played.push(name),
    setMuted(m: boolean) {
      board.muted = m;
    },
    setVolume(v: number) {
      board.volume = v;
    },
  };
  return board;
}

function setup(over: Partial<ControllerDeps> = {}) {
  const roundStore = createRoundStore();
  const settingsStore = createSettingsStore({ storage: null });
  const uiStore = createUiStore({ screen: 'menu', packs: [entry] });
  const sound = fakeSound();
  const requests: RoundRequest[] = [];
  const prepare = vi.fn(async (request: RoundRequest): Promise<PreparedRound | null> => {
    requests.push(request);
    const config: RoundConfig = { packId: pack.id, packVersion: pack.version, seed: request.seed, mode: request.mode, difficulty: request.difficulty };
    return { config, questions: questionsForRound(pack, config) };
  });
  let seeds = 0;
  const controller = createController({
    roundStore,
    settingsStore,
    uiStore,
    sound: sound as unknown as SoundBoard,
    makeSeed: () => `seed-${++seeds}`,
    prepare,
    ...over,
  });
  const round = () => roundStore.getState().round!;
  return { controller, roundStore, settingsStore, uiStore, sound, prepare, requests, round };
}

describe('controller', () => {
  it('starts a round with the menu choices and a fresh seed, and shows the quiz', async () => {
    const { controller, uiStore, requests, round, settingsStore } = setup();
    controller.selectMode('relaxed');
    controller.selectDifficulty('hard');
    expect(await controller.startRound()).toBe(true);
    expect(requests).toEqual([{ packIds: [undefined, null], mode: 'relaxed', difficulty: 'hard', seed: 'seed-1' }]);
    expect(uiStore.getState().screen).toBe('quiz');
    expect(round().config).toMatchObject({ packId: 'mini', mode: 'relaxed', difficulty: 'hard', seed: 'seed-1' });
    expect(settingsStore.getState().lastPackId).toBe('mini');
  });

  it('claims the online run as it prepares a round, plays on its seed, and begins it with the round it started', async () => {
    const claims: unknown[] = [];
    const begun: RoundConfig[] = [];
    const t = setup({
      claimRun: (request) => {
        claims.push(request);
        return { seed: request.seed === undefined ? 'server-seed' : null, begin: (config) => void begun.push(config) };
      },
    });
    await t.controller.startRound({ mode: 'classic' });
    expect(claims).toEqual([{ packId: undefined, mode: 'classic', difficulty: 'medium' }]);
    expect(t.round().config.seed).toBe('server-seed');
    // Begun with the very config in the store, once it is there.
    expect(begun).toEqual([t.round().config]);
    expect(begun[0]).toBe(t.round().config);
    // A known seed (a challenge link) is the round's seed, and is what the run is asked for.
    await t.controller.startRound({ packId: pack.id, mode: 'survival', seed: 'link-seed' });
    expect(claims[1]).toEqual({ packId: pack.id, mode: 'survival', difficulty: 'medium', seed: 'link-seed' });
    expect(t.round().config.seed).toBe('link-seed');
    expect(begun[1]).toBe(t.round().config);
    // A round that could not be prepared begins nothing.
    t.prepare.mockResolvedValueOnce(null);
    expect(await t.controller.startRound()).toBe(false);
    expect(begun).toHaveLength(2);
  });

  it('starts nothing while a round is being prepared, or when no round can be made', async () => {
    const { controller, uiStore } = setup();
    const [first, second] = await Promise.all([controller.startRound(), controller.startRound()]);
    expect([first, second]).toEqual([true, false]);
    const none = setup({ prepare: async () => null });
    expect(await none.controller.startRound()).toBe(false);
    expect(none.uiStore.getState().screen).toBe('menu');
    const throwing = setup({ prepare: () => Promise.reject(new Error('worker died')) });
    expect(await throwing.controller.startRound()).toBe(false);
    expect(uiStore.getState().screen).toBe('quiz');
  });

  it('stamps an answer with the clock, and only while the question is on screen', async () => {
    const { controller, round, uiStore } = setup();
    await controller.startRound({ mode: 'classic' });
    controller.tick(50);
    controller.tick(70);
    uiStore.setState({ screen: 'results' });
    controller.tick(1000);
    uiStore.setState({ screen: 'quiz' });
    controller.answer(currentQuestion(round())!.answer);
    expect(round().history[0]).toMatchObject({ correct: true, timeMs: 120 });
  });

  it('ticks once per second in the last five, and times out at the limit', async () => {
    const { controller, round, sound } = setup();
    await controller.startRound({ mode: 'classic' });
    const limit = round().rules.timeLimitMs!;
    const countdown: number[] = [];
    controller.onCountdown((s) => countdown.push(s));
    for (let t = 100; t < limit - TICK_FROM_MS; t += 100) controller.tick(100);
    expect(sound.played).toEqual([]);
    expect(controller.remainingMs()).toBe(TICK_FROM_MS + 100);
    controller.tick(100);
    expect(countdown).toEqual([5]);
    while (round().phase === 'asking') controller.tick(100);
    expect(countdown).toEqual([5, 4, 3, 2, 1]);
    expect(sound.played.filter((n) => n === 'tick')).toHaveLength(5);
    expect(round().history[0]).toMatchObject({ chosen: null, timeMs: limit });
    expect(controller.remainingMs()).toBeNull();
  });

  it('restarts the clock for each question', async () => {
    const { controller, round } = setup();
    await controller.startRound({ mode: 'classic' });
    controller.tick(90);
    controller.answer(currentQuestion(round())!.answer);
    controller.next();
    expect(controller.clock.elapsedMs).toBe(0);
    controller.tick(40);
    controller.answer(currentQuestion(round())!.answer);
    expect(round().history.map((r) => r.timeMs)).toEqual([90, 40]);
  });

  it('uses a lifeline with a click only when the reducer takes it', async () => {
    const { controller, round, sound } = setup();
    await controller.startRound({ mode: 'classic' });
    controller.useLifeline('hint');
    controller.useLifeline('hint');
    expect(round().used).toEqual(['hint']);
    expect(sound.played).toEqual(['click']);
  });

  it('shows the results when the round finishes, and plays again with the same choices and a new seed', async () => {
    const { controller, round, uiStore, requests } = setup();
    await controller.startRound({ mode: 'classic', difficulty: 'easy' });
    while (round().phase !== 'finished') {
      controller.tick(10);
      controller.answer(currentQuestion(round())!.answer);
      controller.next();
    }
    expect(uiStore.getState().screen).toBe('results');
    controller.playAgain();
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]).toMatchObject({ packIds: ['mini', 'mini'], mode: 'classic', difficulty: 'easy', seed: 'seed-2' });
  });

  it('after a Daily, plays again with the menu choices, not another Daily', async () => {
    const { controller, requests, settingsStore } = setup();
    settingsStore.getState().setLastMode('survival');
    await controller.startRound({ mode: 'daily', seed: 'd20261120-abcdef01' });
    expect(requests[0]).toMatchObject({ mode: 'daily', seed: 'd20261120-abcdef01' });
    expect(settingsStore.getState().lastMode).toBe('survival');
    controller.playAgain();
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]).toMatchObject({ mode: 'survival', seed: 'seed-1' });
  });

  it('goes to the menu, clearing the round and stopping the clock', async () => {
    const { controller, roundStore, uiStore } = setup();
    await controller.startRound();
    controller.toMenu();
    expect(roundStore.getState().round).toBeNull();
    expect(uiStore.getState().screen).toBe('menu');
    expect(controller.clock.isRunning).toBe(false);
  });

  it('passes mute and volume settings to the sound board', () => {
    const { controller, sound, settingsStore } = setup();
    controller.toggleMute();
    expect(sound.muted).toBe(true);
    expect(settingsStore.getState().muted).toBe(true);
    controller.setVolume(0.25);
    expect(sound.volume).toBe(0.25);
  });

  it('selects only valid packs, and notes the rules and best score of the menu choice', () => {
    const bestScore = vi.fn(() => 1234);
    const { controller, settingsStore } = setup({ bestScore });
    controller.selectPack('nope');
    expect(settingsStore.getState().lastPackId).toBeNull();
    controller.selectPack('mini');
    expect(settingsStore.getState().lastPackId).toBe('mini');
    controller.selectMode('survival');
    expect(controller.modeNote()).toBe(`${modeSummary('survival')} · your best 1,234`);
    expect(bestScore).toHaveBeenCalledWith({ packId: 'mini', mode: 'survival', difficulty: 'medium' });
    expect(modeSummary('classic')).toBe('10 questions · 20 s each');
    expect(modeSummary('survival')).toBe('3 lives · 20 s each');
    expect(modeSummary('relaxed')).toBe('10 questions · no timer');
    // A small pack: the menu promises what it yields.
    expect(modeSummary('classic', 8)).toBe('8 questions · 20 s each');
    expect(modeSummary('classic', 1)).toBe('1 question · 20 s each');
    expect(modeSummary('classic', 40)).toBe('10 questions · 20 s each');
    expect(modeSummary('survival', 8)).toBe('3 lives · 20 s each');
  });

  it('uses the clock it is given, and stops listening when disposed', async () => {
    const clock = new QuestionClock();
    const { controller, roundStore, sound } = setup({ clock });
    expect(controller.clock).toBe(clock);
    controller.dispose();
    await controller.prepareRound();
    expect(roundStore.getState().round).not.toBeNull();
    expect(clock.isRunning).toBe(false);
    controller.toggleMute();
    expect(sound.muted).toBe(false);
  });
});
