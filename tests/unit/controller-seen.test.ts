// The controller and round preparation with the seen-facts store: unranked rounds prefer facts not
// seen lately (their seed carries which), seeded ones (Daily, challenge, server) never do, and what
// was asked is remembered when a round ends.
import { describe, expect, it, vi } from 'vitest';
import { createController } from '../../src/app/controller';
import type { PreparedRound, RoundRequest } from '../../src/app/packs/pack-service';
import { prepareRound } from '../../src/app/packs/prepare-round';
import type { SoundBoard } from '../../src/audio/sounds';
import type { PackEntry } from '../../src/domain/pack/pack-entry';
import { recentOf } from '../../src/domain/questions/recent';
import { currentQuestion } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { createRoundStore } from '../../src/state/round-store';
import { createSeenStore, seenFacts } from '../../src/state/seen-store';
import { createSettingsStore } from '../../src/state/settings-store';
import { createUiStore } from '../../src/state/ui-store';
import { loadValidPack } from './helpers';

const pack = loadValidPack('questions/england-euro-2022-final.json');
const entry: PackEntry = { status: 'ok', file: 'x.json', id: pack.id, title: pack.title, version: pack.version, pack, warnings: [] };
const sound = { play: () => {}, setMuted: () => {}, setVolume: () => {} } as unknown as SoundBoard;

function setup(serverSeed?: () => string | null) {
  const roundStore = createRoundStore();
  const seenStore = createSeenStore({ storage: null });
  const requests: RoundRequest[] = [];
  const prepare = vi.fn(async (request: RoundRequest): Promise<PreparedRound | null> => {
    requests.push(request);
    return prepareRound([entry], request);
  });
  let n = 0;
  const controller = createController({
    roundStore,
    settingsStore: createSettingsStore({ storage: null }),
    uiStore: createUiStore({ screen: 'menu', packs: [entry] }),
    sound,
    makeSeed: () => `seed${++n}`,
    prepare,
    seen: seenFacts(seenStore),
    ...(serverSeed ? { claimRun: () => ({ seed: serverSeed(), begin: () => undefined }) } : {}),
  });
  const playThrough = () => {
    while (roundStore.getState().round?.phase !== 'finished') {
      const round = roundStore.getState().round!;
      if (round.phase === 'asking') controller.answer(currentQuestion(round)!.answer);
      else controller.next();
    }
  };
  return { controller, roundStore, seenStore, requests, playThrough };
}

describe('rounds prefer facts this device has not seen lately', () => {
  it('remembers what a finished round asked, and the next unranked round avoids it through its seed', async () => {
    const { controller, roundStore, seenStore, requests, playThrough } = setup();
    await controller.startRound({ packId: pack.id, mode: 'classic' });
    const first = roundStore.getState().round!;
    expect(first.config.seed).toBe('seed1');
    playThrough();
    const asked = first.questions.flatMap((q) => (q.factIds.length > 0 ? q.factIds : [q.id]));
    expect(seenStore.getState().seenIn(pack.id)).toEqual(expect.arrayContaining(asked));

    await controller.startRound({ packId: pack.id, mode: 'classic' });
    const second = roundStore.getState().round!;
    expect(requests[1]!.seen?.ids.length).toBeGreaterThan(0);
    expect(second.config.seed).toMatch(/^seed2-r/);
    // The seed alone rebuilds the round: a challenge link or a re-score sees the same questions.
    expect(questionsForRound(pack, second.config)).toEqual(second.questions);
    const firstGroups = new Set(first.questions.flatMap((q) => q.groups));
    const recent = recentOf(pack, second.config.seed)!;
    for (const q of second.questions) if (q.factIds.some((id) => recent.has(id))) expect(q.groups.some((g) => firstGroups.has(g))).toBe(true);
  });

  it('leaves a Daily, a challenge seed and a server seed exactly as given', async () => {
    const { controller, roundStore, seenStore, requests } = setup(() => null);
    seenStore.getState().remember(pack.id, pack.facts.slice(0, 8).map((f) => f.id));
    await controller.startRound({ packId: pack.id, mode: 'daily', seed: 'd20261207-0000abcd' });
    expect(roundStore.getState().round!.config.seed).toBe('d20261207-0000abcd');
    await controller.startRound({ packId: pack.id, mode: 'classic', seed: 'friend7' });
    expect(roundStore.getState().round!.config.seed).toBe('friend7');
    expect(requests.every((r) => r.seen === undefined)).toBe(true);

    const ranked = setup(() => 'server-seed');
    ranked.seenStore.getState().remember(pack.id, ['attendance']);
    await ranked.controller.startRound({ packId: pack.id, mode: 'classic' });
    expect(ranked.roundStore.getState().round!.config.seed).toBe('server-seed');
    expect(ranked.requests[0]!.seen).toBeUndefined();
  });
});
