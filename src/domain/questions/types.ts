import type { Difficulty } from '../pack/schema';

export const QUESTION_FORMS = [
  'direct',
  'identify',
  'true-false',
  'closest',
  'which-first',
  'order',
  'odd-one-out',
  'hand-written',
] as const;
export type QuestionForm = (typeof QUESTION_FORMS)[number];

/** One multiple-choice question, fully resolved: a view can draw it and a server can re-score it. */
export interface Question {
  /** Stable within a pack version: the fact (or hand-written question) ids and the form. */
  id: string;
  form: QuestionForm;
  prompt: string;
  options: string[];
  /** Index into `options` of the one right answer. */
  answer: number;
  factIds: string[];
  /** Fact groups this question touches: a round never repeats one. */
  groups: string[];
  difficulty: Difficulty;
  /** The article's own sentence(s) the question rests on. */
  quote: string;
  explanation: string;
  /** The quote with every option blanked out: the Hint lifeline. */
  hint: string;
  /** Wrong options the 50:50 lifeline removes, chosen by the seed so a re-score sees the same. */
  fiftyFifty: number[];
  /** Set in a Daily across packs: the pack this question came from (the view can name it). */
  packId?: string;
}

export interface GenerateOptions {
  seed: string | number;
  /** How many questions at most; fewer come back when the pack's groups run out. */
  count: number;
  difficulty?: Difficulty;
  /** Restrict to these forms (for previews and tests). */
  forms?: readonly QuestionForm[];
  /** Fact and hand-written question ids this device saw lately: the round prefers the others.
   *  Pure: the same seed and set give the same round. Ranked rounds leave it out. */
  recent?: ReadonlySet<string>;
}
