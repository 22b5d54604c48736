// (pack, seed, options) → questions. Every fact gets its own random stream keyed by pack id,
// version, seed and fact id, so editing one fact leaves every other fact's questions alone.
import type { Pack } from '../pack/schema';
import { createRng, hashKey } from '../rng';
import { buildFactQuestion, formsForFact, handWritten, type BuildContext } from './forms';
import { indexPack } from './pack-index';
import { spreadBy } from './spread';
import type { GenerateOptions, Question, QuestionForm } from './types';

/** Multi-fact forms spend several groups of a round, so they are drawn less often. */
const FORM_WEIGHT: Partial<Record<QuestionForm, number>> = { 'which-first': 0.5, order: 0.5 };

const MIN_ATTEMPTS = 200;
const ATTEMPTS_PER_QUESTION = 20;

export function streamKey(pack: Pick<Pack, 'id' | 'version'>, seed: string | number, itemId: string): string {
  return `${pack.id}@${pack.version}#${seed}/${itemId}`;
}

export function generateQuestions(pack: Pack, options: GenerateOptions): Question[] {
  const index = indexPack(pack);
  const difficulty = options.difficulty ?? 'medium';
  const allowed = options.forms ? new Set(options.forms) : undefined;
  type Item = { id: string; order: number; kind: 'fact' | 'question' };
  const items: Item[] = [
    ...pack.facts.map((f) => ({ id: f.id, kind: 'fact' as const, order: 0 })),
    ...(pack.questions ?? []).map((q) => ({ id: q.id, kind: 'question' as const, order: 0 })),
  ];
  for (const item of items) item.order = hashKey(streamKey(pack, options.seed, item.id));
  items.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

  const handWrittenById = new Map((pack.questions ?? []).map((q) => [q.id, q]));
  const usedGroups = new Set<string>();
  const out: Question[] = [];
  // Items that try to build a question, at most: a pack where almost nothing can make a fair
  // question costs a bounded round, not one attempt per fact (the page must never freeze).
  let attempts = Math.max(MIN_ATTEMPTS, options.count * ATTEMPTS_PER_QUESTION);
  for (const item of items) {
    if (out.length >= options.count || attempts <= 0) break;
    const rng = createRng(streamKey(pack, options.seed, item.id));
    const ctx: BuildContext = { index, rng, difficulty, usedGroups };
    let question: Question | undefined;
    if (item.kind === 'question') {
      const source = handWrittenById.get(item.id)!;
      if (usedGroups.has(source.group ?? source.id) || (allowed && !allowed.has('hand-written'))) continue;
      question = handWritten(source, ctx);
    } else {
      const info = index.facts.get(item.id)!;
      if (usedGroups.has(info.group)) continue;
      const forms = formsForFact(info.fact, index).filter((f) => !allowed || allowed.has(f));
      for (const form of weightedOrder(forms, rng.next)) {
        question = buildFactQuestion(form, info, ctx);
        if (question) break;
      }
    }
    attempts--;
    if (!question) continue;
    out.push(question);
    for (const g of question.groups) usedGroups.add(g);
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
