// "Remove the gap-fills": every drafted "Fill the gap" fact goes in one step, except one in each
// group (sentence) that has no other fact, so a round asks as many questions as before.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { generateQuestions } from '../../src/domain/questions/generate';
import { dropGaps, isGap } from '../../src/studio/bulk-fixes';
import { checkPack } from '../../src/studio/cards';

const dir = 'bench/draft-corpus/dev';
const drafts = readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 8).map((f) => ({ name: f, pack: draftPack(readFileSync(`${dir}/${f}`, 'utf8')).pack }));
const groupOf = (f: { group?: string; id: string }) => f.group ?? f.id;

describe('remove the gap-fills', () => {
  it('drops every gap in a group that has a question, keeps exactly one where a group has only gaps', () => {
    let removedAll = 0;
    for (const { name, pack } of drafts) {
      const { pack: next, removed } = dropGaps(pack);
      removedAll += removed;
      expect(next.facts.length, name).toBe(pack.facts.length - removed);
      const groups = new Set(pack.facts.map(groupOf));
      // No group is lost, so no question of the round is lost.
      expect(new Set(next.facts.map(groupOf)), name).toEqual(groups);
      for (const g of groups) {
        const left = next.facts.filter((f) => groupOf(f) === g);
        const gaps = left.filter(isGap);
        if (left.some((f) => !isGap(f))) expect(gaps, `${name} ${g}`).toEqual([]);
        else expect(gaps.length, `${name} ${g}`).toBe(1);
      }
      // Every fact that is not a gap is still there, unchanged.
      expect(next.facts.filter((f) => !isGap(f)), name).toEqual(pack.facts.filter((f) => !isGap(f)));
    }
    expect(removedAll).toBeGreaterThan(0);
  });

  it('leaves a pack with no gaps as it is, and a round as long as before', () => {
    for (const { name, pack } of drafts) {
      const { pack: once } = dropGaps(pack);
      expect(dropGaps(once), name).toEqual({ pack: once, removed: 0 });
      if (!checkPack(pack).ok) continue;
      expect(generateQuestions(once, { seed: 'menu', count: 10 }).length, name).toBe(generateQuestions(pack, { seed: 'menu', count: 10 }).length);
    }
  });
});
