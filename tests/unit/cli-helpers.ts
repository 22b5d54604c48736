// Shared by the cli-*.test.ts files: fixture paths and a main() runner that keeps the output.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/quiz';

export const FIXTURES = resolve(__dirname, '../fixtures');
export const ARTICLE = join(FIXTURES, 'articles/benzema-retirement-article.txt');
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'quiz-cli-'));
}

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
