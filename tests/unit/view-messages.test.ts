import { describe, expect, it } from 'vitest';
import { roundReducer, startRound, type RoundConfig, type RoundState } from '../../src/domain/round';
import { questionsForRound } from '../../src/domain/round-questions';
import type { Question } from '../../src/domain/questions/types';
import { streakMultiplier } from '../../src/domain/scoring';
import { formatPoints } from '../../src/app/format';
import {
  answerName,
  feedbackMessage,
  fiftyFiftyLabel,
  fiftyFiftyMessage,
  hintLabel,
  introMessage,
  nextLabel,
  optionName,
  questionMessage,
  quizStatusText,
  resultsMessage,
  reviewChosen,
} from '../../src/view/messages';
import { loadValidPack } from './helpers';

const pack = loadValidPack('tests/fixtures/mini-pack.json');
const config = (mode: RoundConfig['mode']): RoundConfig => ({ packId: pack.id, packVersion: pack.version, seed: 'messages', mode, difficulty: 'medium' });

/** The generated round, its first question replaced by one with known words (pinned below). */
const known: Omit<Question, 'id' | 'form' | 'factIds' | 'groups' | 'difficulty' | 'hint' | 'fiftyFifty'> = {
  prompt: 'Against which team did he make his debut?',
  options: ['Spain', 'Austria', 'Italy', 'Croatia'],
  answer: 1,
  quote: 'He made his debut against Austria in March 2007.',
  explanation: 'Austria.',
};
function start(mode: RoundConfig['mode']): RoundState {
  const questions = questionsForRound(pack, config(mode));
  questions[0] = { ...questions[0]!, ...known };
  return startRound(config(mode), questions);
}
const q = (s: RoundState) => s.questions[s.index]!;
const right = (s: RoundState) => q(s).answer;
const wrong = (s: RoundState) => (q(s).answer + 1) % q(s).options.length;
const answer = (s: RoundState, choice: number, timeMs = 4000) => roundReducer(s, { type: 'answer', choice, timeMs });
const next = (s: RoundState) => roundReducer(s, { type: 'next' });

describe('view messages', () => {
  it('names options by letter, past D by number', () => {
    expect(optionName(0, 'Spain')).toBe('A: Spain');
    expect(optionName(3, 'Croatia')).toBe('D: Croatia');
    expect(optionName(4, 'Wales')).toBe('5: Wales');
  });

  it('reads a question with its lettered options and the timer', () => {
    const s = start('classic');
    const n = s.questions.length;
    expect(n).toBeGreaterThan(3);
    expect(questionMessage(s)).toBe(
      `Question 1 of ${n}. Against which team did he make his debut? A: Spain. B: Austria. C: Italy. D: Croatia. 20 seconds.`,
    );
    // Relaxed has no clock, so no seconds; Survival has no fixed count.
    const relaxed = start('relaxed');
    expect(questionMessage(relaxed)).toBe(`Question 1 of ${relaxed.questions.length}. Against which team did he make his debut? A: Spain. B: Austria. C: Italy. D: Croatia.`);
    expect(questionMessage(start('survival'))).toMatch(/^Question 1\. Against which team did he make his debut\? A: Spain\. .* 20 seconds\.$/);
  });

  it('says Right! with the points, the explanation, the source quote and the score', () => {
    const s = answer(start('classic'), 1);
    const points = formatPoints(s.history[0]!.points);
    expect(feedbackMessage(s)).toBe(
      `Right! B: Austria. Plus ${points} points. Austria. Source: “He made his debut against Austria in March 2007.” Score ${points}.`,
    );
    expect(answerName(q(s), 1, s.history.at(-1))).toBe('B: Austria — your answer, right');
    expect(answerName(q(s), 0, s.history.at(-1))).toBe('A: Spain');
  });

  it('says Wrong: with the chosen and the right answer', () => {
    const s = answer(start('classic'), 2);
    expect(feedbackMessage(s)).toBe(
      'Wrong: you chose C: Italy. The right answer is B: Austria. Austria. Source: “He made his debut against Austria in March 2007.” Score 0.',
    );
    expect(answerName(q(s), 2, s.history.at(-1))).toBe('C: Italy — your answer, wrong');
    expect(answerName(q(s), 1, s.history.at(-1))).toBe('B: Austria — right answer');
    expect(reviewChosen(q(s), s.history[0]!)).toBe('C: Italy');
  });

  it('says Time’s up when the clock ran out', () => {
    const s = roundReducer(start('classic'), { type: 'timeout' });
    expect(feedbackMessage(s)).toBe(
      'Time’s up. The right answer is B: Austria. Austria. Source: “He made his debut against Austria in March 2007.” Score 0.',
    );
    expect(reviewChosen(q(s), s.history[0]!)).toBe('no answer (time ran out)');
  });

  it('names the streak multiplier at a milestone, and only there', () => {
    let s = start('classic');
    s = next(answer(s, right(s)));
    s = answer(s, right(s));
    expect(feedbackMessage(s)).not.toContain('Streak of');
    s = answer(next(s), right(next(s)));
    expect(s.streak).toBe(3);
    expect(feedbackMessage(s)).toContain(` points. Streak of 3: points ×${streakMultiplier(3)}. `);
    expect(quizStatusText(s)).toBe(`Score ${formatPoints(s.score)} · Streak 3 ×${streakMultiplier(3)}`);
  });

  it('counts lives in Survival and says when the last one is gone', () => {
    let s = answer(start('survival'), 0);
    expect(feedbackMessage(s)).toMatch(/ Score 0\. Lives left: 2\.$/);
    expect(quizStatusText(s)).toBe('Score 0 · Streak 0 ×1 · Lives 2');
    expect(nextLabel(s)).toBe('Continue');
    s = answer(next(s), wrong(next(s)));
    s = answer(next(s), wrong(next(s)));
    expect(s.lives).toBe(0);
    expect(feedbackMessage(s)).toMatch(/ Score 0\. Out of lives: that was your last one\.$/);
    expect(nextLabel(s)).toBe('See results');
  });

  it('sums up the round on the results', () => {
    let s = start('classic');
    s = next(answer(s, right(s), 4000));
    s = next(answer(s, wrong(s), 6500));
    s = roundReducer(s, { type: 'finish' });
    expect(resultsMessage(s)).toBe(`Full time. Score ${formatPoints(s.score)} points. 1 of 2 right. Best streak 1. Time 10.5\u00a0s.`);
  });

  it('labels the lifelines and the 50:50 announcement', () => {
    let s = start('classic');
    expect(hintLabel(s)).toBe('Hint lifeline');
    const first = q(s);
    expect(fiftyFiftyLabel(s, first)).toBe(first.fiftyFifty.length > 0 ? '50:50 lifeline' : '50:50 lifeline (not for true-or-false: only two answers)');
    expect(fiftyFiftyLabel(s, { ...first, fiftyFifty: [] })).toBe('50:50 lifeline (not for true-or-false: only two answers)');
    expect(fiftyFiftyMessage(first, [0, 3])).toBe('50:50: removed A: Spain and D: Croatia.');
    s = roundReducer(s, { type: 'lifeline', lifeline: 'hint' });
    expect(hintLabel(s)).toBe('Hint lifeline (used)');
    expect(fiftyFiftyLabel({ ...s, lifelinesLeft: [] }, first)).toBe('50:50 lifeline (used)');
  });

  it('introduces a challenge', () => {
    expect(introMessage(null)).toBe('A friend challenged you.');
    expect(introMessage({ name: 'Sam', score: 1931, packTitle: 'Mini test pack', mode: 'Classic', difficulty: 'Medium' })).toBe(
      'Sam scored 1,931 on Mini test pack, Classic · Medium — beat it. The very same questions they had. Press Start when you are ready: the clock starts with the first question.',
    );
  });
});
