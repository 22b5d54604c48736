// What the DOM twin says: every name, status line and live-region message built from a round.
// Pure strings, no DOM, so the words are pinned by unit tests in Node.
import { currentQuestion, totalTimeMs, type AnswerRecord, type RoundState } from '../domain/round';
import type { Question } from '../domain/questions/types';
import { STREAK_MILESTONES, streakMultiplier } from '../domain/scoring';
import type { ChallengeIntro } from '../state/ui-store';
import { LETTERS } from '../app/type-scale';
import { challengeHeadline, formatDuration, formatPoints, questionLabel, quoted } from '../app/format';

/** "B: Spain": an option's letter and text. */
export function optionName(index: number, text: string): string {
  return `${LETTERS[index] ?? index + 1}: ${text}`;
}

/** The live-region message for a new question: label, prompt, lettered options, the timer. */
export function questionMessage(round: RoundState): string {
  const q = currentQuestion(round);
  if (!q) return '';
  const options = q.options.map((o, i) => `${optionName(i, o)}.`).join(' ');
  const timer = round.rules.timeLimitMs !== null ? ` ${round.rules.timeLimitMs / 1000} seconds.` : '';
  return `${questionLabel(round)}. ${q.prompt} ${options}${timer}`;
}

/** The live-region message after an answer: right or wrong, streak, explanation, source, score, lives. */
export function feedbackMessage(round: RoundState): string {
  const last = round.history.at(-1);
  const q = round.questions.find((x) => x.id === last?.questionId);
  if (!last || !q) return '';
  const right = optionName(q.answer, q.options[q.answer] ?? '');
  const head = last.correct
    ? `Right! ${right}. Plus ${formatPoints(last.points)} points.`
    : last.chosen === null
      ? `Time’s up. The right answer is ${right}.`
      : `Wrong: you chose ${optionName(last.chosen, q.options[last.chosen] ?? '')}. The right answer is ${right}.`;
  const streak = last.correct && STREAK_MILESTONES.includes(round.streak) ? ` Streak of ${round.streak}: points ×${streakMultiplier(round.streak)}.` : '';
  const lives = round.lives === 0 ? ' Out of lives: that was your last one.' : round.lives !== null ? ` Lives left: ${round.lives}.` : '';
  const quote = q.quote ? ` Source: ${quoted(q.quote)}` : '';
  return `${head}${streak} ${q.explanation}${quote} Score ${formatPoints(round.score)}.${lives}`;
}

/** The results' title, and a line under it where the way the round ended needs saying. */
export function resultsTitle(round: RoundState): { title: string; note: string | null } {
  if (round.endReason === 'pack-cleared') return { title: 'Pack cleared!', note: 'You answered every question this pack holds.' };
  if (round.endReason === 'out-of-lives') return { title: 'Out of lives!', note: null };
  return { title: 'Full time', note: null };
}

export function resultsMessage(round: RoundState): string {
  const { title, note } = resultsTitle(round);
  return `${/[.!?]$/.test(title) ? title : `${title}.`}${note ? ` ${note}` : ''} Score ${formatPoints(round.score)} points. ${round.correctCount} of ${round.history.length} right. Best streak ${round.bestStreak}. Time ${formatDuration(totalTimeMs(round))}.`;
}

/** The quiz's status line, "Score 1,250 · Streak 3 ×1.5 · Lives 2": one line, so the HUD keeps its height. */
export function quizStatusText(round: RoundState): string {
  const lives = round.lives !== null ? ` · Lives ${round.lives}` : '';
  return `Score ${formatPoints(round.score)} · Streak ${round.streak} ×${streakMultiplier(round.streak)}${lives}`;
}

/** An answer button's name; after an answer it also says which was yours and which was right. */
export function answerName(q: Question, index: number, last: AnswerRecord | undefined): string {
  let name = optionName(index, q.options[index]!);
  if (last) {
    if (index === q.answer) name += last.chosen === index ? ' — your answer, right' : ' — right answer';
    else if (last.chosen === index) name += ' — your answer, wrong';
  }
  return name;
}

export function fiftyFiftyLabel(round: RoundState, q: Question): string {
  if (!round.lifelinesLeft.includes('fifty-fifty')) return '50:50 lifeline (used)';
  return q.fiftyFifty.length > 0 ? '50:50 lifeline' : '50:50 lifeline (not for true-or-false: only two answers)';
}

export function hintLabel(round: RoundState): string {
  return round.lifelinesLeft.includes('hint') ? 'Hint lifeline' : 'Hint lifeline (used)';
}

/** Continue, or See results after the round's last answer (or last life). */
export function nextLabel(round: RoundState): string {
  return round.phase === 'feedback' && (round.lives === 0 || round.index + 1 >= round.questions.length) ? 'See results' : 'Continue';
}

export function fiftyFiftyMessage(q: Question, removed: readonly number[]): string {
  return `50:50: removed ${removed.map((i) => optionName(i, q.options[i] ?? '')).join(' and ')}.`;
}

/** One line of the answer review: what you answered. */
export function reviewChosen(q: Question, record: AnswerRecord): string {
  return record.chosen === null ? 'no answer (time ran out)' : optionName(record.chosen, q.options[record.chosen] ?? '?');
}

/** The challenge intro: who to beat and that the clock waits for Start. */
export function introMessage(c: ChallengeIntro | null): string {
  return c ? `${challengeHeadline(c)}. The very same questions they had. Press Start when you are ready: the clock starts with the first question.` : 'A friend challenged you.';
}
