import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack, type PackProblem } from '../../src/domain/pack/validate';
import { validatePackText } from '../../src/domain/pack/validate-text';
import { clone, readJson, ROOT } from './helpers';

const mini = readJson('tests/fixtures/mini-pack.json') as Record<string, any>;

function problemsOf(data: unknown): PackProblem[] {
  const result = validatePack(data);
  return result.ok ? [] : result.problems;
}

function broken(edit: (pack: Record<string, any>) => void): PackProblem[] {
  const pack = clone(mini);
  edit(pack);
  return problemsOf(pack);
}

describe('validating a pack', () => {
  it('accepts the fixture and every shipped pack', () => {
    expect(validatePack(mini).ok).toBe(true);
    const text = readFileSync(join(ROOT, 'questions/benzema-2022.json'), 'utf8');
    const result = validatePackText(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('reports every problem at once, not just the first', () => {
    const problems = broken((p) => {
      p.facts[0].quote = '';
      p.facts[1].answer.value = 'ninety-seven';
      p.facts[2].colour = 'blue';
      delete p.title;
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['facts[0].quote', 'facts[1].answer.value', 'facts[2].colour', 'title'].sort());
  });

  it('names unknown fields, with the field name', () => {
    const [problem] = broken((p) => {
      p.facts[3].answr = 'x';
    });
    expect(problem?.message).toContain('unknown field "answr"');
  });

  it('rejects wrong types and unknown answer types in plain words', () => {
    expect(broken((p) => { p.facts[0].answer.value = '37'; })[0]?.message).toMatch(/number answer needs a numeric "value"/);
    expect(broken((p) => { p.facts[0].answer.type = 'goals'; })[0]?.message).toMatch(/unknown answer type "goals"/);
    expect(broken((p) => { p.version = 'one'; })[0]?.message).toMatch(/"version" must look like "1.0.0"/);
    expect(broken((p) => { p.facts[0].difficulty = 'impossible'; })[0]?.message).toMatch(/difficulty must be/);
    expect(broken((p) => { delete p.facts[0].explanation; })[0]?.message).toBe('"explanation" is required');
  });

  it('rejects an empty quote', () => {
    expect(broken((p) => { p.facts[4].quote = '   '; })).toEqual([
      expect.objectContaining({ path: 'facts[4].quote', message: '"quote" must not be empty' }),
    ]);
  });

  it('rejects duplicate ids across facts and hand-written questions', () => {
    const problems = broken((p) => {
      p.facts[2].id = 'goals';
      p.questions[0].id = 'debut-opponent';
    });
    expect(problems.map((p) => p.message)).toEqual([
      'duplicate id "goals": facts[0].id already uses it',
      'duplicate id "debut-opponent": facts[3].id already uses it',
    ]);
  });

  it('rejects a pool too small for 3 distractors', () => {
    const problems = broken((p) => {
      p.pools.coaches = ['Laurent Blanc', 'Raymond Domenech'];
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: 'facts[5].distractors', message: expect.stringContaining('pool too small for 3 distractors: 1 usable') }),
    ]);
  });

  it('rejects a missing pool', () => {
    expect(broken((p) => { p.facts[3].distractors.pool = 'nations'; }).map((x) => x.message)).toContain('no pool named "nations" in "pools"');
  });

  it('rejects a numeric answer outside its own bounds', () => {
    const problems = broken((p) => {
      p.facts[0].answer.value = 120; // more goals than caps
    });
    expect(problems).toContainEqual(expect.objectContaining({ path: 'facts[0].answer.value', message: 'the answer 120 is outside its own bounds 0–97' }));
  });

  it('rejects a curated wrong answer equal to the right one, however it is written', () => {
    const problems = broken((p) => {
      p.facts[3].distractors.wrong = ['AUSTRIA!'];
    });
    expect(problems).toContainEqual(expect.objectContaining({
      path: 'facts[3].distractors.wrong[0]',
      message: '"AUSTRIA!" is the right answer, so it cannot be a wrong one',
    }));
  });

  it('rejects a wrong answer that another fact makes true', () => {
    const problems = broken((p) => {
      p.facts.push({ ...clone(p.facts[3]), id: 'second-opponent', answer: { type: 'team', value: 'Spain' }, distractors: { pool: 'teams' } });
      p.facts[3].distractors.wrong = ['Spain'];
    });
    expect(problems.map((x) => x.message)).toContain('"Spain" is true under another fact with the same subject and relation');
  });

  it('rejects a question that gives its answer away', () => {
    const problems = broken((p) => {
      p.facts[3].prompts.ask = 'Did he make his debut against Austria?';
    });
    expect(problems.map((x) => x.message)).toContain('the question gives its answer away: it contains "Austria"');
  });

  it('rejects a hand-written answer index out of range and overlapping options', () => {
    const problems = broken((p) => {
      p.questions[0].answer = 4;
      p.questions[0].options[1] = 'Macron';
    });
    expect(problems.map((x) => x.message)).toEqual([
      '"answer" is 4 but there are 4 options (counted from 0)',
      'options "Emmanuel Macron" and "Macron" are the same or one contains the other',
    ]);
  });

  it('warns when a pack cannot fill a Classic round', () => {
    const pack = clone(mini);
    pack.facts = pack.facts.slice(0, 6);
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.message)).toEqual([expect.stringContaining('Classic round of 10 questions will be shorter')]);
  });

  it('never throws, whatever it is given', () => {
    for (const junk of [null, undefined, 42, 'pack', [], {}, { facts: 'no' }, { facts: [null] }, { facts: [{ answer: [] }] }]) {
      expect(() => validatePack(junk)).not.toThrow();
      expect(validatePack(junk).ok).toBe(false);
    }
    for (const text of ['', '{', '{"id": }', '[1,2', 'null', '{"a":1} trailing', '\u0000']) {
      expect(() => validatePackText(text)).not.toThrow();
      expect(validatePackText(text).ok).toBe(false);
    }
  });

  it('gives line and column for JSON syntax errors', () => {
    const result = validatePackText('{\n  "id": "x",\n  "version": 1.0.0\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 3, column: 17, message: expect.stringContaining('not valid JSON') });
  });

  it('gives line and column of the offending field in a well-formed file', () => {
    const pack = clone(mini);
    pack.facts[2].answer.value = 'four';
    const text = JSON.stringify(pack, null, 2);
    const result = validatePackText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const p = result.problems[0]!;
      expect(p.path).toBe('facts[2].answer.value');
      const line = text.split('\n')[p.line! - 1]!;
      expect(line.slice(p.column! - 1)).toMatch(/^"value": "four"/);
    }
  });

  it('points an unknown field at its own line', () => {
    const pack = clone(mini);
    pack.facts[0].colour = 'blue';
    const text = JSON.stringify(pack, null, 2);
    const result = validatePackText(text);
    if (result.ok) throw new Error('should fail');
    const line = text.split('\n')[result.problems[0]!.line! - 1]!;
    expect(line).toContain('"colour"');
  });
});
