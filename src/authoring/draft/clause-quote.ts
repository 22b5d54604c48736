// The quote of a fact: the clause of its sentence that states it, word for word, rather than the
// whole sentence. A sentence of several clauses then quotes each fact apart, so facts of one
// sentence need not give each other away. A clause too short to read on its own takes its
// neighbour; a cut that would split brackets or quotation marks keeps the whole sentence.
import type { ReadSentence } from './read-sentence';

/** Fewer words than this and the clause takes the one before it (else after it). */
const MIN_WORDS = 7;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function clauseQuote(read: Pick<ReadSentence, 'text' | 'clauses'>, span: { start: number; end: number }): string {
  const { text, clauses } = read;
  const whole = text.trim();
  const at = (pos: number) => clauses.findIndex((c) => pos >= c.start && pos < c.end);
  let i = at(span.start);
  let j = at(Math.max(span.start, span.end - 1));
  if (i < 0 || j < 0) return whole;
  const slice = () => tidy(text.slice(clauses[i]!.start, clauses[j]!.end));
  while (words(slice()) < MIN_WORDS && (i > 0 || j < clauses.length - 1)) {
    if (i > 0) i--;
    else j++;
  }
  const quote = slice();
  if (quote.length >= whole.length - 1 || !balanced(quote)) return whole;
  return quote;
}

/** No trailing comma, semicolon or dash; no space either side. */
function tidy(text: string): string {
  return text.trim().replace(/\s*[,;:–—-]+$/u, '').trim();
}

function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0 && count(/\[/g) === count(/]/g);
}
