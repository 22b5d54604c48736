// Candidates → pack facts: unique ids, one group per sentence (a sentence's facts give each other
// away: its quote is shown after answering), references resolved, and a review marker on each.
import type { Fact } from '../../domain/pack/schema';
import { answerText } from '../../domain/questions/forms';
import { fillAnswer } from '../../domain/text';
import type { Candidate } from './candidate';

export function buildFacts(candidates: readonly Candidate[]): Fact[] {
  const ids = new Map<Candidate, string>();
  const byKey = new Map<string, string>();
  const used = new Set<string>();
  for (const c of candidates) {
    let id = c.key || 'fact';
    for (let n = 2; used.has(id); n++) id = `${c.key}-${n}`;
    used.add(id);
    ids.set(c, id);
    if (!byKey.has(c.key)) byKey.set(c.key, id);
  }
  const groups = new Map<number, string>();
  for (const c of candidates) {
    if (!groups.has(c.sentence.number) || (c.group && groups.get(c.sentence.number)!.startsWith('sentence-')))
      groups.set(c.sentence.number, c.group ?? `sentence-${c.sentence.number}`);
  }
  return candidates.map((c) => {
    const distractors: NonNullable<Fact['distractors']> = {};
    if (c.pool) distractors.pool = c.pool;
    if (c.wrong?.length) distractors.wrong = c.wrong;
    if (c.exclude?.length) distractors.exclude = c.exclude;
    if (c.min !== undefined) distractors.min = c.min;
    if (c.max !== undefined) distractors.max = c.max;
    const minFact = c.minKey && byKey.get(c.minKey);
    const maxFact = c.maxKey && byKey.get(c.maxKey);
    if (minFact) distractors.minFact = minFact;
    if (maxFact) distractors.maxFact = maxFact;
    const fact: Fact = {
      id: ids.get(c)!,
      subject: c.subject,
      relation: c.relation,
      answer: c.answer,
      quote: c.sentence.text,
      explanation: '',
      prompts: { ask: c.ask, ...(c.statement ? { statement: c.statement } : {}), ...(c.event ? { event: c.event } : {}) },
      ...(c.date ? { date: c.date } : {}),
      group: groups.get(c.sentence.number)!,
      ...(Object.keys(distractors).length > 0 ? { distractors } : {}),
      review: [`check: auto-drafted from sentence ${c.sentence.number}`, ...c.notes].join('; '),
    };
    const shown = answerText(fact);
    fact.explanation = c.explanation ?? (c.statement ? sentenceCase(fillAnswer(c.statement, shown)) : `${shown}.`);
    return fact;
  });
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
