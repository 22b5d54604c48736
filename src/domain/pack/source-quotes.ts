// When a pack names its source article, every quote must be found in it word for word. The
// domain does the comparing; the caller reads the file (the CLI from disk, a studio from memory).
import { problem, type PackProblem } from './problems';
import type { Pack } from './schema';

/** What reading `source.file` gave: its text, or null when it cannot be read. */
export type ReadSource = (file: string) => string | null;

export function sourceQuoteProblems(pack: Pack, readSource: ReadSource): PackProblem[] {
  const file = pack.source.file;
  if (!file) return [];
  const article = readSource(file);
  if (article === null) return [problem('source-unreadable', 'source.file', `the source article "${file}" cannot be read`)];
  const flat = squash(article);
  const problems: PackProblem[] = [];
  const missing = (path: string) =>
    problems.push(problem('quote-not-in-source', path, 'the quote is not in the source article word for word'));
  pack.facts.forEach((fact, i) => {
    if (!flat.includes(squash(fact.quote))) missing(`facts[${i}].quote`);
  });
  (pack.questions ?? []).forEach((q, i) => {
    if (q.quote && !flat.includes(squash(q.quote))) missing(`questions[${i}].quote`);
  });
  return problems;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
