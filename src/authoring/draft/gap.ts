// Gap-fill prompts: the sentence (cut to the clauses around the gap) with the answer blanked and
// the clause's subject made explicit where the article wrote a pronoun or an epithet.

const GAP = '_____';
/** The longest sentence quoted whole in a gap-fill. */
const MAX_WHOLE = 320;

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
export function gapFill(sentence: string, blank: { start: number; end: number }, explicit: readonly Replace[], lead = 'Fill the gap', from = 0): Gap | undefined {
  const edits = [...explicit.filter((r) => r.end <= blank.start || r.start >= blank.end), { ...blank, text: '\u0000' }]
    .sort((a, b) => b.start - a.start);
  let marked = sentence;
  for (const e of edits) marked = marked.slice(0, e.start) + e.text + marked.slice(e.end);
  // The whole sentence after its dateline, never a cut piece of it: a fragment is no question.
  const window = marked.slice(from).replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
  if (!window.includes('\u0000') || window.length > MAX_WHOLE) return undefined;
  return {
    ask: `${lead}: “${window.split('\u0000').join(GAP)}”`,
    statement: capitalize(window.split('\u0000').join('{answer}')).replace(/[.!?]*$/, '.'),
  };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
