// Fixes an author makes to many cards at once. A drafted gap ("Fill the gap: “…_____…”") is a
// reading test, not a question (GUIDE §3: gaps only as a last resort), and the drafter makes
// several per sentence: dropping them all by hand took a click per card. Dropped here in one step,
// except where a sentence has nothing else: there one gap stays, so the round keeps its question.
import type { Fact, Pack } from '../domain/pack/schema';

export const isGap = (fact: Fact): boolean => typeof fact.prompts?.ask === 'string' && /^Fill the gap\b/.test(fact.prompts.ask);

const groupOf = (fact: Fact): string => fact.group ?? fact.id;

/** The pack without its gaps, but one gap kept in each group that has no other fact; and how many went. */
export function dropGaps(pack: Pack): { pack: Pack; removed: number } {
  const hasQuestion = new Set(pack.facts.filter((f) => !isGap(f)).map(groupOf));
  const keptGapOf = new Set<string>();
  const facts = pack.facts.filter((f) => {
    if (!isGap(f)) return true;
    const g = groupOf(f);
    if (hasQuestion.has(g) || keptGapOf.has(g)) return false;
    keptGapOf.add(g);
    return true;
  });
  const removed = pack.facts.length - facts.length;
  return { pack: removed ? { ...pack, facts } : pack, removed };
}
