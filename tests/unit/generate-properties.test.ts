// Property tests: every invariant of a fair question, over thousands of seeds, on every pack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, type Difficulty, type Pack } from '../../src/domain/pack/schema';
import { answerText } from '../../src/domain/questions/forms';
import { generateQuestions } from '../../src/domain/questions/generate';
import { indexPack } from '../../src/domain/questions/pack-index';
import { reachableRanks } from '../../src/domain/questions/distractors';
import { createRng } from '../../src/domain/rng';
import type { Question } from '../../src/domain/questions/types';
import { formatPartialDate, normalizeOption } from '../../src/domain/text';
import { allPackPaths, loadValidPack } from './helpers';

const NUMERIC_FORMS = new Set(['direct', 'closest']);
const RUNS = 1500;

export function questionProblems(pack: Pack, q: Question): string[] {
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${q.id}: ${m}`);
  const index = indexPack(pack);
  const expectedCount = q.form === 'true-false' ? 2 : q.form === 'hand-written' ? undefined : 4;
  if (expectedCount !== undefined && q.options.length !== expectedCount) say(`has ${q.options.length} options`);
  if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length) say('answer index out of range');
  const norms = q.options.map(normalizeOption);
  if (new Set(norms).size !== norms.length) say(`options not distinct: ${q.options.join(' | ')}`);
  for (let i = 0; i < norms.length; i++)
    for (let j = 0; j < norms.length; j++)
      if (i !== j && norms[i]!.includes(norms[j]!)) say(`"${q.options[j]}" is inside "${q.options[i]}"`);
  if (!q.quote && q.form !== 'hand-written') say('no quote');
  if (!q.explanation) say('no explanation');
  for (const removed of q.fiftyFifty) if (removed === q.answer) say('50:50 removes the answer');

  if (q.factIds.length === 1 && q.form !== 'true-false') {
    const info = index.facts.get(q.factIds[0]!)!;
    const fact = info.fact;
    const a = fact.answer;
    const right = q.options[q.answer]!;
    if (q.form === 'direct') {
      if (right !== answerText(fact)) say(`right option "${right}" is not the fact's answer`);
    }
    if (NUMERIC_FORMS.has(q.form) && (a.type === 'number' || a.type === 'year')) {
      const values = q.options.map(Number);
      if (values.some((n) => Number.isNaN(n))) say('non-numeric option');
      for (let i = 1; i < values.length; i++) if (values[i]! <= values[i - 1]!) say('numbers not ascending');
      if (Number.isInteger(a.value) && values.some((n) => !Number.isInteger(n))) say('fractions for a whole answer');
      const { min, max } = info.bounds!;
      if (values.some((n) => n < min || n > max)) say(`option outside bounds ${min}–${max}: ${values.join(',')}`);
      if (q.form === 'closest') {
        const distances = values.map((n) => Math.abs(n - a.value));
        const best = Math.min(...distances);
        if (distances.filter((d) => d === best).length !== 1) say('closest has a tie');
        if (distances[q.answer] !== best) say('closest answer is not the nearest');
      } else {
        values.forEach((n, i) => {
          if (i !== q.answer && n === a.value) say('a wrong option equals the answer');
        });
      }
    }
    if (q.form === 'direct' && a.type === 'date') {
      // Shown ascending, the right one is the fact's date, and the rest are real dates too.
      if (right !== formatPartialDate(a.value)) say('date answer mismatch');
    }
    if (q.form === 'identify' || q.form === 'odd-one-out') {
      const members = a.type === 'set' ? a.values.map(normalizeOption) : [normalizeOption(String(a.value))];
      q.options.forEach((o, i) => {
        const isMember = members.includes(normalizeOption(o));
        const isRight = i === q.answer;
        const shouldBeMember = q.form === 'identify' ? isRight : !isRight;
        if (isMember !== shouldBeMember) say(`option "${o}" is ${isMember ? '' : 'not '}true but marked ${isRight ? 'right' : 'wrong'}`);
        const isFalseOption = q.form === 'identify' ? !isRight : isRight;
        if (isFalseOption) {
          if (info.trueValues.has(normalizeOption(o))) say(`wrong option "${o}" is true under another fact`);
          if (!info.candidates.includes(o)) say(`wrong option "${o}" is not from the fact's pool or wrong list`);
        }
      });
    }
  }
  return problems;
}

function roundProblems(pack: Pack, questions: Question[]): string[] {
  const problems: string[] = [];
  const groups = new Map<string, string>();
  for (const q of questions) {
    for (const g of q.groups) {
      const other = groups.get(g);
      if (other) problems.push(`group "${g}" appears in ${other} and ${q.id}`);
      groups.set(g, q.id);
    }
    problems.push(...questionProblems(pack, q));
  }
  return problems;
}

describe.each(allPackPaths())('question invariants on %s', (path) => {
  const pack = loadValidPack(path);

  it(`holds for ${RUNS} seeds at every difficulty`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(...DIFFICULTIES), (seed, difficulty) => {
        const questions = generateQuestions(pack, { seed, count: 10, difficulty });
        expect(roundProblems(pack, questions)).toEqual([]);
        expect(questions.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
  });

  it('holds for whole-pack (survival-length) rounds too', () => {
    for (let seed = 0; seed < 300; seed++) {
      const questions = generateQuestions(pack, { seed, count: 1000, difficulty: 'medium' });
      expect(roundProblems(pack, questions)).toEqual([]);
    }
  });

  it('is deterministic: the same seed gives the same questions', () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(generateQuestions(pack, { seed, count: 10 })).toEqual(generateQuestions(pack, { seed, count: 10 }));
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
  });

  it('puts the answer in each position of shuffled options equally often', () => {
    const positions = [0, 0, 0, 0];
    for (let seed = 0; seed < 3000; seed++) {
      for (const q of generateQuestions(pack, { seed, count: 10, forms: ['identify', 'odd-one-out', 'which-first', 'order'] })) {
        if (q.options.length === 4) positions[q.answer]!++;
      }
    }
    const total = positions.reduce((a, b) => a + b, 0);
    const expected = total / 4;
    const chi = positions.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(chi, `positions ${positions.join(', ')}`).toBeLessThan(16.27);
  });

  it('keeps true and false answers balanced', () => {
    let trues = 0;
    let total = 0;
    for (let seed = 0; seed < 2000; seed++) {
      for (const q of generateQuestions(pack, { seed, count: 10, forms: ['true-false'] })) {
        total++;
        if (q.answer === 0) trues++;
      }
    }
    if (total === 0) return;
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
      return sum / Math.max(1, n);
    };
    const easy = spread('easy');
    const hard = spread('hard');
    expect(hard).toBeLessThan(easy);
  });
});
