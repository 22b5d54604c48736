// A gap to fill is the last resort in a round: a group holding a real question asks it first, and
// a gap is asked only for a group that has nothing else (item-writing: ask questions, not reading tests).
import { describe, expect, it } from 'vitest';
import { auditRound } from '../../src/domain/questions/audit';
import { generateQuestions, isGapPrompt } from '../../src/domain/questions/generate';
import { clone, loadValidPack } from './helpers';

const base = loadValidPack('questions/benzema-2022.json');

/** The pack with every other fact turned into a gap to fill, each gap sharing a group with the
 *  question before it, and one gap alone in a group of its own. */
function withGaps() {
  const pack = clone(base);
  pack.facts.forEach((f, i) => {
    if (i % 2 === 0) return;
    f.prompts.ask = `Fill the gap: “${(f.prompts.statement ?? f.quote).replace('{answer}', '_____')}”`;
    f.group = pack.facts[i - 1]!.group ?? pack.facts[i - 1]!.id;
  });
  const alone = pack.facts.at(-1)!;
  alone.group = 'a-gap-alone';
  alone.prompts.ask = 'Fill the gap: “Karim Benzema scored _____ goals.”';
  return pack;
}

describe('gaps to fill come last in a round', () => {
  it('knows a gap prompt from a question', () => {
    expect(isGapPrompt('Fill the gap: “Rice joined from _____.”')).toBe(true);
    expect(isGapPrompt('Which of these belongs in the gap? “_____ and Chelsea drew.”')).toBe(true);
    expect(isGapPrompt('Which club did Arsenal sign Declan Rice from?')).toBe(false);
  });

  it('asks a group’s question before its gap, and still asks a group that has only a gap', () => {
    const pack = withGaps();
    const gaps = new Set(pack.facts.filter((f) => isGapPrompt(f.prompts.ask)).map((f) => f.id));
    let lonelyAsked = 0;
    let sharedAsked = 0;
    let sharedGapsAsked = 0;
    for (let seed = 0; seed < 40; seed++) {
      const round = generateQuestions(pack, { seed, count: 1000, difficulty: 'medium' });
      expect(auditRound(pack, round)).toEqual([]);
      const asked = new Set(round.flatMap((q) => q.factIds));
      for (const f of pack.facts.filter((x) => gaps.has(x.id) && x.group !== 'a-gap-alone')) {
        if (pack.facts.some((x) => x.group === f.group && asked.has(x.id))) sharedAsked++;
        if (asked.has(f.id)) sharedGapsAsked++;
      }
      if (asked.has(pack.facts.at(-1)!.id)) lonelyAsked++;
    }
    // Drawn at random, about half of these groups would be asked by their gap; first-come,
    // only a group whose question cannot be built this time (rare) is.
    expect(sharedAsked).toBeGreaterThan(400);
    expect(sharedGapsAsked / sharedAsked).toBeLessThan(0.05);
    expect(lonelyAsked).toBe(40);
  });
});
