// Gap-fill prompts: the sentence (cut to the clauses around the gap) with the answer blanked and
// the clause's subject made explicit where the article wrote a pronoun or an epithet.

const GAP = '_____';
const MIN_LENGTH = 70;
const MAX_LENGTH = 260;

export interface Gap {
  ask: string;
  statement: string;
}

export interface Replace {
  start: number;
  end: number;
  text: string;
}

/** `blank` is the span to hide; `explicit` rewrites pronouns ("He" → "Karim Benzema"). */
export function gapFill(sentence: string, blank: { start: number; end: number }, explicit: readonly Replace[], lead = 'Fill the gap'): Gap | undefined {
  const edits = [...explicit.filter((r) => r.end <= blank.start || r.start >= blank.end), { ...blank, text: '\u0000' }]
    .sort((a, b) => b.start - a.start);
  let marked = sentence;
  for (const e of edits) marked = marked.slice(0, e.start) + e.text + marked.slice(e.end);
  const window = clauseWindow(marked).replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
  if (!window.includes('\u0000') || window.length > MAX_LENGTH + 40) return undefined;
  return {
    ask: `${lead}: “${window.split('\u0000').join(GAP)}”`,
    statement: capitalize(window.split('\u0000').join('{answer}')).replace(/[.!?]*$/, '.'),
  };
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
  while (length() > MAX_LENGTH && to > at) to--;
  while (length() > MAX_LENGTH && from < at) from++;
  let out = clauses.slice(from, to + 1).join(' ');
  if (from > 0) out = `… ${out}`;
  if (to < clauses.length - 1) out = `${out.replace(/[,;:]$/u, '')} …`;
  return out;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
