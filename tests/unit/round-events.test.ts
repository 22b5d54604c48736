// The rules the views used to re-derive, stated once in the domain: which lifeline can be used,
// what changed between two round states, where the streak milestones are, and a Daily seed's day.
import { describe, expect, it } from 'vitest';
import { dailySeed, dayOfDailySeed } from '../../src/domain/daily';
import { canUseLifeline, currentQuestion, roundEvents, roundReducer, startRound, type RoundConfig, type RoundEvent, type RoundState } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import { generateQuestions } from '../../src/domain/questions/generate';
import { STREAK_MILESTONES, STREAK_MULTIPLIERS, streakMultiplier } from '../../src/domain/scoring';
import { loadValidPack } from './helpers';

const pack = loadValidPack('tests/fixtures/mini-pack.json');
const config = (mode: RoundConfig['mode'] = 'classic', seed = 'events'): RoundConfig => ({ packId: pack.id, packVersion: pack.version, seed, mode, difficulty: 'medium' });
const start = (mode?: RoundConfig['mode'], seed?: string): RoundState => {
  const c = config(mode, seed);
  return startRound(c, questionsForRound(pack, c));
};
const right = (s: RoundState) => currentQuestion(s)!.answer;
const wrong = (s: RoundState) => (right(s) + 1) % currentQuestion(s)!.options.length;
const kinds = (events: RoundEvent[]) => events.map((e) => e.kind);

describe('STREAK_MILESTONES', () => {
  it('are the streak lengths where the multiplier steps up', () => {
    expect(STREAK_MILESTONES).toEqual([3, 6, 10]);
    for (const n of STREAK_MILESTONES) expect(streakMultiplier(n)).toBeGreaterThan(streakMultiplier(n - 1));
    for (let n = 1; n <= 20; n++) {
      if (!STREAK_MILESTONES.includes(n)) expect(streakMultiplier(n)).toBe(streakMultiplier(n - 1));
    }
  });

  it('follow the multiplier table, not a list of their own', () => {
    const steps = STREAK_MULTIPLIERS.filter(([, m]) => m > 1).map(([from]) => from).sort((a, b) => a - b);
    expect(STREAK_MILESTONES).toEqual(steps);
  });
});

describe('canUseLifeline', () => {
  it('allows each lifeline once per round, only while asking', () => {
    let s = start();
    expect(canUseLifeline(s, 'hint')).toBe(true);
    expect(canUseLifeline(s, 'fifty-fifty')).toBe(currentQuestion(s)!.fiftyFifty.length > 0);
    s = roundReducer(s, { type: 'lifeline', lifeline: 'hint' });
    expect(canUseLifeline(s, 'hint')).toBe(false);
    s = roundReducer(s, { type: 'answer', choice: right(s), timeMs: 1000 });
    expect(canUseLifeline(s, 'fifty-fifty')).toBe(false);
    s = roundReducer(s, { type: 'next' });
    expect(canUseLifeline(s, 'hint')).toBe(false);
  });

  it('refuses 50:50 on a question with nothing to remove (true/false), and after the round', () => {
    let checked = 0;
    for (let seed = 0; seed < 20; seed++) {
      // True/false is a last resort in generated rounds: ask for it outright.
      const c = config('classic', `tf-${seed}`);
      let s = startRound(c, generateQuestions(pack, { seed: c.seed, count: 10, forms: ['true-false', 'direct'] }));
      while (s.phase !== 'finished') {
        if (currentQuestion(s)!.fiftyFifty.length === 0) {
          expect(canUseLifeline(s, 'fifty-fifty')).toBe(false);
          expect(canUseLifeline(s, 'hint')).toBe(true);
          checked++;
        }
        s = roundReducer(roundReducer(s, { type: 'answer', choice: right(s), timeMs: 1 }), { type: 'next' });
      }
      expect(canUseLifeline(s, 'hint')).toBe(false);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('is what the reducer obeys', () => {
    for (let seed = 0; seed < 30; seed++) {
      let s = start('classic', `ll-${seed}`);
      while (s.phase !== 'finished') {
        for (const lifeline of ['fifty-fifty', 'hint'] as const) {
          const allowed = canUseLifeline(s, lifeline);
          expect(roundReducer(s, { type: 'lifeline', lifeline }) !== s).toBe(allowed);
        }
        s = roundReducer(s, { type: 'answer', choice: wrong(s), timeMs: 1 });
        s = roundReducer(s, { type: 'next' });
      }
    }
  });
});

describe('roundEvents', () => {
  it('names a new round and its first question', () => {
    const s = start();
    expect(roundEvents(null, s)).toEqual([{ kind: 'started' }, { kind: 'question', index: 0 }]);
    // Another config object is another round, even from the middle of one.
    const other = start('classic', 'other');
    expect(kinds(roundEvents(roundReducer(s, { type: 'timeout' }), other))).toEqual(['started', 'question']);
  });

  it('says nothing when nothing changed or the round was dropped', () => {
    const s = start();
    expect(roundEvents(s, s)).toEqual([]);
    expect(roundEvents(s, null)).toEqual([]);
    expect(roundEvents(null, null)).toEqual([]);
  });

  it('reports a right answer with its points, and the next question', () => {
    const s = start();
    const answered = roundReducer(s, { type: 'answer', choice: right(s), timeMs: 2000 });
    expect(roundEvents(s, answered)).toEqual([{ kind: 'answered', index: 0, correct: true, timedOut: false, chosen: right(s), points: answered.history[0]!.points }]);
    expect(answered.history[0]!.points).toBeGreaterThan(0);
    const next = roundReducer(answered, { type: 'next' });
    expect(roundEvents(answered, next)).toEqual([{ kind: 'question', index: 1 }]);
  });

  it('reports a wrong answer and a timeout apart', () => {
    const s = start();
    expect(roundEvents(s, roundReducer(s, { type: 'answer', choice: wrong(s), timeMs: 10 }))).toEqual([
      { kind: 'answered', index: 0, correct: false, timedOut: false, chosen: wrong(s), points: 0 },
    ]);
    expect(roundEvents(s, roundReducer(s, { type: 'timeout' }))).toEqual([{ kind: 'answered', index: 0, correct: false, timedOut: true, chosen: null, points: 0 }]);
  });

  it('reports a lifeline used', () => {
    const s = start();
    expect(roundEvents(s, roundReducer(s, { type: 'lifeline', lifeline: 'hint' }))).toEqual([{ kind: 'lifeline', lifeline: 'hint' }]);
  });

  it('marks the streak milestones, with the new multiplier, and nothing between them', () => {
    let s = start('survival', 'streak');
    const milestones: RoundEvent[] = [];
    for (let i = 0; i < 6 && s.phase !== 'finished'; i++) {
      const answered = roundReducer(s, { type: 'answer', choice: right(s), timeMs: 1000 });
      milestones.push(...roundEvents(s, answered).filter((e) => e.kind === 'streak-milestone'));
      s = roundReducer(answered, { type: 'next' });
    }
    expect(s.history).toHaveLength(6);
    expect(milestones).toEqual([
      { kind: 'streak-milestone', streak: 3, multiplier: 1.5 },
      { kind: 'streak-milestone', streak: 6, multiplier: 2 },
    ]);
  });

  it('reports the end of a round once: after the last answer, or when finished early', () => {
    let s = start();
    let finishedEvents = 0;
    while (s.phase !== 'finished') {
      const answered = roundReducer(s, { type: 'answer', choice: right(s), timeMs: 1000 });
      const next = roundReducer(answered, { type: 'next' });
      finishedEvents += roundEvents(answered, next).filter((e) => e.kind === 'finished').length;
      expect(roundEvents(s, answered).some((e) => e.kind === 'finished')).toBe(false);
      s = next;
    }
    expect(finishedEvents).toBe(1);
    const early = start();
    expect(roundEvents(early, roundReducer(early, { type: 'finish' }))).toEqual([{ kind: 'finished' }]);
  });

  it('keeps the order things happened in when several changes arrive at once', () => {
    const s = start();
    const withHint = roundReducer(s, { type: 'lifeline', lifeline: 'hint' });
    const answered = roundReducer(withHint, { type: 'answer', choice: right(s), timeMs: 1000 });
    const next = roundReducer(answered, { type: 'next' });
    expect(kinds(roundEvents(s, next))).toEqual(['lifeline', 'answered', 'question']);
  });
});

describe('dayOfDailySeed', () => {
  it('reads back the day dailySeed wrote, and nothing from other seeds', () => {
    expect(dayOfDailySeed(dailySeed('mini', '2026-11-26'))).toBe('2026-11-26');
    expect(dayOfDailySeed(dailySeed('benzema-2022', '2028-02-29'))).toBe('2028-02-29');
    expect(dayOfDailySeed('d20261399-00000000')).toBeNull();
    expect(dayOfDailySeed('d20260229-00000000')).toBeNull();
    expect(dayOfDailySeed('20261126')).toBeNull();
    expect(dayOfDailySeed('')).toBeNull();
  });
});
