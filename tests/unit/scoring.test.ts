import { describe, expect, it } from 'vitest';
import { BASE_POINTS, scoreAnswer, streakMultiplier, type AnswerScoreInput } from '../../src/domain/scoring';

const right: AnswerScoreInput = {
  correct: true,
  questionDifficulty: 'medium',
  roundDifficulty: 'medium',
  timeMs: 20_000,
  timeLimitMs: 20_000,
  streak: 1,
  lifelines: [],
};

describe('scoring', () => {
  it('gives nothing for a wrong answer, whatever else', () => {
    expect(scoreAnswer({ ...right, correct: false, timeMs: 0, streak: 9 }).points).toBe(0);
  });

  it('pays base points by question difficulty', () => {
    expect(scoreAnswer({ ...right, questionDifficulty: 'easy' }).points).toBe(100);
    expect(scoreAnswer({ ...right, questionDifficulty: 'medium' }).points).toBe(150);
    expect(scoreAnswer({ ...right, questionDifficulty: 'hard' }).points).toBe(200);
  });

  it('scales by the round difficulty', () => {
    expect(scoreAnswer({ ...right, roundDifficulty: 'easy' }).points).toBe(120);
    expect(scoreAnswer({ ...right, roundDifficulty: 'hard' }).points).toBe(188);
  });

  it('adds up to half the base for a fast answer, falling linearly to nothing at the limit', () => {
    expect(scoreAnswer({ ...right, timeMs: 0 }).timeBonus).toBe(75);
    expect(scoreAnswer({ ...right, timeMs: 10_000 }).timeBonus).toBe(38);
    expect(scoreAnswer({ ...right, timeMs: 20_000 }).timeBonus).toBe(0);
    expect(scoreAnswer({ ...right, timeMs: -500 }).timeBonus).toBe(75);
    expect(scoreAnswer({ ...right, timeMs: 99_999 }).timeBonus).toBe(0);
  });

  it('gives no time bonus without a timer', () => {
    expect(scoreAnswer({ ...right, timeMs: 0, timeLimitMs: null }).points).toBe(BASE_POINTS.medium);
  });

  it('multiplies by the streak', () => {
    expect([1, 2, 3, 5, 6, 9, 10, 25].map(streakMultiplier)).toEqual([1, 1, 1.5, 1.5, 2, 2, 3, 3]);
    expect(scoreAnswer({ ...right, streak: 3 }).points).toBe(225);
    expect(scoreAnswer({ ...right, streak: 10, timeMs: 0 }).points).toBe((150 + 75) * 3);
  });

  it('charges for lifelines, each counted once', () => {
    expect(scoreAnswer({ ...right, lifelines: ['fifty-fifty'] }).points).toBe(75);
    expect(scoreAnswer({ ...right, lifelines: ['hint'] }).points).toBe(113);
    expect(scoreAnswer({ ...right, lifelines: ['hint', 'fifty-fifty', 'hint'] }).points).toBe(56);
  });

  it('always gives whole points', () => {
    for (let t = 0; t <= 20_000; t += 337) {
      for (const streak of [1, 3, 6, 10]) expect(Number.isInteger(scoreAnswer({ ...right, timeMs: t, streak }).points)).toBe(true);
    }
  });
});
