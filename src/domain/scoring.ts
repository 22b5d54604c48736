// Points are pure arithmetic on what a server can also see: the question's difficulty, the
// round's settings, the time taken, the streak and the lifelines. Whole numbers only.
import type { Difficulty } from './pack/schema';

export type Lifeline = 'fifty-fifty' | 'hint';
export const LIFELINES: readonly Lifeline[] = ['fifty-fifty', 'hint'];

/** Base points for a right answer, by how obscure the fact is. */
export const BASE_POINTS: Record<Difficulty, number> = { easy: 100, medium: 150, hard: 200 };
/** Closer wrong answers are harder to tell apart, so the round's difficulty scales everything. */
export const ROUND_FACTOR: Record<Difficulty, number> = { easy: 0.8, medium: 1, hard: 1.25 };
/** A right answer at the first instant earns this share of base points on top. */
export const MAX_TIME_BONUS_SHARE = 0.5;
/** What each lifeline leaves of the question's points. */
export const LIFELINE_FACTOR: Record<Lifeline, number> = { 'fifty-fifty': 0.5, hint: 0.75 };
/** [streak length from which it applies, multiplier], longest first. */
export const STREAK_MULTIPLIERS: ReadonlyArray<readonly [number, number]> = [
  [10, 3],
  [6, 2],
  [3, 1.5],
  [1, 1],
];

const MULTIPLIERS_ASCENDING = [...STREAK_MULTIPLIERS].sort((a, b) => a[0] - b[0]);
/** Streak lengths where the multiplier steps up (3, 6, 10): the moments a fanfare and banner mark. */
export const STREAK_MILESTONES: readonly number[] = MULTIPLIERS_ASCENDING.filter(([, m], i) => m > (MULTIPLIERS_ASCENDING[i - 1]?.[1] ?? 1)).map(([from]) => from);

export function streakMultiplier(streak: number): number {
  for (const [from, multiplier] of STREAK_MULTIPLIERS) if (streak >= from) return multiplier;
  return 1;
}

export interface AnswerScoreInput {
  correct: boolean;
  questionDifficulty: Difficulty;
  roundDifficulty: Difficulty;
  /** Time taken; clamped to [0, limit]. */
  timeMs: number;
  /** Null in untimed (Relaxed) rounds: no time bonus. */
  timeLimitMs: number | null;
  /** The streak including this answer. */
  streak: number;
  lifelines: readonly Lifeline[];
}

export interface AnswerScore {
  base: number;
  timeBonus: number;
  multiplier: number;
  lifelineFactor: number;
  points: number;
}

export function scoreAnswer(input: AnswerScoreInput): AnswerScore {
  if (!input.correct) return { base: 0, timeBonus: 0, multiplier: 1, lifelineFactor: 1, points: 0 };
  const base = Math.round(BASE_POINTS[input.questionDifficulty] * ROUND_FACTOR[input.roundDifficulty]);
  let timeBonus = 0;
  if (input.timeLimitMs !== null && input.timeLimitMs > 0) {
    const used = Math.min(Math.max(input.timeMs, 0), input.timeLimitMs);
    timeBonus = Math.round(base * MAX_TIME_BONUS_SHARE * (1 - used / input.timeLimitMs));
  }
  const multiplier = streakMultiplier(input.streak);
  const lifelineFactor = [...new Set(input.lifelines)].reduce((f, l) => f * LIFELINE_FACTOR[l], 1);
  const points = Math.round((base + timeBonus) * multiplier * lifelineFactor);
  return { base, timeBonus, multiplier, lifelineFactor, points };
}
