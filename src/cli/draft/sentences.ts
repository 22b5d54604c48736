// The article cut into sentences, each kept word for word (a fact's quote must be found in the
// article). compromise finds the boundaries; a quotation it split in two is joined back.
import { football } from './nlp';

export interface Sentence {
  /** 1-based, as the review marker tells the author. */
  number: number;
  text: string;
}

interface JsonSentence {
  offset?: { start: number; length: number };
}

export function splitSentences(article: string): Sentence[] {
  const found = football(article).sentences().json({ offset: true }) as JsonSentence[];
  const spans: [number, number][] = [];
  for (const s of found) {
    if (!s.offset) continue;
    let start = s.offset.start;
    let end = start + s.offset.length;
    // compromise leaves opening quotes and closing punctuation outside the offset: take them back.
    while (start > 0 && !/\s/.test(article[start - 1]!)) start--;
    while (end < article.length && !/\s/.test(article[end]!)) end++;
    spans.push([start, end]);
  }
  const sentences: Sentence[] = [];
  let open: [number, number] | undefined;
  for (const span of spans) {
    const current: [number, number] = open ? [open[0], span[1]] : span;
    const text = article.slice(current[0], current[1]);
    const crossesParagraph = open !== undefined && /\n\s*\n/.test(article.slice(open[1], span[0]));
    if (crossesParagraph) {
      sentences.push({ number: sentences.length + 1, text: article.slice(open![0], open![1]).trim() });
      open = undefined;
    }
    if (!crossesParagraph && quoteIsOpen(text)) {
      open = current;
      continue;
    }
    open = undefined;
    sentences.push({ number: sentences.length + 1, text: (crossesParagraph ? article.slice(span[0], span[1]) : text).trim() });
  }
  if (open) sentences.push({ number: sentences.length + 1, text: article.slice(open[0], open[1]).trim() });
  return sentences.filter((s) => s.text.length > 0);
}

function quoteIsOpen(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens !== closes) return opens > closes;
  return ((text.match(/"/g) ?? []).length) % 2 === 1;
}
