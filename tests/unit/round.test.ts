import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRoundStore } from '../../src/state/round-store';
import { MODE_RULES, currentQuestion, replayRound, roundReducer, startRound, type RoundConfig, type RoundState } from '../../src/domain/round';
import { questionsForRound, rescoreRound } from '../../src/domain/round-questions';
import { loadValidPack } from './helpers';

// A small fixture: the reducer's rules do not depend on a shipped pack, and editing one must not break them.
const pack = loadValidPack('tests/fixtures/mini-pack.json');
const config = (mode: RoundConfig['mode'], seed = 'test'): RoundConfig => ({
  packId: pack.id, packVersion: pack.version, seed, mode, difficulty: 'medium',
});

function start(mode: RoundConfig['mode'], seed = 'test'): RoundState {
  return startRound(config(mode, seed), questionsForRound(pack, config(mode, seed)));
}

const right = (s: RoundState) => currentQuestion(s)!.answer;
const wrong = (s: RoundState) => (currentQuestion(s)!.answer + 1) % currentQuestion(s)!.options.length;

describe('round reducer', () => {
  it('plays a Classic round to the end', () => {
    let s = start('classic');
    // The fixture has fewer unrelated facts than a Classic round's 10 questions: the round asks what it has.
    const n = s.questions.length;
    expect(n).toBeGreaterThanOrEqual(5);
    expect(n).toBeLessThanOrEqual(MODE_RULES.classic.questions);
    for (let i = 0; i < n; i++) {
      expect(s.phase).toBe('asking');
      s = roundReducer(s, { type: 'answer', choice: right(s), timeMs: 5000 });
      expect(s.phase).toBe('feedback');
      s = roundReducer(s, { type: 'next' });
    }
    expect(s.phase).toBe('finished');
    expect(s.correctCount).toBe(n);
    expect(s.bestStreak).toBe(n);
    expect(s.history).toHaveLength(n);
    expect(s.score).toBe(s.history.reduce((sum, r) => sum + r.points, 0));
  });

  it('resets the streak on a wrong answer and keeps the best', () => {
    let s = start('classic');
    for (const ok of [true, true, true, false, true]) {
      s = roundReducer(s, { type: 'answer', choice: ok ? right(s) : wrong(s), timeMs: 1000 });
      s = roundReducer(s, { type: 'next' });
    }
    expect(s.streak).toBe(1);
    expect(s.bestStreak).toBe(3);
  });

  it('counts a timeout as wrong, with the whole time taken', () => {
    let s = start('classic');
    s = roundReducer(s, { type: 'timeout' });
    expect(s.history[0]).toMatchObject({ chosen: null, correct: false, timeMs: 20_000, points: 0 });
  });

  it('treats an answer after the time limit as a timeout', () => {
    let s = start('classic');
    s = roundReducer(s, { type: 'answer', choice: right(s), timeMs: 25_000 });
    expect(s.history[0]).toMatchObject({ chosen: null, correct: false });
  });

  it('ends Survival after three wrong answers', () => {
    let s = start('survival');
    expect(s.lives).toBe(3);
    // More questions than lives, so it is the lives that end the round.
    expect(s.questions.length).toBeGreaterThan(3);
    for (let i = 0; i < 3; i++) {
      s = roundReducer(s, { type: 'answer', choice: wrong(s), timeMs: 1000 });
      s = roundReducer(s, { type: 'next' });
    }
    expect(s.lives).toBe(0);
    expect(s.phase).toBe('finished');
    expect(s.history).toHaveLength(3);
  });

  it('has no timer in Relaxed: no timeouts, no time bonus', () => {
    let s = start('relaxed');
    expect(s.rules.timeLimitMs).toBeNull();
    expect(roundReducer(s, { type: 'timeout' })).toBe(s);
    s = roundReducer(s, { type: 'answer', choice: right(s), timeMs: 600_000 });
    expect(s.lastScore?.timeBonus).toBe(0);
    expect(s.history[0]?.correct).toBe(true);
  });

  it('allows each lifeline once per round, and 50:50 removes two wrong options', () => {
    let s = start('classic', 'lifelines');
    while (currentQuestion(s)!.options.length !== 4) {
      s = roundReducer(roundReducer(s, { type: 'answer', choice: right(s), timeMs: 1 }), { type: 'next' });
    }
    s = roundReducer(s, { type: 'lifeline', lifeline: 'fifty-fifty' });
    expect(s.removed).toHaveLength(2);
    expect(s.removed).not.toContain(right(s));
    expect(roundReducer(s, { type: 'answer', choice: s.removed[0]!, timeMs: 1 })).toBe(s);
    s = roundReducer(s, { type: 'lifeline', lifeline: 'hint' });
    expect(s.used).toEqual(['fifty-fifty', 'hint']);
    s = roundReducer(s, { type: 'answer', choice: right(s), timeMs: 20_000 });
    expect(s.history.at(-1)).toMatchObject({ lifelines: ['fifty-fifty', 'hint'], correct: true });
    expect(s.lastScore?.lifelineFactor).toBe(0.375);
    s = roundReducer(s, { type: 'next' });
    expect(s.removed).toEqual([]);
    expect(roundReducer(s, { type: 'lifeline', lifeline: 'hint' })).toBe(s);
  });

  it('ignores actions out of turn and invalid choices', () => {
    const s = start('classic');
    expect(roundReducer(s, { type: 'next' })).toBe(s);
    expect(roundReducer(s, { type: 'answer', choice: 7, timeMs: 1 })).toBe(s);
    expect(roundReducer(s, { type: 'answer', choice: 1.5, timeMs: 1 })).toBe(s);
    const answered = roundReducer(s, { type: 'answer', choice: 0, timeMs: 1 });
    expect(roundReducer(answered, { type: 'answer', choice: 1, timeMs: 1 })).toBe(answered);
    expect(roundReducer(answered, { type: 'lifeline', lifeline: 'hint' })).toBe(answered);
  });

  it('can be finished early', () => {
    const s = roundReducer(start('classic'), { type: 'finish' });
    expect(s.phase).toBe('finished');
    expect(currentQuestion(s)).toBeUndefined();
  });

  it('refuses to build a round for another pack version', () => {
    expect(() => questionsForRound(pack, { ...config('classic'), packVersion: '0.0.1' })).toThrow(/pack is/);
  });
});

describe('re-scoring from the history alone', () => {
  it('gives the same score for any round played, any mode (what the leaderboard server will do)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('classic', 'survival', 'relaxed', 'daily' as const),
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.array(fc.record({ pick: fc.nat(3), ms: fc.integer({ min: 0, max: 25_000 }), lifeline: fc.nat(5) }), { maxLength: 40 }),
        (mode, seed, moves) => {
          let s = start(mode, seed);
          for (const m of moves) {
            if (s.phase === 'finished') break;
            if (m.lifeline === 0) s = roundReducer(s, { type: 'lifeline', lifeline: 'fifty-fifty' });
            if (m.lifeline === 1) s = roundReducer(s, { type: 'lifeline', lifeline: 'hint' });
            const q = currentQuestion(s)!;
            const choice = [0, 1, 2, 3].map((k) => (m.pick + k) % q.options.length).find((c) => !s.removed.includes(c))!;
            s = roundReducer(s, { type: 'answer', choice, timeMs: m.ms });
            s = roundReducer(s, { type: 'next' });
          }
          const replayed = rescoreRound(pack, s.config, s.history);
          expect(replayed.problems).toEqual([]);
          expect(replayed.state.score).toBe(s.score);
          expect(replayed.state.bestStreak).toBe(s.bestStreak);
          expect(replayed.state.history).toEqual(s.history);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports a history that does not fit the round', () => {
    const s = start('classic');
    const forged = [{ questionId: 'made-up', chosen: 9, timeMs: 1, lifelines: [] }];
    expect(replayRound(s.config, s.questions, forged).problems).toEqual([
      `answer 1: expected question ${s.questions[0]!.id}, got made-up`,
      'answer 1: not a valid answer',
    ]);
  });
});

describe('round store', () => {
  it('forwards actions to the reducer and notifies subscribers', () => {
    const store = createRoundStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.round?.phase ?? 'none'));
    const c = config('classic');
    store.getState().start(c, questionsForRound(pack, c));
    const q = currentQuestion(store.getState().round!)!;
    store.getState().answer(q.answer, 1000);
    store.getState().answer(q.answer, 1000); // ignored: already answered
    store.getState().next();
    store.getState().finish();
    unsubscribe();
    store.getState().clear();
    expect(seen).toEqual(['asking', 'feedback', 'asking', 'finished']);
    expect(store.getState().round).toBeNull();
  });
});
