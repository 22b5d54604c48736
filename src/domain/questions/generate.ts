// (pack, seed, options) → questions. Every fact gets its own random stream keyed by pack id,
// version, seed and fact id, so editing one fact leaves every other fact's questions alone.
import type { Pack } from '../pack/schema';
import { createRng, hashKey } from '../rng';
import { buildFactQuestion, formsForFact, handWritten, type BuildContext } from './forms';
import { indexPack } from './pack-index';
import { spreadBy } from './spread';
import { groupCount } from './recent';

export { groupCount } from './recent';
import type { GenerateOptions, Question, QuestionForm } from './types';

/** Multi-fact forms spend several groups of a round, so they are drawn less often. */
const FORM_WEIGHT: Partial<Record<QuestionForm, number>> = { 'which-first': 0.5, order: 0.5 };

const MIN_ATTEMPTS = 200;
const ATTEMPTS_PER_QUESTION = 20;

export function streamKey(pack: Pick<Pack, 'id' | 'version'>, seed: string | number, itemId: string): string {
  return `${pack.id}@${pack.version}#${seed}/${itemId}`;
}

/** True/false is the last resort: at most this share of a round (2 in a 10-question round). */
export const TRUE_FALSE_SHARE = 0.2;

/** A prompt that is a sentence with a blank ("Fill the gap: “… _____ …”"), not a question. */
export function isGapPrompt(ask: string): boolean {
  return /^Fill the gap\b/i.test(ask) || /_{3,}/.test(ask);
}

export function trueFalseCap(count: number, groupCount: number): number {
  return Math.max(2, Math.floor(Math.min(count, groupCount) * TRUE_FALSE_SHARE));
}

export function generateQuestions(pack: Pack, options: GenerateOptions): Question[] {
  const index = indexPack(pack);
  const difficulty = options.difficulty ?? 'medium';
  const allowed = options.forms ? new Set(options.forms) : undefined;
  const recent = options.recent;
  type Item = { id: string; order: number; kind: 'fact' | 'question'; seen: boolean; gap: boolean };
  const items: Item[] = [
    ...pack.facts.map((f) => ({ id: f.id, kind: 'fact' as const, order: 0, seen: false, gap: isGapPrompt(f.prompts.ask) })),
    ...(pack.questions ?? []).map((q) => ({ id: q.id, kind: 'question' as const, order: 0, seen: false, gap: false })),
  ];
  for (const item of items) {
    item.order = hashKey(streamKey(pack, options.seed, item.id));
    item.seen = recent?.has(item.id) ?? false;
  }
  // A gap to fill is the last resort (item-writing: ask questions, not reading tests): a group
  // meets its questions first and a gap only when it has none, or on a later round.
  items.sort((a, b) => Number(a.gap) - Number(b.gap) || a.order - b.order || (a.id < b.id ? -1 : 1));

  const handWrittenById = new Map((pack.questions ?? []).map((q) => [q.id, q]));
  const usedGroups = new Set<string>();
  const out: Question[] = [];
  const tfCap = trueFalseCap(options.count, groupCount(pack));
  let trueFalse = 0;
  // Items that try to build a question, at most: a pack where almost nothing can make a fair
  // question costs a bounded round, not one attempt per fact (the page must never freeze).
  let attempts = Math.max(MIN_ATTEMPTS, options.count * ATTEMPTS_PER_QUESTION);
  // Unseen facts before seen ones; in each, every other form before true/false (the weakest
  // form: a coin toss, and it reads as a statement, not a question).
  const passes = [
    { seen: false, trueFalse: false },
    { seen: false, trueFalse: true },
    { seen: true, trueFalse: false },
    { seen: true, trueFalse: true },
  ].filter((p) => recent || !p.seen);
  for (const pass of passes) {
    for (const item of items) {
      if (out.length >= options.count || attempts <= 0) break;
      if (recent && item.seen !== pass.seen) continue;
      if (pass.trueFalse && trueFalse >= tfCap) break;
      const rng = createRng(streamKey(pack, options.seed, item.id));
      const ctx: BuildContext = { index, rng, difficulty, usedGroups, recent };
      let question: Question | undefined;
      if (item.kind === 'question') {
        if (pass.trueFalse) continue;
        const source = handWrittenById.get(item.id)!;
        if (usedGroups.has(source.group ?? source.id) || (allowed && !allowed.has('hand-written'))) continue;
        question = handWritten(source, ctx);
      } else {
        const info = index.facts.get(item.id)!;
        if (usedGroups.has(info.group)) continue;
        const forms = formsForFact(info.fact, index)
          .filter((f) => !allowed || allowed.has(f))
          .filter((f) => (f === 'true-false') === pass.trueFalse);
        if (forms.length === 0) continue;
        for (const form of weightedOrder(forms, rng.next)) {
          question = buildFactQuestion(form, info, ctx);
          if (question) break;
        }
      }
      attempts--;
      if (!question) continue;
      out.push(question);
      if (question.form === 'true-false') trueFalse++;
      for (const g of question.groups) usedGroups.add(g);
    }
  }
  // Reordering after the choice keeps which questions a seed asks, and every stream, unchanged.
  return spreadBy(out, (q) => q.form);
}

/** Order forms by weighted random draw without replacement (Efraimidis–Spirakis keys). */
function weightedOrder(forms: readonly QuestionForm[], next: () => number): QuestionForm[] {
  return forms
    .map((form) => ({ form, key: Math.pow(next(), 1 / (FORM_WEIGHT[form] ?? 1)) }))
    .sort((a, b) => b.key - a.key)
    .map((x) => x.form);
}
