// Property tests: every invariant of a fair question, over thousands of seeds, on every pack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, type Difficulty } from '../../src/domain/pack/schema';
import { auditRound } from '../../src/domain/questions/audit';
import { generateQuestions } from '../../src/domain/questions/generate';
import { indexPack } from '../../src/domain/questions/pack-index';
import { reachableRanks } from '../../src/domain/questions/distractors';
import { createRng } from '../../src/domain/rng';
import { allPackPaths, loadValidPack } from './helpers';

const RUNS = 1500;
/** The chi-square tests need thousands of rounds for their power, so they cannot be split or
 *  cut; ~1 s idle, they get room for a busy 2-core machine instead of vitest's 5 s default. */
// Generous: 20 packs × thousands of seeds, on a shared machine; a limit, not a speed claim.
const STATISTICAL_TIMEOUT_MS = 120_000;

describe.each(allPackPaths())('question invariants on %s', (path) => {
  const pack = loadValidPack(path);

  // One test per difficulty, RUNS / 3 seeds each: the same 1,500 rounds in all, but no single
  // test near vitest's 5 s timeout when a 2-core machine is busy.
  it.each(DIFFICULTIES)(`holds for ${RUNS / 3} seeds at %s (${RUNS} over every difficulty)`, (difficulty) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const questions = generateQuestions(pack, { seed, count: 10, difficulty });
        expect(auditRound(pack, questions)).toEqual([]);
        expect(questions.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS / 3, seed: 20261126 },
    );
  });

  it('holds for whole-pack (survival-length) rounds too', () => {
    for (let seed = 0; seed < 300; seed++) {
      const questions = generateQuestions(pack, { seed, count: 1000, difficulty: 'medium' });
      // An empty round passes any audit: the whole-pack round must have questions to check.
      expect(questions.length).toBeGreaterThan(0);
      expect(auditRound(pack, questions)).toEqual([]);
    }
  });

  it('is deterministic: the same seed gives the same questions', () => {
    for (let seed = 0; seed < 50; seed++) {
      const first = generateQuestions(pack, { seed, count: 10 });
      expect(first.length).toBeGreaterThan(0);
      expect(generateQuestions(pack, { seed, count: 10 })).toEqual(first);
    }
  });

  it('places the right answer at every rank equally often among ascending numbers', () => {
    // Facts whose real bounds rule some ranks out are flagged by `check`; the rest must be uniform.
    const index = indexPack(pack);
    const unbounded = new Set(
      [...index.facts.values()].filter((info) => reachableRanks(info, 'medium', createRng('t')).length === 4).map((i) => i.fact.id),
    );
    const ranks = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) {
      for (const q of generateQuestions(pack, { seed, count: 10, forms: ['direct'] })) {
        if (unbounded.has(q.factIds[0]!)) ranks[q.answer]!++;
      }
    }
    const total = ranks.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1000);
    // Chi-square against uniform, 3 degrees of freedom: 16.27 is the 0.1 % critical value.
    const expected = total / 4;
    const chi = ranks.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(chi, `ranks ${ranks.join(', ')}`).toBeLessThan(16.27);
  }, STATISTICAL_TIMEOUT_MS);

  it('puts the answer in each position of shuffled options equally often', () => {
    const positions = [0, 0, 0, 0];
    for (let seed = 0; seed < 3000; seed++) {
      for (const q of generateQuestions(pack, { seed, count: 10, forms: ['identify', 'odd-one-out', 'which-first', 'order'] })) {
        if (q.options.length === 4) positions[q.answer]!++;
      }
    }
    const total = positions.reduce((a, b) => a + b, 0);
    // Every pack asks four-option questions: a silent empty sample must fail, not pass.
    expect(total).toBeGreaterThan(1000);
    const expected = total / 4;
    const chi = positions.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(chi, `positions ${positions.join(', ')}`).toBeLessThan(16.27);
  }, STATISTICAL_TIMEOUT_MS);

  it('keeps true and false answers balanced', () => {
    let trues = 0;
    let total = 0;
    for (let seed = 0; seed < 2000; seed++) {
      for (const q of generateQuestions(pack, { seed, count: 10, forms: ['true-false'] })) {
        total++;
        if (q.answer === 0) trues++;
      }
    }
    // Packs reviewed from published reports keep only real questions: with no statement to show,
    // true or false is never offered. Where statements exist, a silent empty sample must fail.
    if (!pack.facts.some((f) => f.prompts.statement)) {
      expect(total).toBe(0);
      return;
    }
    expect(total).toBeGreaterThan(1000);
    expect(Math.abs(trues / total - 0.5)).toBeLessThan(0.05);
  });

  it('moves numeric distractors closer on hard and further on easy', () => {
    const spread = (difficulty: Difficulty) => {
      let sum = 0;
      let n = 0;
      for (let seed = 0; seed < 400; seed++) {
        for (const q of generateQuestions(pack, { seed, count: 10, difficulty, forms: ['direct'] })) {
          const values = q.options.map(Number);
          if (values.some(Number.isNaN)) continue;
          const right = values[q.answer]!;
          sum += (values[3]! - values[0]!) / Math.max(1, Math.abs(right));
          n++;
        }
      }
      expect(n, `numeric direct questions on ${difficulty}`).toBeGreaterThan(100);
      return sum / n;
    };
    const easy = spread('easy');
    const hard = spread('hard');
    expect(hard).toBeLessThan(easy);
  });
});
