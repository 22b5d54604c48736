// The controller's Daily across packs: one round from every shipped pack whatever pack the menu
// has selected, keyed 'daily' (not a pack), the menu's pack kept, each question remembered as seen
// in its own pack; and the words the menu and results use for packs and for how a round ended.
import { describe, expect, it, vi } from 'vitest';
import { createController } from '../../src/app/controller';
import type { PreparedRound, RoundRequest } from '../../src/app/packs/pack-service';
import { isDailyAcrossPacks, prepareRound } from '../../src/app/packs/prepare-round';
import { formatDay, packSizeLine, roundSubtitle } from '../../src/app/format';
import type { SoundBoard } from '../../src/audio/sounds';
import { DAILY_PACK_ID, dailyRoundConfig, dailyRoundQuestions, dailyVersion } from '../../src/domain/daily-round';
import type { PackEntry } from '../../src/domain/pack/pack-entry';
import { currentQuestion, roundReducer, startRound, type RoundState } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { createRoundStore } from '../../src/state/round-store';
import { createScoresStore } from '../../src/state/scores-store';
import { createSeenStore, seenFacts } from '../../src/state/seen-store';
import { createSettingsStore } from '../../src/state/settings-store';
import { createUiStore } from '../../src/state/ui-store';
import { resultsMessage, resultsTitle } from '../../src/view/messages';
import { allPackPaths, loadValidPack } from './helpers';

const packs = allPackPaths().filter((p) => p.startsWith('questions/')).map(loadValidPack);
const entries: PackEntry[] = packs.map((pack) => ({ status: 'ok', file: `questions/${pack.id}.json`, id: pack.id, title: pack.title, version: pack.version, pack, warnings: [] }));
const sound = { play: () => {}, setMuted: () => {}, setVolume: () => {} } as unknown as SoundBoard;
const DAY = '2026-12-07';

function setup(lastPackId: string) {
  const roundStore = createRoundStore();
  const seenStore = createSeenStore({ storage: null });
  const settingsStore = createSettingsStore({ storage: null });
  settingsStore.getState().setLastPackId(lastPackId);
  const requests: RoundRequest[] = [];
  const prepare = vi.fn(async (request: RoundRequest): Promise<PreparedRound | null> => {
    requests.push(request);
    return prepareRound(entries, request);
  });
  const controller = createController({
    roundStore,
    settingsStore,
    uiStore: createUiStore({ screen: 'menu', packs: entries }),
    sound,
    makeSeed: () => 'local-seed',
    prepare,
    seen: seenFacts(seenStore),
  });
  const playThrough = () => {
    while (roundStore.getState().round?.phase !== 'finished') {
      const round = roundStore.getState().round!;
      if (round.phase === 'asking') controller.answer(currentQuestion(round)!.answer);
      else controller.next();
    }
  };
  return { controller, roundStore, seenStore, settingsStore, requests, playThrough };
}

describe('the Daily across packs, from the menu', () => {
  it('is the same round whatever pack is selected: the core’s config and questions for the day', async () => {
    const configs = [];
    for (const selected of [packs[0]!.id, packs.at(-1)!.id]) {
      const { controller, roundStore, requests } = setup(selected);
      expect(await controller.startDaily(DAY)).toBe(true);
      expect(isDailyAcrossPacks(requests[0]!)).toBe(true);
      // Never steered by what this device saw: everyone gets the same questions.
      expect(requests[0]!.seen).toBeUndefined();
      const round = roundStore.getState().round!;
      expect(round.config).toEqual(dailyRoundConfig(packs, DAY));
      expect(round.questions).toEqual(dailyRoundQuestions(packs, round.config.seed));
      configs.push({ config: round.config, ids: round.questions.map((q) => q.id) });
    }
    expect(configs[1]).toEqual(configs[0]);
    expect(configs[0]!.config.packId).toBe(DAILY_PACK_ID);
    expect(configs[0]!.config.packVersion).toBe(dailyVersion(packs));
  });

  it('keeps the menu’s pack selected, and Play again plays that pack', async () => {
    const selected = packs[2]!.id;
    const { controller, roundStore, settingsStore, playThrough, requests } = setup(selected);
    await controller.startDaily(DAY);
    expect(settingsStore.getState().lastPackId).toBe(selected);
    expect(controller.selectedPack()?.id).toBe(selected);
    playThrough();
    controller.playAgain();
    await vi.waitFor(() => expect(roundStore.getState().round?.config.mode).toBe(settingsStore.getState().lastMode));
    expect(roundStore.getState().round!.config.packId).toBe(selected);
    expect(isDailyAcrossPacks(requests.at(-1)!)).toBe(false);
  });

  it('remembers each asked question as seen in its own pack, not under "daily"', async () => {
    const { controller, roundStore, seenStore, playThrough } = setup(packs[0]!.id);
    await controller.startDaily(DAY);
    const questions = roundStore.getState().round!.questions;
    playThrough();
    expect(seenStore.getState().seenIn(DAILY_PACK_ID)).toEqual([]);
    for (const q of questions) expect(seenStore.getState().seenIn(q.packId!)).toEqual(expect.arrayContaining(q.factIds));
  });

  it('an ordinary Daily request for one pack still gets that pack’s round', () => {
    const request: RoundRequest = { packIds: [packs[1]!.id], mode: 'daily', difficulty: 'medium', seed: 'd20261207-0000abcd' };
    expect(isDailyAcrossPacks(request)).toBe(false);
    expect(prepareRound(entries, request)!.config.packId).toBe(packs[1]!.id);
    // No shipped pack: no Daily, said as "no playable pack" by the controller.
    expect(prepareRound([], { ...request, packIds: [DAILY_PACK_ID] })).toBeNull();
  });
});

describe('the day’s one scored try', () => {
  it('counts for the Daily across packs on its own seed, once; another seed is practice', () => {
    const scores = createScoresStore({ storage: () => null });
    const seed = dailyRoundConfig(packs, DAY).seed;
    expect(scores.getState().startDaily('d20261207-00000000', DAILY_PACK_ID, DAY).scored).toBe(false);
    expect(scores.getState().startDaily(seed, DAILY_PACK_ID, DAY).scored).toBe(true);
    expect(scores.getState().startDaily(seed, DAILY_PACK_ID, DAY).scored).toBe(false);
  });
});

describe('what the menu and results say', () => {
  it('a pack row: size and date, as much as is known', () => {
    expect(formatDay('2022-12-18')).toBe('18 December 2022');
    expect(formatDay('2023-01-05')).toBe('5 January 2023');
    expect(formatDay('not a day')).toBe('not a day');
    expect(packSizeLine({ questions: 31, published: '2022-12-18' })).toBe('31 questions · 18 December 2022');
    expect(packSizeLine({ questions: 1 })).toBe('1 question');
    expect(packSizeLine({})).toBe('');
  });

  const finished = (mode: 'classic' | 'survival', pack = packs[0]!): RoundState => {
    const config = { packId: pack.id, packVersion: pack.version, seed: 's1', mode, difficulty: 'medium' as const };
    let round = startRound(config, questionsForRound(pack, config));
    // Survival answered right to the end: the pack runs out before the lives do.
    while (round.phase !== 'finished') {
      round = round.phase === 'asking' ? roundReducer(round, { type: 'answer', choice: currentQuestion(round)!.answer, timeMs: 1000 }) : roundReducer(round, { type: 'next' });
    }
    return round;
  };

  it('"Pack cleared!" for a Survival run that answered every question; "Full time" for a finished Classic round', () => {
    const cleared = finished('survival');
    expect(cleared.endReason).toBe('pack-cleared');
    expect(resultsTitle(cleared)).toEqual({ title: 'Pack cleared!', note: 'You answered every question this pack holds.' });
    expect(resultsMessage(cleared)).toMatch(/^Pack cleared! You answered every question this pack holds\. Score /);
    const classic = finished('classic');
    expect(resultsTitle(classic)).toEqual({ title: 'Full time', note: null });
    expect(resultsMessage(classic)).toMatch(/^Full time\. Score /);
  });

  it('the results name the Daily across packs by its number, other rounds by their pack', () => {
    const daily = startRound(dailyRoundConfig(packs, DAY), dailyRoundQuestions(packs, dailyRoundConfig(packs, DAY).seed));
    expect(roundSubtitle(daily, entries)).toBe('Daily #37 · every pack · Medium');
    const classic = finished('classic');
    expect(roundSubtitle(classic, entries)).toBe(`${packs[0]!.title} · Classic · Medium`);
  });
});
