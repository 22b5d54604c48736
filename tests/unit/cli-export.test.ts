import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import { parseGift } from '../../src/authoring/formats/gift';
import { escapeGift, writeGift } from '../../src/authoring/formats/gift-write';
import { importedPack } from '../../src/authoring/formats/imported';
import type { Pack } from '../../src/domain/pack/schema';
import { validatePack } from '../../src/domain/pack/validate';
import { generateQuestions } from '../../src/domain/questions/generate';
import type { Question } from '../../src/domain/questions/types';
import { ARTICLE, fixture, run, tempDir } from './cli-helpers';

const mini = JSON.parse(readFileSync(fixture('mini-pack.json'), 'utf8')) as Pack;
const draft = draftPack(readFileSync(ARTICLE, 'utf8'), { today: '2022-12-20' }).pack;
const giftPack = importedPack(parseGift(readFileSync(fixture('gift', 'sample.gift.txt'), 'utf8')),
  { title: 'G', authors: ['A'], licence: 'CC0-1.0', publisher: 'P', published: '2022-12-20' }).pack;

const comparable = (q: Pick<Question, 'prompt' | 'options' | 'answer' | 'explanation'>) => ({
  prompt: q.prompt, options: [...q.options].sort(), right: q.options[q.answer], explanation: q.explanation,
});

describe('export gift → import gift', () => {
  for (const [name, pack] of [['mini pack', mini], ['seed draft', draft], ['imported GIFT sample', giftPack]] as const) {
    it(`gives back the same questions for 60 seeds × 3 difficulties: ${name}`, () => {
      let total = 0;
      for (let seed = 0; seed < 60; seed++) {
        for (const difficulty of ['easy', 'medium', 'hard'] as const) {
          const questions = generateQuestions(pack, { seed, count: 10, difficulty });
          const back = parseGift(writeGift(questions, ['header']));
          expect(back.problems).toEqual([]);
          expect(back.questions.map(comparable)).toEqual(questions.map(comparable));
          const reimported = importedPack(back, { title: 'R', authors: ['A'], licence: 'x', publisher: 'y', published: '2022-12-20' });
          expect(reimported.problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(validatePack(reimported.pack).ok).toBe(true);
          total += questions.length;
        }
      }
      expect(total).toBeGreaterThan(500);
    });
  }

  it('writes true/false as {T}/{F} and escapes GIFT characters', () => {
    const q: Question = {
      id: 'a:b', form: 'true-false', prompt: 'True or false? 2:1 = {win} #1 ~ok \\ yes', options: ['True', 'False'], answer: 1,
      factIds: [], groups: [], difficulty: 'easy', quote: '', explanation: 'No: it was 1=1.', hint: '', fiftyFifty: [],
    };
    const text = writeGift([q]);
    expect(text).toBe('::a\\:b:: True or false? 2\\:1 \\= \\{win\\} \\#1 \\~ok \\\\ yes {F####No\\: it was 1\\=1.}\n');
    expect(parseGift(text).questions[0]).toMatchObject({ prompt: q.prompt, options: ['True', 'False'], answer: 1, explanation: q.explanation });
    expect(escapeGift('[html]<b>x</b>')).toBe('[plain][html]<b>x</b>');
  });
});

describe('export command', () => {
  it('prints GIFT for a pack file and the result re-imports through the CLI', async () => {
    const dir = tempDir();
    const exported = await run('export', 'gift', fixture('mini-pack.json'), '--seed', '5', '--count', '6', '--difficulty', 'hard');
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^\/\/ Mini test pack \(mini@1\.0\.0\), seed 5, hard: 6 question\(s\)/);
    const file = join(dir, 'round.gift.txt');
    writeFileSync(file, exported.out);
    const imported = await run('import', 'gift', file, '--published', '2022-12-20', '--id', 'round-trip');
    expect(imported.code).toBe(0);
    const pack = JSON.parse(imported.out) as Pack;
    expect(pack.id).toBe('round-trip');
    expect(pack.questions).toHaveLength(6);
  });
});
