// Which drafted facts may sit in one round. A player sees, for each question, its prompt, its
// hint (the quote with the options blanked), and after answering the explanation and the quote;
// a timeline question shows the event labels as options. Two facts share a group when a form of
// one's answer appears in anything the other shows (union-find over the draft): then neither can
// give the other away, and facts of one sentence are independent when their clauses are.
import type { Fact } from '../../domain/pack/schema';
import { numberWords, textForms, tokenize, type KeyForm, type Token } from '../../domain/questions/key-forms';
import { answerSpans } from './truth';

/** Everything the player reads around a fact's questions. */
export function shownTexts(fact: Fact): string[] {
  const p = fact.prompts;
  return [p.ask, p.statement, p.not, p.event, fact.quote, fact.explanation].filter((t): t is string => !!t);
}

const ORDINAL_IN_QUOTE = /^(?:\d+(?:st|nd|rd|th)|[a-z-]*(?:first|second|third|th))$/i;

/** The forms that would tell a player this fact's answer. Numbers by digits and number words
 *  (ordinal words only when the article wrote the answer as one: "second" gives "2nd" away, not
 *  "two goals"); a score as its pair in either order; a date by its day and month or month and
 *  year; a name whole and by every part that can stand alone ("Messi" for Lionel Messi). */
export function answerForms(fact: Fact): KeyForm[] {
  const a = fact.answer;
  switch (a.type) {
    case 'number':
    case 'year': {
      const ordinal = answerSpans(fact).some(([s, e]) => ORDINAL_IN_QUOTE.test(fact.quote.slice(s, e)));
      const [cardinal, ordinalWords] = numberWords(a.value);
      return [[{ num: a.value }], ...(cardinal ? [cardinal.map((word) => ({ word }))] : []), ...(ordinal && ordinalWords ? [ordinalWords.map((word) => ({ word }))] : [])];
    }
    case 'date': {
      const [y, m, d] = a.value.split('-').map(Number) as [number, number | undefined, number | undefined];
      if (m === undefined) return [[{ num: y }]];
      const month = MONTHS[m - 1]!;
      return d === undefined
        ? [[{ word: month }, { num: y }]]
        : [[{ num: d }, { word: month }], [{ word: month }, { num: d }]];
    }
    case 'set':
      return a.values.flatMap((v) => nameForms(v));
    default:
      return nameForms(a.value);
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A score ("4-1") is its pair, either way round; any other text by the hint's own forms. */
function nameForms(value: string): KeyForm[] {
  const score = /^(\d+)\s*[-–]\s*(\d+)$/.exec(value.trim());
  if (score) {
    const [x, y] = [Number(score[1]), Number(score[2])];
    return [[{ num: x }, { num: y }], [{ num: y }, { num: x }]];
  }
  return textForms(value);
}

/** The first token of a form, as an index key. */
const headKey = (part: KeyForm[number]) => ('num' in part ? `#${part.num}` : part.word);
const tokenKey = (t: Token) => (t.kind === 'num' ? `#${t.value}` : t.text);

interface Shown { text: string; tokens: Token[] }

const SCORE_DASH = /^\s*[-–]\s*$/;

/** Where a form occurs in a text: [first, last] token indexes. Numbers compare by value (digits;
 *  words are forms of their own), and a number inside a score ("3-0") belongs to the score. */
function occurrences(shown: Shown, form: KeyForm): Array<[number, number]> {
  const { tokens, text } = shown;
  const dashed = (a: number, b: number) => tokens[a]?.kind === 'num' && tokens[b]?.kind === 'num' && SCORE_DASH.test(text.slice(tokens[a].to, tokens[b].from));
  const inScore = (k: number) => dashed(k - 1, k) || dashed(k, k + 1);
  const isScore = form.length === 2 && form.every((p) => 'num' in p);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + form.length <= tokens.length; i++) {
    const ok = form.every((part, k) => {
      const t = tokens[i + k]!;
      return 'num' in part ? t.kind === 'num' && t.value === part.num && (isScore || !inScore(i + k)) : t.kind === 'word' && t.text === part.word;
    });
    if (ok) out.push([i, i + form.length - 1]);
  }
  return out;
}

/** The words either side of each place a form stands in a text, past the answer's own words
 *  ("Cup" in "World Cup" has "World" beside it: that is the name, not what is said of it). */
function neighbours(shown: Shown, form: KeyForm, own: ReadonlySet<string>): Array<[string | undefined, string | undefined]> {
  const { tokens } = shown;
  const isOwn = (k: number) => own.has(tokenKey(tokens[k]!));
  return occurrences(shown, form).map(([i, j]) => {
    while (i > 0 && isOwn(i - 1)) i--;
    while (j + 1 < tokens.length && isOwn(j + 1)) j++;
    return [i > 0 ? tokenKey(tokens[i - 1]!) : undefined, j + 1 < tokens.length ? tokenKey(tokens[j + 1]!) : undefined];
  });
}

/** A name, or a number under ten, recurs for many reasons ("Kerr headed…", "two games"): it gives
 *  a fact away only in the words its own quote puts around it. A larger number, a score or a date
 *  gives it away wherever it shows. */
function needsContext(fact: Fact, form: KeyForm): boolean {
  const a = fact.answer;
  if (a.type === 'date') return false;
  if (a.type === 'number' || a.type === 'year') return a.value < 10;
  // A score's pair tells it anywhere; a number inside a name ("Euro 2024") is part of the name.
  return !(form.length === 2 && form.every((p) => 'num' in p));
}

/** "the" stands before any name: the same "the" says nothing of the same fact. */
const telling = (word: string | undefined): word is string => word !== undefined && word !== 'the' && word !== 'a' && word !== 'an';

/** For each fact, the facts that show a form of its answer in a way that tells it (needsContext). */
export function givenAwayBy(facts: readonly Fact[]): Set<number>[] {
  const shown: Shown[][] = facts.map((f) => shownTexts(f).map((text) => ({ text, tokens: tokenize(text) })));
  const byToken = new Map<string, Set<number>>();
  shown.forEach((runs, i) => {
    for (const run of runs) for (const t of run.tokens) {
      const key = tokenKey(t);
      if (!byToken.has(key)) byToken.set(key, new Set());
      byToken.get(key)!.add(i);
    }
  });
  return facts.map((f, i) => {
    const by = new Set<number>();
    const own: Shown = { text: f.quote, tokens: tokenize(f.quote) };
    const ownWords = new Set(answerForms(f).flatMap((form) => form.map(headKey)));
    for (const form of answerForms(f)) {
      if (form.length === 0) continue;
      const context = needsContext(f, form) ? neighbours(own, form, ownWords) : undefined;
      const tells = (run: Shown) => context
        ? neighbours(run, form, ownWords).some(([before, after]) => context.some(([b, a]) => (telling(before) && before === b) || (telling(after) && after === a)))
        : occurrences(run, form).length > 0;
      for (const j of byToken.get(headKey(form[0]!)) ?? []) if (j !== i && !by.has(j) && shown[j]!.some(tells)) by.add(j);
    }
    return by;
  });
}

/** Group ids for the facts, in order: facts that could give each other away share one (the
 *  connected parts of the give-away relation), named after the sentence of its first fact
 *  (`sentence-3`, then `sentence-3-2`…). Linear in what the facts show, plus the candidate pairs
 *  a token index finds. */
export function independentGroups(facts: readonly Fact[], sentenceOf: (f: Fact) => number, edges = givenAwayBy(facts)): string[] {
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  edges.forEach((by, i) => {
    for (const j of by) {
      const [x, y] = [find(i), find(j)];
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    }
  });
  const names = new Map<number, string>();
  const perSentence = new Map<number, number>();
  return facts.map((_, i) => {
    const root = find(i);
    if (!names.has(root)) {
      const n = sentenceOf(facts[root]!);
      const k = (perSentence.get(n) ?? 0) + 1;
      perSentence.set(n, k);
      names.set(root, k === 1 ? `sentence-${n}` : `sentence-${n}-${k}`);
    }
    return names.get(root)!;
  });
}

/** How many groups the facts fall into, leaving out the dropped ones. */
function countGroups(edges: readonly Set<number>[], dropped: ReadonlySet<number>): number {
  const parent = edges.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  let groups = edges.length - dropped.size;
  edges.forEach((by, i) => {
    if (dropped.has(i)) return;
    for (const j of by) {
      if (dropped.has(j)) continue;
      const [x, y] = [find(i), find(j)];
      if (x !== y) {
        parent[Math.max(x, y)] = Math.min(x, y);
        groups--;
      }
    }
  });
  return groups;
}

/** Facts to leave out so that more groups remain, up to `target` groups: each step drops the
 *  fact whose absence splits the most (a gap-fill before a question, since a cut sentence shows
 *  the most), and stops when no single fact splits anything. Bounded: at most `maxDrops` steps,
 *  and only for drafts of at most `maxFacts` facts (a longer article has groups enough). */
export function bridgesToDrop(facts: readonly Fact[], edges: readonly Set<number>[], target: number, maxDrops = 12, maxFacts = 150): Set<number> {
  const dropped = new Set<number>();
  if (facts.length > maxFacts) return dropped;
  let groups = countGroups(edges, dropped);
  const isGap = (i: number) => /^(?:Fill the gap|Which of these)/.test(facts[i]!.prompts.ask);
  while (groups < target && dropped.size < maxDrops) {
    let best: { i: number; groups: number } | undefined;
    for (let i = 0; i < facts.length; i++) {
      if (dropped.has(i) || edges[i]!.size === 0 && !edges.some((by) => by.has(i))) continue;
      dropped.add(i);
      const n = countGroups(edges, dropped);
      dropped.delete(i);
      if (n <= groups) continue;
      if (!best || n > best.groups || (n === best.groups && isGap(i) && !isGap(best.i))) best = { i, groups: n };
    }
    if (!best) break;
    dropped.add(best.i);
    groups = best.groups;
  }
  return dropped;
}
