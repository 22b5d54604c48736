// Every way a text can show an answer: digits with or without thousands separators, number words
// ("seven", "twenty-three"), ordinals ("23rd", "third"), currency forms ("£105m"), each part of a
// name ("Mbappé" for "Kylian Mbappé"), demonyms ("French" for France), accents and case ignored.
// The hint blanks these; `showsKey` is the check the lint, the bench and the tests run on a hint.

import { ORDINAL_TENS, ORDINAL_UNITS, TENS, UNITS } from '../number-words';

/** A piece of text: a word (folded: lower case, no accents, ’ → ') or a number with its value. */
export type Token = { kind: 'word'; text: string; from: number; to: number } | { kind: 'num'; value: number; from: number; to: number };

/** One way of writing a key: a run of tokens that must follow each other. */
export type KeyForm = ReadonlyArray<{ word: string } | { num: number }>;

// A number with thousands separators or decimals, then any letters glued on ("23rd", "105m");
// else a word, apostrophes inside it kept ("d’Or", "I’m").
const TOKEN = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\p{L}*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const from = m.index;
    const to = from + m[0].length;
    if (m[1] !== undefined) {
      const value = Number(m[1].replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
      out.push({ kind: 'num', value, from, to });
    } else {
      // "Rodri's" is Rodri: the possessive is grammar, not part of the name.
      const text = foldWord(m[0]);
      const stem = /^(.{2,})'s$/.exec(text)?.[1];
      out.push(stem ? { kind: 'word', text: stem, from, to: to - 2 } : { kind: 'word', text, from, to });
    }
  }
  return out;
}


/** "twenty three" and "twenty third" for 23 (hyphens split words when tokenised); up to 99. */
export function numberWords(n: number): string[][] {
  if (!Number.isInteger(n) || n < 0 || n > 99) return [];
  if (n < 20) return [[UNITS[n]!], [ORDINAL_UNITS[n]!]];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (unit === 0) return [[TENS[tens]!], [ORDINAL_TENS[tens]!]];
  return [[TENS[tens]!, UNITS[unit]!], [TENS[tens]!, ORDINAL_UNITS[unit]!]];
}

const NUMBER_WORD_VALUE = new Map<string, number>();
for (let n = 0; n < 100; n++) for (const form of numberWords(n)) NUMBER_WORD_VALUE.set(form.join(' '), n);

/** Small words a name part never stands for on its own. */
const NAME_STOPWORDS = new Set(['the', 'of', 'and', 'de', 'da', 'di', 'del', 'der', 'den', 'van', 'von', 'la', 'le', 'les', 'el',
  'fc', 'cf', 'afc', 'sc', 'ac', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'his', 'her', 'their', 'by', 'with', 'sir', 'dame']);

/** The country a demonym speaks of: "French" gives France away. The nations our packs name. */
const DEMONYMS: Record<string, string[]> = {
  france: ['french'], england: ['english'], spain: ['spanish'], germany: ['german'], argentina: ['argentine', 'argentinian'],
  italy: ['italian'], norway: ['norwegian'], brazil: ['brazilian'], portugal: ['portuguese'], netherlands: ['dutch'],
  croatia: ['croatian'], austria: ['austrian'], belgium: ['belgian'], wales: ['welsh'], scotland: ['scottish'],
  sweden: ['swedish'], denmark: ['danish'], poland: ['polish'], morocco: ['moroccan'], uruguay: ['uruguayan'],
};

/** The forms of a numeric key: its value (any separators, ordinal or currency suffix) and words. */
export function numberForms(value: number): KeyForm[] {
  return [[{ num: value }], ...numberWords(value).map((words) => words.map((word) => ({ word })))];
}

/** The forms of a text key: the whole, every name part that could stand alone, a demonym, and
 *  any number or number word inside it ("Euro 2020" also shows as "2020"). */
export function textForms(text: string, withParts = true): KeyForm[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const whole: KeyForm = tokens.map((t) => (t.kind === 'num' ? { num: t.value } : { word: t.text }));
  const forms: KeyForm[] = [whole];
  if (!withParts) return forms;
  for (const t of tokens) {
    if (t.kind === 'num') forms.push(...numberForms(t.value));
    else if (tokens.length > 1 && t.text.length >= 3 && !NAME_STOPWORDS.has(t.text)) forms.push([{ word: t.text }]);
  }
  if (tokens.length === 1 && tokens[0]!.kind === 'word') {
    for (const d of DEMONYMS[tokens[0]!.text] ?? []) forms.push([{ word: d }]);
  }
  return forms;
}

/** Where a form occurs in a token list: [first token, last token] index pairs. */
function occurrences(tokens: readonly Token[], form: KeyForm): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + form.length <= tokens.length; i++) {
    const ok = form.every((part, k) => {
      const t = tokens[i + k]!;
      return 'num' in part ? t.kind === 'num' && t.value === part.num : t.kind === 'word' && t.text === part.word;
    });
    if (ok) out.push([i, i + form.length - 1]);
  }
  return out;
}

export const BLANK = '_____';

/** The text with every occurrence of every form replaced by one blank; a currency sign or a
 *  thousands-style suffix glued to a blanked number goes with it ("£105m" → "_____"). */
export function blankForms(text: string, forms: readonly KeyForm[]): string {
  const tokens = tokenize(text);
  const covered: Array<[number, number]> = [];
  const sorted = forms.slice().sort((a, b) => b.length - a.length);
  for (const form of sorted) {
    for (const [i, j] of occurrences(tokens, form)) {
      let from = tokens[i]!.from;
      const to = tokens[j]!.to;
      if (/[£€$]/.test(text[from - 1] ?? '')) from--;
      if (covered.some(([a, b]) => from < b && to > a)) continue;
      covered.push([from, to]);
    }
  }
  if (covered.length === 0) return text;
  covered.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [from, to] of covered) {
    out += text.slice(cursor, from) + BLANK;
    cursor = to;
  }
  return out + text.slice(cursor);
}

/** The first form of the key a text shows, as written there, or undefined. Compares the text's
 *  digits and number words by value, so "88,966", "88966" and "seven"/"7th" are all caught. */
export function shownForm(text: string, forms: readonly KeyForm[]): string | undefined {
  const tokens = tokenize(text);
  // Number words read as values too: "twenty-three" in the text is 23.
  const valued: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pair = i + 1 < tokens.length && t.kind === 'word' && tokens[i + 1]!.kind === 'word'
      ? NUMBER_WORD_VALUE.get(`${t.text} ${(tokens[i + 1] as { text: string }).text}`) : undefined;
    if (pair !== undefined) {
      valued.push({ kind: 'num', value: pair, from: t.from, to: tokens[i + 1]!.to });
      i++;
      continue;
    }
    const single = t.kind === 'word' ? NUMBER_WORD_VALUE.get(t.text) : undefined;
    valued.push(single !== undefined ? { kind: 'num', value: single, from: t.from, to: t.to } : t);
  }
  for (const form of forms) {
    const numeric = form.length === 1 && 'num' in form[0]! ? form[0].num : undefined;
    const hit = numeric !== undefined
      ? valued.find((t) => t.kind === 'num' && t.value === numeric)
      : occurrences(tokens, form).map(([i, j]) => ({ from: tokens[i]!.from, to: tokens[j]!.to }))[0];
    if (hit) return text.slice(hit.from, hit.to);
  }
  return undefined;
}
