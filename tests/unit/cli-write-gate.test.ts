// `draft` and `import` never write a pack that `check` refuses: a title holding a bidi control,
// or an Open Trivia DB file so big its pack passes the 2 MB limit, gets a clear message, exit 1
// or 2, and no file (an existing --out file is left as it was).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_CHARS } from '../../src/domain/pack/limits';
import { flagTextProblem, partsNeeded, refusalReasons } from '../../src/cli/commands/write-gate';
import { run, tempDir } from './cli-helpers';

const RLO = '\u202E';
const ARTICLE = 'Arsenal beat Chelsea 2-1 at the Emirates Stadium on 3 May 2024. Bukayo Saka scored twice, in the 12th and 80th minutes, before a crowd of 60,112.\n';

function openTdb(count: number): string {
  const results = Array.from({ length: count }, (_, i) => ({
    type: 'multiple', difficulty: 'medium', category: 'Sports',
    question: `Which club did the player numbered ${i} in this long list of imported questions join in the summer window?`,
    correct_answer: `Right club ${i}`, incorrect_answers: [`Wrong club A${i}`, `Wrong club B${i}`, `Wrong club C${i}`],
  }));
  return JSON.stringify({ response_code: 0, results });
}

describe('draft writes only what check accepts', () => {
  it('refuses a --title with a bidi control before drafting, and writes nothing', async () => {
    const dir = tempDir();
    const article = join(dir, 'a.txt');
    writeFileSync(article, ARTICLE);
    const out = join(dir, 'pack.json');
    const result = await run('draft', article, '--published', '2024-05-04', '--title', `Arsenal ${RLO}win`, '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--title contains a bidirectional control character/);
    expect(result.out).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a pack whose title, taken from the article, holds a bidi control, and leaves --out as it was', async () => {
    const dir = tempDir();
    const article = join(dir, 'a.txt');
    writeFileSync(article, `Arsenal${RLO} win the title\n\n${ARTICLE}`);
    const out = join(dir, 'pack.json');
    writeFileSync(out, 'the author’s earlier pack');
    const result = await run('draft', article, '--published', '2024-05-04', '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/check would refuse: title: .*bidirectional/);
    expect(result.err).toMatch(/nothing written .*left as it was.*pass --title/);
    expect(readFileSync(out, 'utf8')).toBe('the author’s earlier pack');
  });

  it('still writes a pack check accepts', async () => {
    const dir = tempDir();
    const article = join(dir, 'a.txt');
    writeFileSync(article, ARTICLE);
    const out = join(dir, 'pack.json');
    const result = await run('draft', article, '--published', '2024-05-04', '--title', 'Arsenal beat Chelsea', '--out', out);
    expect(result.code).toBe(0);
    expect((await run('check', out)).code).toBe(0);
  });
});

describe('import writes only what check accepts', () => {
  it('refuses 10,000 Open Trivia DB questions that make a pack over 2 MB, and says how to split them', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.json');
    writeFileSync(file, openTdb(10_000));
    const out = join(dir, 'pack.json');
    const result = await run('import', 'opentdb', file, '--published', '2024-05-04', '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/nothing written \(.*left as it was\): the 10,000 questions make a [\d.]+ MB pack, more than the 2 MB/);
    const m = /split .* into (\d+) files of at most ([\d,]+) questions/.exec(result.err);
    expect(m).not.toBeNull();
    expect(Number(m![1]) * Number(m![2]!.replace(/,/g, ''))).toBeLessThanOrEqual(10_000);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('imports a part of the size it advised', async () => {
    const dir = tempDir();
    const whole = await run('import', 'opentdb', (writeFileSync(join(dir, 'big.json'), openTdb(10_000)), join(dir, 'big.json')));
    const perPart = Number(/of at most ([\d,]+) questions/.exec(whole.err)![1]!.replace(/,/g, ''));
    writeFileSync(join(dir, 'part.json'), openTdb(perPart));
    const out = join(dir, 'part-pack.json');
    const part = await run('import', 'opentdb', join(dir, 'part.json'), '--published', '2024-05-04', '--out', out);
    expect(part.code).toBe(0);
    expect((await run('check', out)).code).toBe(0);
  }, 60_000);

  it('refuses a --title with a bidi control', async () => {
    const dir = tempDir();
    const file = join(dir, 'small.json');
    writeFileSync(file, openTdb(3));
    const result = await run('import', 'opentdb', file, '--title', `Quiz${RLO}`);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--title contains a bidirectional control character/);
    expect(result.out).toBe('');
  });
});

describe('the gate itself', () => {
  it('gives check’s reasons for pack text, none for a good pack', () => {
    expect(refusalReasons('{}').length).toBeGreaterThan(0);
    expect(refusalReasons('x'.repeat(MAX_PACK_CHARS + 1))[0]).toMatch(/too big/);
  });

  it('names the flag and the fault', () => {
    expect(flagTextProblem('draft', 'title', `a${RLO}b`)).toMatch(/^draft: --title contains a bidirectional/);
    expect(flagTextProblem('import', 'title', '\u200B')).toBe('import: --title has no visible characters');
    expect(flagTextProblem('draft', 'title', 'Plain')).toBeUndefined();
    expect(flagTextProblem('draft', 'title', undefined)).toBeUndefined();
  });

  it('splits into parts that each fit, with room to spare', () => {
    const { parts, perPart } = partsNeeded(3.2 * 1024 * 1024, 10_000);
    expect(parts).toBe(2);
    expect(perPart).toBe(5000);
    expect(partsNeeded(MAX_PACK_CHARS + 1, 100).parts).toBe(2);
  });
});
