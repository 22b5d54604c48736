// Why a round ended, for the results screen: "Pack cleared!" when a Survival run outlasts the pack.
import { describe, expect, it } from 'vitest';
import { currentQuestion, roundReducer, startRound, type RoundConfig, type RoundState } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { groupCount } from '../../src/domain/questions/recent';
import { loadValidPack } from './helpers';

const pack = loadValidPack('questions/napoli-scudetto-2023.json');
const start = (mode: RoundConfig['mode']) => {
  const config: RoundConfig = { packId: pack.id, packVersion: pack.version, seed: 'end', mode, difficulty: 'medium' };
  return startRound(config, questionsForRound(pack, config));
};
const play = (s: RoundState, right: (i: number) => boolean) => {
  while (s.phase !== 'finished') {
    const q = currentQuestion(s)!;
    s = roundReducer(s, { type: 'answer', choice: right(s.index) ? q.answer : (q.answer + 1) % q.options.length, timeMs: 1000 });
    s = roundReducer(s, { type: 'next' });
  }
  return s;
};

describe('the reason a round ended', () => {
  it('a perfect Survival run that asks every question the pack holds clears the pack', () => {
    const s = play(start('survival'), () => true);
    expect(s.endReason).toBe('pack-cleared');
    expect(s.history.length).toBeLessThanOrEqual(groupCount(pack));
  });

  it('Survival out of lives, Classic complete, a round stopped early', () => {
    expect(play(start('survival'), () => false).endReason).toBe('out-of-lives');
    expect(play(start('classic'), (i) => i % 2 === 0).endReason).toBe('complete');
    expect(roundReducer(start('classic'), { type: 'finish' }).endReason).toBe('stopped');
    expect(start('classic').endReason).toBeUndefined();
  });
});
