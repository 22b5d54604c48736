// One seed's exact output, pinned: any change to the generator, the PRNG or the pack shows here
// as a readable diff. Regenerate on purpose with `npx vitest run tests/unit/golden.test.ts -u`.
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../src/domain/questions/generate';
import { loadValidPack } from './helpers';

describe('golden output', () => {
  it('pins seed 42 of the Benzema pack', async () => {
    const pack = loadValidPack('questions/benzema-2022.json');
    const questions = generateQuestions(pack, { seed: 42, count: 10, difficulty: 'medium' });
    // Explanation and quote too: what the player reads after answering is content as well.
    const readable = questions.map((q) => ({
      id: q.id, form: q.form, prompt: q.prompt, options: q.options, answer: q.answer, fiftyFifty: q.fiftyFifty,
      explanation: q.explanation, quote: q.quote,
    }));
    await expect(JSON.stringify(readable, null, 2) + '\n').toMatchFileSnapshot('../fixtures/golden/benzema-seed-42.json');
  });

  it('pins seed 7 of the mini fixture at every difficulty', async () => {
    const pack = loadValidPack('tests/fixtures/mini-pack.json');
    const out = (['easy', 'medium', 'hard'] as const).map((difficulty) =>
      generateQuestions(pack, { seed: 7, count: 10, difficulty }).map((q) => `${q.id} | ${q.options.join(' / ')} | ${q.answer}`));
    await expect(JSON.stringify(out, null, 2) + '\n').toMatchFileSnapshot('../fixtures/golden/mini-seed-7.json');
  });
});
