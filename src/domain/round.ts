// The round as a pure reducer: start, answer, timeout, lifeline, next, finish. Its history alone,
// with the pack version, seed, mode and difficulty, is enough to replay and re-score a round
// (round-questions.ts builds the questions; kept apart so the page's first chunk stays small).
import type { Difficulty } from './pack/schema';
import { MODE_RULES, type Mode, type ModeRules } from './modes';
import type { Question } from './questions/types';
import { scoreAnswer, streakMultiplier, type AnswerScore, type Lifeline, LIFELINES, STREAK_MILESTONES } from './scoring';

export { MODES, MODE_RULES, type Mode, type ModeRules } from './modes';

export interface RoundConfig {
  packId: string;
  packVersion: string;
  seed: string;
  mode: Mode;
  difficulty: Difficulty;
}

export interface AnswerRecord {
  questionId: string;
  /** Index into the question's options; null when time ran out. */
  chosen: number | null;
  correct: boolean;
  timeMs: number;
  lifelines: Lifeline[];
  points: number;
}

export type RoundPhase = 'asking' | 'feedback' | 'finished';

/** Why a finished round ended: every question answered, Survival's last life lost, Survival
 *  answered every question the pack holds ("Pack cleared!"), or stopped early. */
export type RoundEndReason = 'complete' | 'out-of-lives' | 'pack-cleared' | 'stopped';

export interface RoundState {
  config: RoundConfig;
  rules: ModeRules;
  questions: Question[];
  phase: RoundPhase;
  index: number;
  score: number;
  streak: number;
  bestStreak: number;
  correctCount: number;
  lives: number | null;
  /** Lifelines still available this round (each once per round). */
  lifelinesLeft: Lifeline[];
  /** Lifelines used on the current question, and the options 50:50 took away. */
  used: Lifeline[];
  removed: number[];
  history: AnswerRecord[];
  /** How the last answer was scored, for the feedback screen. */
  lastScore: AnswerScore | null;
  /** Set when the round finishes (optional so states saved before it existed still read). */
  endReason?: RoundEndReason;
}

export type RoundAction =
  | { type: 'answer'; choice: number; timeMs: number }
  | { type: 'timeout' }
  | { type: 'lifeline'; lifeline: Lifeline }
  | { type: 'next' }
  | { type: 'finish' };

export function startRound(config: RoundConfig, questions: Question[]): RoundState {
  const rules = MODE_RULES[config.mode];
  return {
    config,
    rules,
    questions,
    phase: questions.length > 0 ? 'asking' : 'finished',
    ...(questions.length > 0 ? {} : { endReason: 'complete' as const }),
    index: 0,
    score: 0,
    streak: 0,
    bestStreak: 0,
    correctCount: 0,
    lives: rules.lives,
    lifelinesLeft: [...LIFELINES],
    used: [],
    removed: [],
    history: [],
    lastScore: null,
  };
}

export function currentQuestion(state: RoundState): Question | undefined {
  return state.phase === 'finished' ? undefined : state.questions[state.index];
}

/** True when the lifeline can be used now: asking, not used this round, and (50:50) something to remove. */
export function canUseLifeline(state: RoundState, lifeline: Lifeline): boolean {
  const question = currentQuestion(state);
  if (state.phase !== 'asking' || !question || !state.lifelinesLeft.includes(lifeline)) return false;
  return lifeline !== 'fifty-fifty' || question.fiftyFifty.length > 0;
}

export function roundReducer(state: RoundState, action: RoundAction): RoundState {
  const question = currentQuestion(state);
  switch (action.type) {
    case 'answer': {
      if (state.phase !== 'asking' || !question) return state;
      if (!Number.isInteger(action.choice) || action.choice < 0 || action.choice >= question.options.length) return state;
      if (state.removed.includes(action.choice)) return state;
      const limit = state.rules.timeLimitMs;
      const timeMs = Math.max(0, Number.isFinite(action.timeMs) ? action.timeMs : 0);
      if (limit !== null && timeMs > limit) return settle(state, question, null, limit);
      return settle(state, question, action.choice, timeMs);
    }
    case 'timeout': {
      if (state.phase !== 'asking' || !question || state.rules.timeLimitMs === null) return state;
      return settle(state, question, null, state.rules.timeLimitMs);
    }
    case 'lifeline': {
      if (!question || !canUseLifeline(state, action.lifeline)) return state;
      return {
        ...state,
        lifelinesLeft: state.lifelinesLeft.filter((l) => l !== action.lifeline),
        used: [...state.used, action.lifeline],
        removed: action.lifeline === 'fifty-fifty' ? question.fiftyFifty.slice() : state.removed,
      };
    }
    case 'next': {
      if (state.phase !== 'feedback') return state;
      const outOfLives = state.lives !== null && state.lives <= 0;
      const outOfQuestions = state.index + 1 >= state.questions.length;
      // Survival asks until lives run out; a run that outlasts the pack's questions cleared it.
      if (outOfLives) return { ...state, phase: 'finished', endReason: 'out-of-lives' };
      if (outOfQuestions) return { ...state, phase: 'finished', endReason: state.rules.lives !== null ? 'pack-cleared' : 'complete' };
      return { ...state, phase: 'asking', index: state.index + 1, used: [], removed: [], lastScore: null };
    }
    case 'finish':
      return state.phase === 'finished' ? state : { ...state, phase: 'finished', endReason: 'stopped' };
  }
}

function settle(state: RoundState, question: Question, chosen: number | null, timeMs: number): RoundState {
  const correct = chosen === question.answer;
  const streak = correct ? state.streak + 1 : 0;
  const scored = scoreAnswer({
    correct,
    questionDifficulty: question.difficulty,
    roundDifficulty: state.config.difficulty,
    timeMs,
    timeLimitMs: state.rules.timeLimitMs,
    streak,
    lifelines: state.used,
  });
  const record: AnswerRecord = { questionId: question.id, chosen, correct, timeMs, lifelines: state.used.slice(), points: scored.points };
  return {
    ...state,
    phase: 'feedback',
    score: state.score + scored.points,
    streak,
    bestStreak: Math.max(state.bestStreak, streak),
    correctCount: state.correctCount + (correct ? 1 : 0),
    lives: state.lives === null || correct ? state.lives : state.lives - 1,
    history: [...state.history, record],
    lastScore: scored,
  };
}

// ---- What changed: the scenes, the DOM twin, the sound cues and the controller all react to
// these events instead of each re-deriving them from two states.

export type RoundEvent =
  /** A new round (a new config object), possibly replacing another. */
  | { kind: 'started' }
  /** A question is being asked: the first of a round, or the next one after feedback. */
  | { kind: 'question'; index: number }
  | { kind: 'lifeline'; lifeline: Lifeline }
  /** An answer was settled; `chosen` is null and `timedOut` true when time ran out. */
  | { kind: 'answered'; index: number; correct: boolean; timedOut: boolean; chosen: number | null; points: number }
  /** A right answer reached a streak length where the multiplier steps up. */
  | { kind: 'streak-milestone'; streak: number; multiplier: number }
  | { kind: 'finished' };

export type RoundEventKind = RoundEvent['kind'];

/**
 * The events that lead from `prev` to `next`, in the order they happened. A different config object
 * means a new round: it yields 'started' and then only what the new round's first state shows.
 * No round (null) after a round yields nothing: the round was dropped, not finished.
 */
export function roundEvents(prev: RoundState | null | undefined, next: RoundState | null | undefined): RoundEvent[] {
  if (!next || prev === next) return [];
  const events: RoundEvent[] = [];
  const fresh = !prev || prev.config !== next.config;
  if (fresh) {
    events.push({ kind: 'started' });
    if (next.phase === 'asking') events.push({ kind: 'question', index: next.index });
    if (next.phase === 'finished') events.push({ kind: 'finished' });
    return events;
  }
  for (const lifeline of prev.lifelinesLeft) {
    if (!next.lifelinesLeft.includes(lifeline)) events.push({ kind: 'lifeline', lifeline });
  }
  for (let i = prev.history.length; i < next.history.length; i++) {
    const record = next.history[i]!;
    events.push({ kind: 'answered', index: i, correct: record.correct, timedOut: record.chosen === null, chosen: record.chosen, points: record.points });
  }
  const last = next.history.at(-1);
  if (next.history.length > prev.history.length && last?.correct && STREAK_MILESTONES.includes(next.streak)) {
    events.push({ kind: 'streak-milestone', streak: next.streak, multiplier: streakMultiplier(next.streak) });
  }
  if (asksNewQuestion(prev, next)) events.push({ kind: 'question', index: next.index });
  if (next.phase === 'finished' && prev.phase !== 'finished') events.push({ kind: 'finished' });
  return events;
}

/** Whether `next` asks a question `prev` was not asking: a new round's first, or the next one. */
export function asksNewQuestion(prev: RoundState | null | undefined, next: RoundState | null | undefined): boolean {
  if (!next || next.phase !== 'asking') return false;
  return !prev || prev.config !== next.config || prev.phase !== 'asking' || prev.index !== next.index;
}

export interface ReplayResult {
  state: RoundState;
  /** Plain-English reasons the history does not fit the round, if any. */
  problems: string[];
}

/** Replay a submitted history through the same reducer: what a leaderboard server runs. */
export function replayRound(config: RoundConfig, questions: Question[], history: readonly Pick<AnswerRecord, 'questionId' | 'chosen' | 'timeMs' | 'lifelines'>[]): ReplayResult {
  let state = startRound(config, questions);
  const problems: string[] = [];
  history.forEach((record, i) => {
    const question = currentQuestion(state);
    if (!question || state.phase !== 'asking') {
      problems.push(`answer ${i + 1}: the round was already over`);
      return;
    }
    if (question.id !== record.questionId) problems.push(`answer ${i + 1}: expected question ${question.id}, got ${record.questionId}`);
    for (const lifeline of record.lifelines) state = roundReducer(state, { type: 'lifeline', lifeline });
    const before = state;
    state = record.chosen === null
      ? roundReducer(state, { type: 'timeout' })
      : roundReducer(state, { type: 'answer', choice: record.chosen, timeMs: record.timeMs });
    if (state === before) problems.push(`answer ${i + 1}: not a valid answer`);
    state = roundReducer(state, { type: 'next' });
  });
  return { state: roundReducer(state, { type: 'finish' }), problems };
}

export function totalTimeMs(state: RoundState): number {
  return state.history.reduce((sum, r) => sum + r.timeMs, 0);
}
