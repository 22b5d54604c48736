// Why a drafted fact is a gap to fill and not a wh-question: the reason is in its review note (and
// so in `draft --explain` and `bench:draft --why-gaps`), and it names the shape at fault.
import { describe, expect, it } from 'vitest';
import { draftPack, GAP_BECAUSE } from '../../src/authoring/draft/draft-pack';
import type { Fact } from '../../src/domain/pack/schema';

const draft = (text: string) => draftPack(`Test headline for the drafter\n\n${text}`, { today: '2024-06-01' }).pack.facts;
const valueOf = (f: Fact) => ('value' in f.answer ? f.answer.value : undefined);
const whyGap = (f: Fact | undefined) => {
  const review = f?.review ?? '';
  const at = review.indexOf(GAP_BECAUSE);
  return at >= 0 ? review.slice(at + GAP_BECAUSE.length) : undefined;
};

describe('the reason a fact is a gap', () => {
  it('names the word a span hangs on when it is not the clause’s own verb', () => {
    const facts = draft('Declan Rice will keep the number 41 shirt he wore at West Ham.');
    const fact = facts.find((f) => valueOf(f) === 'West Ham');
    expect(fact?.prompts.ask).toMatch(/^Fill the gap/);
    expect(whyGap(fact)).toBe('the span hangs on a subordinate or relative clause: “he”');
  });

  it('gives no reason for a fact asked as a wh-question', () => {
    const facts = draft('Jack Grealish moved from Aston Villa to Manchester City for £100m in August 2021.');
    const fact = facts.find((f) => valueOf(f) === 'Aston Villa');
    expect(fact?.prompts.ask).toMatch(/^From which club/);
    expect(whyGap(fact)).toBeUndefined();
  });
});
