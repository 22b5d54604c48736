// Gap-fill prompts, the fallback when no template fits: the sentence (cut to the clauses around
// the gap) with the answer blanked. The statement puts {answer} where the gap was.

const GAP = '_____';
const MIN_LENGTH = 70;

export interface Cloze {
  ask: string;
  statement: string;
}

/** `hide` lists every spelling to blank (full name and surname, say); the first is the answer. */
export function cloze(sentence: string, hide: readonly string[]): Cloze | undefined {
  const terms = [...new Set(hide.filter(Boolean))].sort((a, b) => b.length - a.length);
  let marked = sentence;
  for (const term of terms) marked = marked.replace(wordPattern(term), '\u0000');
  if (!marked.includes('\u0000')) return undefined;
  const window = clauseWindow(marked);
  return {
    ask: `Fill the gap: “${window.split('\u0000').join(GAP)}”`,
    statement: window.split('\u0000').join('{answer}'),
  };
}

function wordPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

/** The clause holding the gap, widened one clause at a time until it reads on its own. */
function clauseWindow(text: string): string {
  const clauses = text.split(/(?<=[,;:])\s+/u);
  const at = clauses.findIndex((c) => c.includes('\u0000'));
  let from = at;
  let to = at;
  const length = () => clauses.slice(from, to + 1).join(' ').length;
  while (length() < MIN_LENGTH && (from > 0 || to < clauses.length - 1)) {
    if (to < clauses.length - 1) to++;
    if (length() < MIN_LENGTH && from > 0) from--;
  }
  let out = clauses.slice(from, to + 1).join(' ');
  if (from > 0) out = `… ${out}`;
  if (to < clauses.length - 1) out = `${out.replace(/[,;:]$/u, '')} …`;
  return out;
}

/** A short piece of a quotation for a prompt: its last sentence, at most a dozen words. */
export function excerpt(quotation: string): string {
  const inner = quotation.replace(/^[“"‘']+|[”"’',.!?]+$/gu, '').trim();
  const parts = inner.split(/(?<=[.!?])\s+/u).filter(Boolean);
  const last = (parts.at(-1) ?? inner).replace(/[,.!?]+$/u, '');
  const words = last.split(/\s+/u);
  return words.length <= 12 ? last : `${words.slice(0, 10).join(' ')} …`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
