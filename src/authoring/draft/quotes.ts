// Who said what: a quotation with its speaker named in the same sentence ("…,” said Farke;
// Farke said: “…”) becomes "Who said: “…”?" with the speaker as the answer. Only a whole quoted
// sentence short enough to read is asked (a cut quotation would put words in someone's mouth),
// and only a speaker the article names as a person; "a club statement read" is nobody to ask about.
import type { Name } from './names';

export interface Said {
  /** The speaker's name span in the sentence. */
  speaker: Name;
  /** The quoted words shown in the question, without their quotation marks. */
  words: string;
}

const SAYS = '(?:said|says|added|adds|explained|insisted|admitted|told\\s+[\\p{L} ]{2,30}?|declared|stated|revealed|commented|remarked|warned|claimed|confirmed)';
/** Longest quotation asked: a question of about 110 characters with its "Who said" around it. */
const MAX_WORDS = 90;

/** The speaker and words of the sentence's quotation, when both are plain; else undefined. */
export function findSaid(text: string, names: readonly Name[]): Said | undefined {
  const quotes = [...text.matchAll(/“([^”]{8,})”|"([^"]{8,})"/gu)];
  if (quotes.length !== 1) return undefined;
  const q = quotes[0]!;
  const inner = (q[1] ?? q[2]!).trim();
  const people = names.filter((n) => n.kind === 'person');
  const qStart = q.index;
  const qEnd = q.index + q[0].length;
  const after = text.slice(qEnd);
  const before = text.slice(0, qStart);
  // “…,” said Farke / “…,” Arsenal head coach Mikel Arteta said / “…,” explained Farke while…
  const saysFirst = new RegExp(`^\\s*,?\\s*${SAYS}\\s+`, 'u').exec(after);
  const saysLast = new RegExp(`^\\s*,?\\s*([^,.;:“”"]{2,60}?)\\s+${SAYS}\\b`, 'u').exec(after);
  // Farke said: “…” / Farke told reporters: “…”
  const head = new RegExp(`([^,.;:“”"]{2,60}?)\\s+${SAYS}\\s*[:,]?\\s*$`, 'u').exec(before);
  let speaker: Name | undefined;
  const firstAt = qEnd + (saysFirst?.[0].length ?? 0);
  if (saysFirst) speaker = people.find((n) => n.start >= firstAt && n.start <= firstAt + 30);
  else if (saysLast) speaker = people.filter((n) => n.start >= qEnd && n.end <= qEnd + saysLast[0].length).at(-1);
  else if (head) speaker = people.filter((n) => n.start >= head.index && n.end <= head.index + head[1]!.length).at(-1);
  if (!speaker) return undefined;
  // One whole sentence of the quotation, its own closing comma turned back into a full stop.
  const first = /^(.+?[.!?])(?:\s|$)/u.exec(inner)?.[1] ?? inner.replace(/,$/, '.');
  const words = first.replace(/,$/, '.');
  if (words.length > MAX_WORDS || words.length < 20 || /[“”"]/.test(words)) return undefined;
  return { speaker, words };
}
