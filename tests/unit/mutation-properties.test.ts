// Property tests over hostile packs (issue 14): mutated packs of every kind never make validation
// or generation throw, every problem has a code and a place, and any mutant that validates yields
// rounds that pass the fairness audit. bench/mutate-check.ts runs thousands more through the CLI.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/domain/pack/validate';
import { validatePackText } from '../../src/domain/pack/validate-text';
import { DIFFICULTIES } from '../../src/domain/pack/schema';
import { auditRound } from '../../src/domain/questions/audit';
import { generateQuestions } from '../../src/domain/questions/generate';
import { questionsForRound } from '../../src/domain/round-questions';
import { parseGift } from '../../src/authoring/formats/gift';
import { importedPack } from '../../src/authoring/formats/imported';
import { MUTATION_KINDS, mutate } from './mutations';
import { allPackPaths, readJson } from './helpers';

const RUNS_PER_KIND = 12;

describe.each(allPackPaths())('hostile mutations of %s', (path) => {
  const base = readJson(path);

  it.each(MUTATION_KINDS)('%s: never throws, always a code and a place, fair when valid', (kind) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (n) => {
        const { text } = mutate(base, `${kind}/${n}`, kind);
        const result = validatePackText(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) {
            expect(p.code).toMatch(/^[a-z-]+$/);
            expect(p.code).not.toBe('internal-error');
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.column).toBeGreaterThanOrEqual(1);
          }
          return;
        }
        for (const difficulty of DIFFICULTIES) {
          const questions = generateQuestions(result.pack, { seed: n, count: 10, difficulty });
          expect(auditRound(result.pack, questions)).toEqual([]);
        }
        const survival = questionsForRound(result.pack, { packId: result.pack.id, packVersion: result.pack.version, seed: String(n), mode: 'survival', difficulty: 'medium' });
        expect(auditRound(result.pack, survival)).toEqual([]);
      }),
      { numRuns: RUNS_PER_KIND, seed: 20261201 },
    );
  });

  it('agrees on parsed data: validatePack never throws on what JSON.parse makes of a mutant', () => {
    for (let n = 0; n < 60; n++) {
      const { text } = mutate(base, `parsed/${n}`);
      let data: unknown;
      try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        continue;
      }
      const fromData = validatePack(data);
      const fromText = validatePackText(text);
      expect(fromData.ok).toBe(fromText.ok);
    }
  });
});

describe('import gift stays linear', () => {
  it('imports 1 MB of questions that all open with the same words in seconds', () => {
    const blocks: string[] = [];
    for (let i = 0, size = 0; size < 1024 * 1024; i++) {
      const block = `Which club did the player join? {=Alpha ${i} ~Beta ${i} ~Gamma ${i} ~Delta ${i}}`;
      blocks.push(block);
      size += block.length + 2;
    }
    const started = performance.now();
    const { pack } = importedPack(parseGift(blocks.join('\n\n')), {
      title: 'Big', authors: ['A'], licence: 'CC0', publisher: 'P', published: '2024-05-01',
    });
    expect(pack.questions!.length).toBe(10_000);
    expect(new Set(pack.questions!.map((q) => q.id)).size).toBe(10_000);
    // Quadratic id numbering took 20 s here; linear work is well under 2 s even on a busy machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
