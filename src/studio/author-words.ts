// The validator's messages are written for someone editing the JSON ("pool too small for 3
// distractors", "widen "min"/"max""). The studio's author works with cards, chips and the Edit
// form, so each problem an author meets often is said again in those words, with what to do about
// it on the card. Keyed by the problem's stable code; anything not listed keeps its message.
import type { PackProblem, ProblemCode } from '../domain/pack/problems';

type Rewrite = (problem: PackProblem) => string;

/** The first “quoted” value of a message ("“X” is the right answer" → X). */
const quoted = (message: string): string => /"([^"]+)"/.exec(message)?.[1] ?? '';
const count = (message: string): number | null => {
  const m = /(\d+) usable value/.exec(message);
  return m ? Number(m[1]) : null;
};

const ADD_WRONG = 'add one under Wrong answers (type it, or pick one of the article’s names from the list)';

const REWRITES: Partial<Record<ProblemCode, Rewrite>> = {
  'no-distractors': () => `This question has no wrong answers to offer beside the right one: ${ADD_WRONG.replace('add one', 'add 3')}, or Delete the fact.`,
  'pool-too-small': (p) => {
    const n = count(p.message);
    const missing = n === null ? 'more' : String(Math.max(1, 3 - n));
    return `${n === null ? 'Too few' : `Only ${n}`} wrong answer${n === 1 ? '' : 's'} can be offered (a question shows 3): ${ADD_WRONG.replace('add one', `add ${missing}`)}, or Delete the fact.`;
  },
  'no-room-for-distractors': () => 'The lowest and highest wrong numbers are too close together to fit 3 wrong numbers: in Edit, lower “Lowest wrong number” or raise “Highest wrong number”.',
  'edge-of-bounds': () => 'The right number sits next to the lowest or highest wrong number, so a player could guess it from where it sits: in Edit, widen “Lowest wrong number” / “Highest wrong number” unless they are real limits.',
  'wrong-is-answer': (p) => `“${quoted(p.message)}” is the right answer, so it cannot also be a wrong one: remove its chip (×).`,
  'wrong-is-true': (p) => `“${quoted(p.message)}” is also true (another fact of this pack says so), so a player choosing it would be right: remove its chip (×) and add another wrong answer.`,
  giveaway: (p) => `The question gives its answer away (it contains “${quoted(p.message)}”): reword the question in Edit, or Delete the fact.`,
  'prompt-holds-answer': (p) => {
    const shown = /as "([^"]+)"/.exec(p.message)?.[1];
    return shown ? `The question shows its own answer (“${shown}”): reword it in Edit, or Delete the fact.` : `The question lets a player work the answer out (${p.message.replace(/^.*?: /, '')}): reword it in Edit, or Delete the fact.`;
  },
  'quote-without-fact': () => 'The article sentence shown with this fact does not say its answer, so a player cannot check it: in Edit, paste the sentence that does as “Article sentence”, or Delete the fact.',
  'hint-shows-key': () => 'The hint (the article’s sentence) would only give the answer away, so players get no hint for this question. You can keep it as it is.',
  'trivial-fact': () => 'Anyone who picks this pack knows this answer already (the pack’s title says it): Delete the fact, or ask about something else.',
  'telltale-event': () => 'In “which came first” questions this event is always the first or last, and reads so: in Edit, clear “Event label” or give it a date.',
  'few-groups': (p) => {
    const n = /only (\d+) independent/.exec(p.message)?.[1];
    return `A round can ask only ${n ?? 'a few'} different questions (a full round has 10): select words in the article that no card uses yet and press “Add a fact from the selection”, or add another article.`;
  },
  'answer-outside-bounds': (p) => `The right answer lies outside the lowest–highest wrong numbers (${/bounds ([^ ]+)$/.exec(p.message)?.[1] ?? ''}): in Edit, widen them to take it in.`,
  'duplicate-id': () => 'Another fact has the same id: in Edit, change “Fact id” (lower-case words joined by hyphens).',
  'unknown-pool': (p) => `The list of wrong answers named here (“${quoted(p.message)}”) no longer exists: remove the chips and add wrong answers of your own, or pick another in Edit.`,
  'empty-text': () => 'This must not be empty: write it in.',
};

/** The problem with its message in the studio's words (the same object when none is needed). */
export function inAuthorWords<P extends PackProblem>(problem: P): P {
  const rewrite = REWRITES[problem.code];
  // No closing full stop, as the validator's own messages: lists and the live region add theirs.
  return rewrite ? { ...problem, message: rewrite(problem).replace(/\.$/, '') } : problem;
}
