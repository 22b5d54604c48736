import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importedPack } from '../../src/authoring/formats/imported';
import { parseOpenTdb } from '../../src/authoring/formats/opentdb';
import { validatePack } from '../../src/domain/pack/validate';
import { fixture } from './cli-helpers';

const read = (name: string) => readFileSync(fixture('opentdb', name), 'utf8');
const meta = { title: 'T', authors: ['A'], licence: 'CC-BY-SA-4.0', publisher: 'Open Trivia Database', published: '2022-12-20' };

describe('Open Trivia DB import', () => {
  const html = parseOpenTdb(read('sports.json'));

  it('decodes HTML entities and keeps the category', () => {
    expect(html.problems).toEqual([]);
    expect(html.category).toBe('Sports');
    expect(html.questions[1]!.prompt).toBe("Karim Benzema won the Ballon d'Or in 2022.");
    expect(html.questions[2]).toMatchObject({
      line: 20, prompt: 'Who was "Les Bleus" coach at the 2010 FIFA World Cup?',
      options: ['Raymond Domenech', 'Laurent Blanc', 'Didier Deschamps', 'Aimé Jacquet'], answer: 0, difficulty: 'hard',
    });
  });

  it('keeps True/False in that order', () => {
    expect(html.questions[1]).toMatchObject({ options: ['True', 'False'], answer: 0, keepOrder: true });
    expect(html.questions[3]).toMatchObject({ options: ['True', 'False'], answer: 1, keepOrder: true });
  });

  it('reads base64 and url3986 responses to the same questions', () => {
    const strip = (r: ReturnType<typeof parseOpenTdb>) => r.questions.map(({ line: _line, ...q }) => q);
    expect(strip(parseOpenTdb(read('sports.base64.json')))).toEqual(strip(html));
    expect(strip(parseOpenTdb(read('sports.url3986.json')))).toEqual(strip(html));
    expect(strip(parseOpenTdb(read('sports.base64.json'), 'base64'))).toEqual(strip(html));
  });

  it('makes a valid pack, numbers in ascending order', () => {
    const { pack, problems } = importedPack(html, meta);
    expect(problems).toEqual([]);
    expect(validatePack(pack).ok).toBe(true);
    expect(pack.facts).toEqual([]);
    expect(pack.questions!.at(-1)).toMatchObject({ options: ['81', '89', '97', '103'], answer: 2, keepOrder: true });
  });

  it('reports bad results with their line numbers and imports the rest', () => {
    const result = parseOpenTdb(read('malformed.json'));
    expect(result.problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [12, 'error', 'results[1]: unknown question type "matching" (expected "multiple" or "boolean")'],
      [20, 'error', 'results[2]: "correct_answer" is missing or empty'],
      [35, 'error', 'results[4]: "incorrect_answers" must be a list of texts'],
      [43, 'warning', 'results[5]: unknown difficulty "extreme" left out'],
    ]);
    const { pack, problems } = importedPack(result, meta);
    expect(pack.questions!.map((q) => q.prompt)).toEqual(['Which country hosted the 2022 FIFA World Cup?', 'Benzema played for Lyon before Real Madrid.']);
    expect(problems.find((p) => p.line === 27)?.message).toMatch(/^left out: options "Manchester United" and "Manchester United Reserves"/);
  });

  it('reports broken JSON at its line, and a non-zero response_code', () => {
    expect(parseOpenTdb(read('broken.json')).problems).toEqual([{ line: 4, severity: 'error', message: 'not valid JSON: PropertyNameExpected' }]);
    const empty = parseOpenTdb('{"response_code": 1, "results": []}');
    expect(empty.problems[0]?.message).toMatch(/response_code 1: no results/);
    expect(parseOpenTdb('[1, 2]').problems[0]?.message).toMatch(/no "results" list/);
  });
});
