// What a review card shows, worked out without the DOM: the article sentence cut into plain and
// highlighted parts, the question the player will see (from the real engine, on a fixed seed), and
// the validator's problems for this fact, keyed by field. The same validatePackText as `quiz check`
// and the game, run on the same JSON text the studio downloads.
import { answerSpans } from '../authoring/draft/truth';
import { inAuthorWords } from './author-words';
import { MODE_RULES } from '../domain/modes';
import type { Fact, Pack } from '../domain/pack/schema';
import type { PackProblem } from '../domain/pack/problems';
import { validatePack } from '../domain/pack/validate';
import { validatePackText } from '../domain/pack/validate-text';
import { buildFactQuestion, formsForFact } from '../domain/questions/forms';
import { generateQuestions, streamKey } from '../domain/questions/generate';
import { indexPack } from '../domain/questions/pack-index';
import type { Question } from '../domain/questions/types';
import { createRng } from '../domain/rng';

export interface Part {
  text: string;
  mark: boolean;
}

/** The quote cut into parts, the answer's spans marked (overlapping spans merged). */
export function highlightParts(fact: Pick<Fact, 'answer' | 'quote'>): Part[] {
  const quote = typeof fact.quote === 'string' ? fact.quote : '';
  let spans: Array<[number, number]>;
  try {
    spans = answerSpans(fact).sort((a, b) => a[0] - b[0]);
  } catch {
    spans = [];
  }
  const parts: Part[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) parts.push({ text: quote.slice(at, start), mark: false });
    parts.push({ text: quote.slice(start, e), mark: true });
    at = e;
  }
  if (at < quote.length) parts.push({ text: quote.slice(at), mark: false });
  return parts;
}

/** The pack as the studio saves and downloads it: two-space JSON, ending in a newline. */
export function packText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export interface Checked {
  /** The pack this check is of: an edit makes a new pack, checked a moment later. */
  pack: Pack;
  ok: boolean;
  problems: PackProblem[];
  /** Problems by fact index, each with the path inside the fact (`answer.value`, `prompts.ask`). */
  byFact: Map<number, Array<PackProblem & { field: string }>>;
  /** The same for hand-written questions (`questions[i]`). */
  byQuestion: Map<number, Array<PackProblem & { field: string }>>;
  /** Problems outside any fact or question (metadata, pools, the whole file). */
  general: PackProblem[];
  /** How many questions one round of the pack asks, counted as the game's menu counts them; null
   *  while the pack has errors. */
  roundQuestions: number | null;
}

/** Check the pack exactly as `quiz check` would check the downloaded file. */
export function checkPack(pack: Pack): Checked {
  const result = validatePackText(packText(pack));
  // In the studio's words (chips, Edit, Delete), not the JSON's: the codes and paths stay.
  const problems = (result.ok ? result.warnings : result.problems).map(inAuthorWords);
  const byFact = new Map<number, Array<PackProblem & { field: string }>>();
  const byQuestion = new Map<number, Array<PackProblem & { field: string }>>();
  const general: PackProblem[] = [];
  for (const p of problems) {
    const m = /^(facts|questions)\[(\d+)\](?:\.(.*))?$/.exec(p.path);
    if (!m) {
      general.push(p);
      continue;
    }
    const map = m[1] === 'facts' ? byFact : byQuestion;
    const i = Number(m[2]);
    if (!map.has(i)) map.set(i, []);
    map.get(i)!.push({ ...p, field: m[3] ?? '' });
  }
  return { pack, ok: result.ok, problems, byFact, byQuestion, general, roundQuestions: result.ok ? roundQuestions(result.pack) : null };
}

/** The game's own count for an opened pack (src/app/packs/pack-opener.ts): the questions its
 *  generator makes on the menu's seed, one per group, so the studio promises what the friend gets.
 *  Asked for a Classic round's worth only: more would not change what the studio says, and a
 *  300-fact pack takes a third of the time this way. */
function roundQuestions(pack: Pack): number | null {
  try {
    return generateQuestions(pack, { seed: 'menu', count: MODE_RULES.classic.questions }).length;
  } catch {
    return null;
  }
}

export const PREVIEW_SEED = 'studio-preview';

/**
 * Every question each fact can make, as the player sees it: one per form the engine has for it
 * (the fill-in, the true-or-false players get half the time, the closest number, the order of
 * events…), each built by the core's own generator on a fixed seed. Facts with errors are left
 * out, so one broken fact does not hide every other preview; an empty list where a fact makes no
 * question (the card says so).
 */
export function previewQuestions(pack: Pack, checked: Checked): Map<string, Question[]> {
  const out = new Map<string, Question[]>();
  const broken = new Set([...checked.byFact].filter(([, ps]) => ps.some((p) => p.severity === 'error')).map(([i]) => i));
  const facts = pack.facts.filter((_, i) => !broken.has(i));
  const result = validatePack({ ...pack, facts, questions: pack.questions ?? [] });
  if (!result.ok) return out;
  try {
    const index = indexPack(result.pack);
    for (const fact of result.pack.facts) {
      const info = index.facts.get(fact.id);
      if (!info) continue;
      const questions: Question[] = [];
      for (const form of formsForFact(fact, index)) {
        // A stream per form, so each preview is what that form gives on this seed.
        const rng = createRng(`${streamKey(result.pack, PREVIEW_SEED, fact.id)}/${form}`);
        const question = buildFactQuestion(form, info, { index, rng, difficulty: fact.difficulty ?? 'medium', usedGroups: new Set() });
        if (question) questions.push(question);
      }
      out.set(fact.id, questions);
    }
  } catch {
    // A preview is a help, never a crash: the card says there is none.
  }
  return out;
}

/** The sentence of `text` around [start, end): from the previous full stop to the next. A line
 *  break ends a sentence too, except where the next line goes on in lower case (a page's text
 *  pasted with its line wrapping: "Manchester United midfielder Casemiro\nhas been ruled out…"). */
export function sentenceAround(text: string, start: number, end: number): string {
  const isBreak = (i: number) => (/[.!?]/.test(text[i] ?? '') && /\s/.test(text[i + 1] ?? ' ')) || (text[i] === '\n' && !/^[ \t]*[a-z]/.test(text.slice(i + 1, i + 4)));
  let from = start;
  while (from > 0 && !isBreak(from - 1)) from--;
  let to = end;
  while (to < text.length && !isBreak(to)) to++;
  if (to < text.length && /[.!?]/.test(text[to]!)) to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
