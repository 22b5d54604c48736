// Every shipped pack in questions/ stays honest: valid, quotes in its source article, no review
// notes left, enough independent fact groups for a full round, and fair rounds for many seeds.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../src/cli/pack-file';
import { DIFFICULTIES } from '../../src/domain/pack/schema';
import { auditRound } from '../../src/domain/questions/audit';
import { generateQuestions } from '../../src/domain/questions/generate';
import { readJson, ROOT } from './helpers';

const SEEDS = 200;
const MIN_GROUPS = 10;

const shipped = readdirSync(join(ROOT, 'questions'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => `questions/${f}`);

describe('shipped packs', () => {
  it('are there to test', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(9);
  });

  describe.each(shipped)('%s', (path) => {
    const loaded = loadPackFile(join(ROOT, path));

    it('validates, with every quote found word for word in its source article', () => {
      expect(loaded.ok ? [] : loaded.problems).toEqual([]);
      if (!loaded.ok) return;
      expect(loaded.pack.source.file, 'names its source article').toBeTruthy();
      // The only warnings allowed are the ones a real bound forces on a number.
      const other = loaded.warnings.filter((w) => !w.message.includes('near the edge of its bounds'));
      expect(other).toEqual([]);
    });

    it('has no review notes left', () => {
      const raw = readJson(path) as { facts: Array<Record<string, unknown>> };
      expect(raw.facts.filter((f) => 'review' in f).map((f) => f.id)).toEqual([]);
    });

    it(`has at least ${MIN_GROUPS} independent fact groups`, () => {
      if (!loaded.ok) throw new Error('invalid pack');
      const groups = new Set(loaded.pack.facts.map((f) => f.group ?? f.id));
      expect(groups.size).toBeGreaterThanOrEqual(MIN_GROUPS);
    });

    it(`yields full, fair rounds for ${SEEDS} seeds at every difficulty`, () => {
      if (!loaded.ok) throw new Error('invalid pack');
      const pack = loaded.pack;
      for (const difficulty of DIFFICULTIES) {
        for (let seed = 0; seed < SEEDS; seed++) {
          const round = generateQuestions(pack, { seed, count: 10, difficulty });
          expect(round.length, `seed ${seed}, ${difficulty}`).toBe(10);
          const problems = auditRound(pack, round);
          if (problems.length > 0) expect(problems, `seed ${seed}, ${difficulty}`).toEqual([]);
        }
      }
    });
  });
});
