// The three GIFT answer blocks the importer supports: multiple choice ({=right ~wrong}),
// true/false ({T}, {FALSE#wrong feedback#right feedback}) and numerical ({#37:2}, {#35..40}).
import { defaultExplanation, type ImportedQuestion } from './imported';
import { numericChoice } from './numeric-options';
import { restore } from './gift-text';

export type Parsed = { question: ImportedQuestion } | { problem: string };
export type Base = Pick<ImportedQuestion, 'line' | 'title' | 'prompt'>;
export type Clean = (s: string) => string;

export function multipleChoice(answers: string, base: Base, general: string, txt: Clean): Parsed {
  const parts = answers.replace(/=/g, '~=').split('~').map((p) => p.trim()).filter(Boolean);
  const options: string[] = [];
  const weights: number[] = [];
  const feedback: string[] = [];
  for (const part of parts) {
    const isRight = part.startsWith('=');
    const answer = splitAnswer(isRight ? part.slice(1) : part, isRight ? 100 : 0, txt);
    const option = txt(answer.body);
    if (!option) return { problem: 'an answer option is empty' };
    options.push(option);
    weights.push(answer.weight);
    feedback.push(answer.feedback);
  }
  if (options.length < 2) return { problem: 'a multiple-choice question needs at least 2 options' };
  const right = weights.flatMap((w, i) => (w >= 100 ? [i] : []));
  if (weights.some((w) => w > 0 && w < 100))
    return { problem: 'partial credit (%…%) or several right answers: only single-answer questions are supported' };
  if (right.length !== 1)
    return { problem: right.length === 0 ? 'no right answer (mark it with "=")' : 'several right answers: only single-answer questions are supported' };
  const answer = right[0]!;
  const explanation = feedback[answer] || general || defaultExplanation(options[answer]!);
  return { question: { ...base, options, answer, explanation } };
}

export function trueFalse(answers: string, base: Base, general: string, txt: Clean): Parsed {
  const [value, wrongFeedback, rightFeedback] = answers.split('#', 3).map((s) => txt(s));
  const isTrue = /^T(RUE)?$/i.test(value ?? '');
  const explanation = rightFeedback || general || wrongFeedback || `The statement is ${isTrue ? 'true' : 'false'}.`;
  return { question: { ...base, options: ['True', 'False'], answer: isTrue ? 0 : 1, explanation, keepOrder: true } };
}

export function numerical(answers: string, base: Base, id: string, general: string, txt: Clean): Parsed {
  const tilde = answers.indexOf('~');
  const main = tilde >= 0 ? answers.slice(0, tilde) : answers;
  const entries = main.split('=').map((s) => s.trim()).filter(Boolean);
  let chosen: { low: number; high: number; value: number; feedback: string } | undefined;
  for (const entry of entries) {
    const { weight, body, feedback } = splitAnswer(entry, 100, txt);
    const spec = restoreNumber(body);
    const range = readRange(spec);
    if (!range) return { problem: `"${spec}" is not a number, number:margin or min..max` };
    if (weight >= 100 && !chosen) chosen = { ...range, feedback };
  }
  if (!chosen) return { problem: 'a numerical question with no fully right answer' };
  const made = numericChoice(id, chosen.value, chosen.low, chosen.high);
  if (!made) return { problem: 'could not make 3 wrong numbers for this numerical question' };
  const explanation = chosen.feedback || general || defaultExplanation(made.options[made.answer]!);
  return { question: { ...base, ...made, explanation, keepOrder: true } };
}

/** One answer of a block: an optional %weight% prefix, the answer itself, and #feedback. */
function splitAnswer(text: string, defaultWeight: number, txt: Clean): { weight: number; body: string; feedback: string } {
  let rest = text;
  let weight = defaultWeight;
  const w = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
  if (w) {
    weight = Number(w[1]);
    rest = rest.slice(w[0].length);
  }
  const hash = rest.indexOf('#');
  return { weight, body: hash >= 0 ? rest.slice(0, hash) : rest, feedback: hash >= 0 ? txt(rest.slice(hash + 1)) : '' };
}

function restoreNumber(s: string): string {
  return restore(s).trim();
}

/** "37:2" → 35–39 around 37; "35..40" → 35–40 around a whole number in the middle; "37" → exactly. */
function readRange(spec: string): { low: number; high: number; value: number } | undefined {
  const num = (s: string | undefined) => (s !== undefined && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : undefined);
  const range = /^(.+)\.\.(.+)$/.exec(spec);
  if (range) {
    const a = num(range[1]);
    const b = num(range[2]);
    if (a === undefined || b === undefined) return undefined;
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const mid = (low + high) / 2;
    const value = Number.isInteger(low) && Number.isInteger(high) ? Math.round(mid) : mid;
    return { low, high, value };
  }
  const margin = /^([^:]+):(.+)$/.exec(spec);
  if (margin) {
    const value = num(margin[1]);
    const tol = num(margin[2]);
    if (value === undefined || tol === undefined) return undefined;
    return { low: value - Math.abs(tol), high: value + Math.abs(tol), value };
  }
  const value = num(spec);
  return value === undefined ? undefined : { low: value, high: value, value };
}
