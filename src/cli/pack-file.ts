// Reading pack files for the CLI: problems come back as `file:line:col: path: message` lines.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Pack } from '../domain/pack/schema';
import type { PackProblem } from '../domain/pack/validate';
import { validatePackText } from '../domain/pack/validate-text';

export type LoadedPack =
  | { ok: true; pack: Pack; warnings: PackProblem[] }
  | { ok: false; problems: PackProblem[] };

export function loadPackFile(file: string): LoadedPack {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    return { ok: false, problems: [{ path: '', message: `cannot read the file: ${reason}`, severity: 'error' }] };
  }
  const result = validatePackText(text);
  if (!result.ok) return result;
  const sourceProblems = checkQuotesAgainstSource(file, result.pack);
  if (sourceProblems.length > 0) return { ok: false, problems: sourceProblems };
  return result;
}

/** When the pack names its source article, every quote must be found in it word for word. */
function checkQuotesAgainstSource(file: string, pack: Pack): PackProblem[] {
  if (!pack.source.file) return [];
  let article: string;
  try {
    article = readFileSync(resolve(dirname(file), pack.source.file), 'utf8');
  } catch {
    return [{ path: 'source.file', message: `the source article "${pack.source.file}" cannot be read`, severity: 'error' }];
  }
  const problems: PackProblem[] = [];
  const flat = squash(article);
  pack.facts.forEach((fact, i) => {
    if (!flat.includes(squash(fact.quote)))
      problems.push({ path: `facts[${i}].quote`, message: 'the quote is not in the source article word for word', severity: 'error' });
  });
  (pack.questions ?? []).forEach((q, i) => {
    if (q.quote && !flat.includes(squash(q.quote)))
      problems.push({ path: `questions[${i}].quote`, message: 'the quote is not in the source article word for word', severity: 'error' });
  });
  return problems;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function formatProblem(file: string, p: PackProblem): string {
  const where = p.line !== undefined ? `${file}:${p.line}:${p.column}` : file;
  const kind = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${p.path || '(file)'}: ${kind}${p.message}`;
}
