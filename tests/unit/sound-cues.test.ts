// The sound cues: one sound per moment, decided by roundEvents from the round store alone.
import { describe, expect, it } from 'vitest';
import { attachSoundCues, cueFor, STREAK_MILESTONES } from '../../src/audio/sound-cues';
import { STREAK_MILESTONES as DOMAIN_MILESTONES } from '../../src/domain/scoring';
import { currentQuestion, type RoundConfig } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import type { SoundName } from '../../src/audio/sounds';
import { createRoundStore } from '../../src/state/round-store';
import { loadValidPack } from './helpers';

const pack = loadValidPack('tests/fixtures/mini-pack.json');
const config = (mode: RoundConfig['mode'] = 'survival', seed = 'cues'): RoundConfig => ({ packId: pack.id, packVersion: pack.version, seed, mode, difficulty: 'medium' });

function setup(mode?: RoundConfig['mode']) {
  const store = createRoundStore();
  const played: SoundName[] = [];
  const detach = attachSoundCues(store, { play: (name) => void played.push(name) });
  const begin = (seed = 'cues') => store.getState().start(config(mode, seed), questionsForRound(pack, config(mode, seed)));
  const answer = (right: boolean) => {
    const q = currentQuestion(store.getState().round!)!;
    store.getState().answer(right ? q.answer : (q.answer + 1) % q.options.length, 1000);
  };
  return { store, played, detach, begin, answer };
}

describe('sound cues', () => {
  it('are silent when a round starts, and for lifelines and next questions', () => {
    const { store, played, begin } = setup();
    begin();
    store.getState().useLifeline('hint');
    expect(played).toEqual([]);
  });

  it('play correct, wrong and time-up for the three ways an answer settles', () => {
    const { store, played, begin, answer } = setup();
    begin();
    answer(true);
    store.getState().next();
    answer(false);
    store.getState().next();
    store.getState().timeout();
    expect(played).toEqual(['correct', 'wrong', 'timeup']);
  });

  it('add the streak fanfare at each milestone, after the answer sound', () => {
    const { store, played, begin, answer } = setup();
    begin();
    for (let i = 0; i < 6; i++) {
      answer(true);
      store.getState().next();
    }
    expect(played).toEqual(['correct', 'correct', 'correct', 'streak', 'correct', 'correct', 'correct', 'streak']);
  });

  it('play the round end once, when the round finishes', () => {
    const { store, played, begin, answer } = setup('classic');
    begin();
    while (store.getState().round!.phase !== 'finished') {
      answer(false);
      store.getState().next();
    }
    expect(played.filter((n) => n === 'roundend')).toHaveLength(1);
    expect(played.at(-1)).toBe('roundend');
    // Starting the next round (or clearing) makes no sound.
    const before = played.length;
    begin('again');
    store.getState().clear();
    expect(played).toHaveLength(before);
  });

  it('stop when detached', () => {
    const { played, begin, answer, detach } = setup();
    begin();
    detach();
    answer(true);
    expect(played).toEqual([]);
  });

  it('map each event kind to its sound', () => {
    expect(cueFor({ kind: 'started' })).toBeNull();
    expect(cueFor({ kind: 'question', index: 2 })).toBeNull();
    expect(cueFor({ kind: 'lifeline', lifeline: 'fifty-fifty' })).toBeNull();
    expect(cueFor({ kind: 'answered', index: 0, correct: true, timedOut: false, chosen: 1, points: 150 })).toBe('correct');
    expect(cueFor({ kind: 'answered', index: 0, correct: false, timedOut: false, chosen: 1, points: 0 })).toBe('wrong');
    expect(cueFor({ kind: 'answered', index: 0, correct: false, timedOut: true, chosen: null, points: 0 })).toBe('timeup');
    expect(cueFor({ kind: 'streak-milestone', streak: 3, multiplier: 1.5 })).toBe('streak');
    expect(cueFor({ kind: 'finished' })).toBe('roundend');
  });

  it('re-export the domain streak milestones for the views that import them from here', () => {
    expect(STREAK_MILESTONES).toBe(DOMAIN_MILESTONES);
  });
});
