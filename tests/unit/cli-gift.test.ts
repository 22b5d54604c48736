import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGift } from '../../src/authoring/formats/gift';
import { importedPack } from '../../src/authoring/formats/imported';
import { numericChoice } from '../../src/authoring/formats/numeric-options';
import { fixture } from './cli-helpers';

const read = (name: string) => readFileSync(fixture('gift', name), 'utf8');
const meta = { title: 'T', authors: ['A'], licence: 'CC0-1.0', publisher: 'P', published: '2022-12-20' };
const byTitle = (text: string) => new Map(parseGift(text).questions.map((q) => [q.title, q]));

describe('GIFT import', () => {
  const sample = byTitle(read('sample.gift.txt'));

  it('reads multiple choice with the right answer\'s feedback as the explanation', () => {
    expect(sample.get('France caps')).toMatchObject({
      line: 4, prompt: 'How many caps did Karim Benzema win for France?', options: ['89', '97', '103', '112'], answer: 1,
      explanation: 'Right: 97 caps, 37 goals.',
    });
  });

  it('falls back to the general feedback (####)', () => {
    expect(sample.get('Debut opponent')?.explanation).toBe('He came on against Austria in March 2007 and scored.');
  });

  it('reads {T} and {FALSE#wrong#right} as True/False in that order', () => {
    expect(sample.get('Euro 2008')).toMatchObject({ options: ['True', 'False'], answer: 0, keepOrder: true });
    expect(sample.get('World Cup 2010')).toMatchObject({ options: ['True', 'False'], answer: 1, explanation: 'Raymond Domenech left him out.' });
  });

  it('turns numerical questions into ascending multiple choice outside the tolerance', () => {
    const goals = sample.get('Goals')!;
    expect(goals.options[goals.answer]).toBe('37');
    expect(goals.keepOrder).toBe(true);
    expect(goals.explanation).toBe('37 goals in 97 caps.');
    for (const [i, o] of goals.options.entries()) if (i !== goals.answer) expect(Math.abs(Number(o) - 37)).toBeGreaterThan(2);
    const year = sample.get('Return year')!;
    expect(year.options[year.answer]).toBe('2021');
    for (const [i, o] of year.options.entries()) if (i !== year.answer) expect(Number(o) < 2020 || Number(o) > 2022).toBe(true);
  });

  it('puts a blank where the answers sat in a missing-word question, and names it from its words', () => {
    const q = parseGift(read('sample.gift.txt')).questions.find((x) => !x.title);
    expect(q).toMatchObject({ prompt: 'Benzema left Real Madrid for _____ in 2023.', options: ['Barcelona', 'Al-Ittihad', 'Chelsea', 'Bayern Munich'], answer: 1 });
  });

  it('undoes escapes in names, prompts, options and feedback', () => {
    expect(sample.get('Escapes: score lines')).toMatchObject({
      prompt: 'What does the score line 2:1 mean?',
      options: ['Two goals to one', 'A 1=1 draw', 'Match #7 postponed', 'Nil-nil'],
      explanation: 'Written 2:1 {with a colon}.',
    });
  });

  it('strips an [html] marker, tags and entities', () => {
    expect(sample.get('HTML')?.prompt).toBe('Which trophy is called the Ballon d’Or?');
  });

  it('takes the last $CATEGORY segment as the category and skips comments', () => {
    const result = parseGift(read('sample.gift.txt'));
    expect(result.category).toBe('France');
    expect(result.problems).toEqual([]);
    expect(result.questions).toHaveLength(10);
  });

  it('keeps the right option and three wrong ones when there are more than four, and says so', () => {
    const { pack, problems } = importedPack(parseGift(read('sample.gift.txt')), meta);
    const q = pack.questions!.find((x) => x.id === 'too-many')!;
    expect(q.options).toEqual(['Olympique Lyonnais', 'Juventus', 'Ajax', 'Benfica']);
    expect(problems).toEqual([{ line: 32, severity: 'warning', message: expect.stringMatching(/6 options.*"Porto", "Celtic"/) }]);
  });

  it('reports unsupported and broken questions with their line numbers and imports the rest', () => {
    const result = parseGift(read('malformed.gift.txt'));
    expect(result.questions.map((q) => q.title)).toEqual(['Good one', 'Also good', 'Overlap']);
    expect(result.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [4, 'a matching question'],
      [6, 'a short-answer question (typed answer)'],
      [8, 'an essay question (empty {})'],
      [10, 'several answer blanks in one question (missing word with several blanks)'],
      [12, 'partial credit (%…%) or several right answers'],
      [14, 'the answers are not closed with "}"'],
      [16, 'no right answer (mark it with "=")'],
      [20, 'no answers in {…}'],
    ]);
    const { pack, problems } = importedPack(result, meta);
    // Numeric options are compared whole, as the generator compares them: "1" is no cue in "11".
    expect(pack.questions!.map((q) => q.id)).toEqual(['good-one', 'also-good', 'overlap']);
    expect(problems.some((p) => /options "1" and "11"/.test(p.message))).toBe(false);
  });

  it('reads Windows line endings and a lone question without a trailing newline', () => {
    const result = parseGift('// c\r\n::A:: Is it?{T}\r\n\r\n::B:: Which?{=x ~y}');
    expect(result.questions.map((q) => [q.title, q.line])).toEqual([['A', 2], ['B', 4]]);
  });
});

describe('numeric choices', () => {
  it('are ascending, distinct, deterministic and leave the accepted range to the right answer', () => {
    for (let n = 0; n < 200; n++) {
      const value = (n * 37) % 500;
      const tol = n % 4;
      const made = numericChoice(`q${n}`, value, value - tol, value + tol)!;
      expect(made).toEqual(numericChoice(`q${n}`, value, value - tol, value + tol));
      const nums = made.options.map(Number);
      expect(nums).toEqual([...nums].sort((a, b) => a - b));
      expect(nums[made.answer]).toBe(value);
      nums.forEach((x, i) => i !== made.answer && expect(Math.abs(x - value)).toBeGreaterThan(tol));
      expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
    }
  });

  it('spread the right answer over all four places across questions', () => {
    const ranks = new Set(Array.from({ length: 40 }, (_, n) => numericChoice(`id-${n}`, 1000 + n, 1000 + n, 1000 + n)!.answer));
    expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
  });

  it('handle decimals', () => {
    const made = numericChoice('pi', 3.14, 3.13, 3.15)!;
    expect(made.options[made.answer]).toBe('3.14');
    expect(made.options.every((o) => /^\d+(\.\d+)?$/.test(o))).toBe(true);
  });
});
