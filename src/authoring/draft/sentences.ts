// The article cut into sentences, each kept word for word (a fact's quote must be found in the
// article). One linear scan: a line break always ends a sentence; ". " ends one unless the word
// before is an abbreviation or an initial; a quotation spanning several sentences stays whole.

export interface Sentence {
  /** 1-based, as the review marker and --explain tell the author. */
  number: number;
  text: string;
  /** Offset of the text in the article. */
  start: number;
  /** Line (paragraph) index, 0-based: the headline and byline are the first lines. */
  line: number;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'v', 'no', 'nos', 'fc', 'co', 'inc', 'ltd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'prof', 'rev', 'approx', 'etc', 'u.s', 'a.m', 'p.m']);

const NEXT = /[ \t]+(\S)/y;

export function splitSentences(article: string): Sentence[] {
  const out: Sentence[] = [];
  let line = 0;
  let start = 0;
  let curly = 0;
  let straight = false;
  let lineStart = 0;
  const push = (end: number) => {
    const raw = article.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ number: out.length + 1, text, start: start + lead, line });
    start = end;
  };
  for (let i = 0; i < article.length; i++) {
    const ch = article[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      curly = 0;
      straight = false;
      if (/\S/.test(article.slice(lineStart, i))) line++;
      lineStart = i + 1;
      continue;
    }
    if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight = !straight;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Closing quotes and brackets belong to the sentence they end.
    let end = i + 1;
    while (end < article.length && /[”"’')\]]/.test(article[end]!)) end++;
    const closesQuote = end > i + 1 && /[”"]/.test(article.slice(i + 1, end));
    if (closesQuote) {
      curly = 0;
      straight = false;
    }
    if (end >= article.length || !/[ \t]/.test(article[end]!)) continue;
    NEXT.lastIndex = end;
    const next = NEXT.exec(article)?.[1] ?? '';
    if (!/[\p{Lu}\d“"‘(]/u.test(next)) continue;
    if (curly > 0 || straight) continue;
    if (ch === '.' && !closesQuote && isAbbreviation(article, i)) continue;
    push(end);
    i = end - 1;
  }
  push(article.length);
  return out;
}

/** "Mr." "St." "J." "U.S.": the word before the full stop, looked back at most a few letters. */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && dot - from < 12 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[from]!)) return true;
  return ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}
