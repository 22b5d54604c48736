// Issue 14, one regression test per defect: what a hostile author tried against the Benzema pack.
// Tests match problem codes; messages are for people and may be reworded.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack, type PackProblem } from '../../src/domain/pack/validate';
import { validatePackText } from '../../src/domain/pack/validate-text';
import { formatProblem } from '../../src/domain/pack/problems';
import { PACK_ID_PATTERN } from '../../src/domain/pack/schema';
import { auditRound } from '../../src/domain/questions/audit';
import { generateQuestions } from '../../src/domain/questions/generate';
import { normalizeOption, overlaps } from '../../src/domain/text';
import { parseOpenTdb } from '../../src/authoring/formats/opentdb';
import { run, tempDir } from './cli-helpers';
import { clone, readJson, ROOT } from './helpers';

const benzema = readJson('questions/benzema-2022.json') as Record<string, any>;
/** The pack as written to a temporary folder, where its source article is not beside it. */
const standalone = () => JSON.stringify({ ...benzema, source: { ...benzema.source, file: undefined } }, null, 2);
const pooled = () => benzema.facts.findIndex((f: any) => f.distractors?.pool);

function textOf(edit: (p: Record<string, any>) => void): string {
  const pack = clone(benzema);
  edit(pack);
  return JSON.stringify(pack, null, 2);
}

function problemsOfText(text: string): PackProblem[] {
  const result = validatePackText(text);
  return result.ok ? [] : result.problems;
}

const codes = (text: string) => problemsOfText(text).map((p) => p.code);

/** Every problem has a place: that is half of "never a crash, always a place". */
function expectLocated(problems: readonly PackProblem[]): void {
  for (const p of problems) expect(p, formatProblem(p)).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
}

function writePack(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('issue 14: hostile packs', () => {
  it('a pool named "constructor" is a located problem, in a batch that goes on checking', async () => {
    for (const withPool of [false, true]) {
      const text = textOf((p) => {
        p.facts[pooled()].distractors.pool = 'constructor';
        if (withPool) p.pools.constructor = ['A', 'B', 'C', 'D'];
      });
      const problems = problemsOfText(text);
      expect(problems.map((p) => p.code)).toContain('reserved-key');
      expectLocated(problems);
      const dir = tempDir();
      const bad = writePack(dir, 'bad.json', text);
      const good = writePack(dir, 'good.json', standalone());
      const r = await run('check', bad, good);
      expect(r.code).toBe(1);
      expect(r.out).toContain('good.json: ok');
    }
  });

  it('a pool named "__proto__" is refused, not silently dropped', () => {
    const text = textOf(() => {}).replace('"pools": {', '"pools": {\n    "__proto__": ["A", "B", "C", "D"],');
    expect(codes(text)).toEqual(['reserved-key']);
    expect(validatePack(JSON.parse(text)).ok).toBe(false);
  });

  it('a number answer of 1e21 is out of range; 100000000 without bounds makes fair questions at once', () => {
    const i = benzema.facts.findIndex((f: any) => f.answer.type === 'number' && !benzema.facts.some((o: any) => o.distractors?.maxFact === f.id || o.distractors?.minFact === f.id));
    expect(codes(textOf((p) => { p.facts[i].answer.value = 1e21; }))).toContain('out-of-range');
    expect(codes(textOf(() => {}).replace(/"value": 37\b/, '"value": 1e400'))).toContain('out-of-range');
    const big = validatePackText(textOf((p) => { p.facts[i].answer.value = 100_000_000; delete p.facts[i].distractors; }));
    expect(big.ok).toBe(true);
    if (!big.ok) return;
    const started = performance.now();
    for (let seed = 0; seed < 200; seed++) {
      const questions = generateQuestions(big.pack, { seed, count: 10, difficulty: 'hard' });
      expect(auditRound(big.pack, questions)).toEqual([]);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('nesting 10,000 deep is a located problem for check and for import opentdb', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = textOf((p) => { p.facts[0].review = '@'; }).replace('"@"', deep);
    const problems = problemsOfText(text);
    expect(problems.map((p) => p.code)).toEqual(['too-deep']);
    expectLocated(problems);
    const r = await run('check', writePack(tempDir(), 'deep.json', text));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/deep\.json:\d+:\d+: \(file\): nested more than/);
    const otdb = parseOpenTdb(`{"response_code":0,"results":[${deep}]}`);
    expect(otdb.problems).toEqual([expect.objectContaining({ line: 1, severity: 'error', message: expect.stringMatching(/nested more than/) })]);
    expect(validatePack(JSON.parse(deep)).ok).toBe(false);
  });

  it('a changed quote and an unreadable source.file are reported with line:col', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources/benzema-retirement-article.txt'), readArticle());
    const changed = writePack(dir, 'changed.json', textOf((p) => { p.facts[3].quote += ' (not in the article)'; }));
    const r = await run('check', changed);
    expect(r.err).toMatch(/changed\.json:\d+:\d+: facts\[3\]\.quote: the quote is not in the source article/);
    const missing = writePack(dir, 'missing.json', textOf((p) => { p.source.file = 'sources/nope.txt'; }));
    expect((await run('check', missing)).err).toMatch(/missing\.json:\d+:\d+: source\.file: the source article "sources\/nope\.txt" cannot be read/);
    const result = validatePackText(textOf((p) => { p.facts[3].quote += '!'; }), { readSource: () => readArticle() });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['quote-not-in-source']);
  });

  it('dates must exist on the calendar', () => {
    expect(codes(textOf((p) => { p.facts.find((f: any) => f.date?.length === 10).date = '2007-02-31'; }))).toEqual(['bad-date']);
    expect(codes(textOf((p) => { p.source.published = '2022-02-29'; }))).toEqual(['bad-date']);
    expect(codes(textOf((p) => { p.source.asOf = '2024-02-29'; }))).toEqual([]);
    expect(codes(textOf((p) => { p.facts[0].date = '0050'; }))).toEqual(['bad-date']);
  });

  it('a text of only invisible or reordering characters is not a text', () => {
    for (const ch of ['\u200B', '\u00AD', '\u180E', '\u2060\uFEFF', '\u3164', ' \u0301 ']) {
      expect(codes(textOf((p) => { p.facts[0].prompts.ask = ch; })), JSON.stringify(ch)).toEqual(['invisible-text']);
    }
    expect(codes(textOf((p) => { p.title = '\u202E'; }))).toEqual(['bidi-control']);
    expect(codes(textOf((p) => { p.facts[2].subject = 'Karim \u202EBenzema'; }))).toContain('bidi-control');
  });

  it('hand-written options that differ only by a zero-width or look-alike character are the same', () => {
    const q = benzema.questions[0];
    for (const copy of [`${q.options[0]}\u200B`, `${q.options[0].slice(0, 2)}\u200B${q.options[0].slice(2)}`, q.options[0].replace('e', 'е')]) {
      expect(codes(textOf((p) => { p.questions[0].options[1] = copy; })), JSON.stringify(copy)).toContain('options-overlap');
    }
    expect(normalizeOption('Aus\u200Btria')).toBe('austria');
    expect(overlaps('Аustria', 'Austria')).toBe(true);
  });

  it('hand-written numeric options are compared whole, as generated ones are ("8" is no cue in "18")', () => {
    expect(codes(textOf((p) => { p.questions[0].options = ['8', '18', '12', '15']; p.questions[0].answer = 0; }))).not.toContain('options-overlap');
    expect(codes(textOf((p) => { p.questions[0].options = ['Madrid', 'Real Madrid', 'Spain', 'Italy']; p.questions[0].answer = 0; }))).toContain('options-overlap');
  });

  it('hand-written questions have four options, or two', () => {
    expect(codes(textOf((p) => { p.questions[0].options.pop(); p.questions[0].answer = 0; }))).toEqual(['option-count']);
    expect(codes(textOf((p) => { p.questions[0].options = ['Yes', 'No']; p.questions[0].answer = 0; }))).toEqual([]);
  });

  it('a UTF-8 byte-order mark is read as the game reads it, and moves no position', async () => {
    const plain = textOf((p) => { p.facts[4].colour = 'blue'; });
    const withBom = `\uFEFF${plain}`;
    expect(problemsOfText(withBom)).toEqual(problemsOfText(plain));
    expect(validatePackText(`\uFEFF${JSON.stringify(benzema)}`).ok).toBe(true);
    const file = writePack(tempDir(), 'bom.json', `\uFEFF${standalone()}`);
    expect((await run('check', file)).code).toBe(0);
  });

  it('never crashes on what is not a pack at all', async () => {
    for (const text of ['', ' ', 'null', '[]', '"pack"', '1e999', '{"__proto__": {"x": 1}}', '{"facts": {"length": 1e9}}', '\u0000']) {
      const problems = problemsOfText(text);
      expect(problems.length, JSON.stringify(text)).toBeGreaterThan(0);
      expectLocated(problems);
    }
    const r = await run('check', tempDir(), writePack(tempDir(), 'ok.json', standalone()));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/:1:1: \(file\): cannot read the file: it is a folder/);
    expect(r.out).toContain('ok.json: ok');
  });

  it('keeps one pack-id rule and one problem format', () => {
    expect(PACK_ID_PATTERN.test('benzema-2022')).toBe(true);
    expect(PACK_ID_PATTERN.test('Benzema 2022')).toBe(false);
    const p: PackProblem = { code: 'giveaway', path: 'facts[0].prompts.ask', message: 'the question gives its answer away', line: 3, column: 7, severity: 'error' };
    expect(formatProblem(p, 'a.json')).toBe('a.json:3:7: facts[0].prompts.ask: the question gives its answer away');
    expect(formatProblem({ ...p, severity: 'warning' })).toBe('3:7: facts[0].prompts.ask: warning: the question gives its answer away');
  });
});

function readArticle(): string {
  return readFileSync(join(ROOT, 'questions/sources/benzema-retirement-article.txt'), 'utf8');
}
