// Which drafted facts may sit in one round. A player sees, for each question, its prompt, its
// hint (the quote with the options blanked), and after answering the explanation and the quote;
// a timeline question shows the event labels as options. Two facts share a group when a form of
// one's answer appears in anything the other shows (union-find over the draft): then neither can
// give the other away, and facts of one sentence are independent when their clauses are.
import type { Fact } from '../../domain/pack/schema';
import { numberWords, textForms, tokenize, type KeyForm, type Token } from '../../domain/questions/key-forms';
import { answerSpans } from './truth';

/** Where a player reads a fact's text: its prompts, the quote (also the hint, with the options
 *  blanked) and the explanation. */
export type ShownField = 'ask' | 'statement' | 'not' | 'event' | 'quote' | 'explanation';

/** Everything the player reads around a fact's questions, by where it shows. */
export function shownFields(fact: Fact): Array<[ShownField, string]> {
  const p = fact.prompts;
  const all: Array<[ShownField, string | undefined]> = [['ask', p.ask], ['statement', p.statement], ['not', p.not], ['event', p.event], ['quote', fact.quote], ['explanation', fact.explanation]];
  return all.filter((e): e is [ShownField, string] => !!e[1]);
}

/** Everything the player reads around a fact's questions. */
export function shownTexts(fact: Fact): string[] {
  return shownFields(fact).map(([, text]) => text);
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

interface Shown { text: string; tokens: Token[]; field?: ShownField }

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

/** The two words either side of each place a form stands in a text, past the answer's own words
 *  ("Cup" in "World Cup" has "World" beside it: that is the name, not what is said of it), as
 *  [before, before that, after, after that]. */
type Around = [string | undefined, string | undefined, string | undefined, string | undefined];
function neighbours(shown: Shown, form: KeyForm, own: ReadonlySet<string>): Around[] {
  const { tokens } = shown;
  const isOwn = (k: number) => own.has(tokenKey(tokens[k]!));
  const key = (k: number) => (k >= 0 && k < tokens.length ? tokenKey(tokens[k]!) : undefined);
  return occurrences(shown, form).map(([i, j]) => {
    while (i > 0 && isOwn(i - 1)) i--;
    while (j + 1 < tokens.length && isOwn(j + 1)) j++;
    return [key(i - 1), key(i - 2), key(j + 1), key(j + 2)];
  });
}

/** The same words beside the answer: one telling word, or an untelling one ("has") with the
 *  word past it ("has suffered", not "has now"). */
function sameContext([b1, b2, a1, a2]: Around, [B1, B2, A1, A2]: Around): boolean {
  const side = (x: string | undefined, y: string | undefined, X: string | undefined, Y: string | undefined) =>
    x !== undefined && x === X && (telling(x) || (y !== undefined && y === Y));
  return side(b1, b2, B1, B2) || side(a1, a2, A1, A2);
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

/** Words that stand beside any name ("the", "has", "and"): the same one beside it elsewhere says
 *  nothing of the same fact ("Bonmati has now won four titles" tells nothing of "…Bonmati has been
 *  crowned"). */
const UNTELLING = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would',
  'said', 'says', 'who', 'which', 'that', 'his', 'her', 'their', 'its', 'then', 'also', 'now']);
const telling = (word: string | undefined): word is string => word !== undefined && !UNTELLING.has(word);

/** One give-away: fact `by` shows, in `field`, the answer of fact `of` as `form`, first at
 *  characters [from, to) of that field's text. */
export interface Giveaway { of: number; by: number; field: ShownField; form: string; from: number; to: number }

const formText = (form: KeyForm) => form.map((p) => ('num' in p ? String(p.num) : p.word)).join(' ');

/** Every give-away among the facts: a fact shows a form of another's answer in a way that tells
 *  it (needsContext). One record per pair (the first field and form found), or with `everyField`
 *  one per pair and field (what must change for the pair to part). */
export function giveaways(facts: readonly Fact[], everyField = false): Giveaway[] {
  const shown: Shown[][] = facts.map((f) => shownFields(f).map(([field, text]) => ({ field, text, tokens: tokenize(text) })));
  const byToken = new Map<string, Set<number>>();
  shown.forEach((runs, i) => {
    for (const run of runs) for (const t of run.tokens) {
      const key = tokenKey(t);
      if (!byToken.has(key)) byToken.set(key, new Set());
      byToken.get(key)!.add(i);
    }
  });
  const out: Giveaway[] = [];
  const recorded = new Set<string>();
  facts.forEach((f, i) => {
    const by = new Set<number>();
    recorded.clear();
    const own: Shown = { text: f.quote, tokens: tokenize(f.quote) };
    const ownWords = new Set(answerForms(f).flatMap((form) => form.map(headKey)));
    for (const form of answerForms(f)) {
      if (form.length === 0) continue;
      const context = needsContext(f, form) ? neighbours(own, form, ownWords) : undefined;
      /** The first place the run shows the form in a telling way, as token indexes. */
      const tells = (run: Shown): [number, number] | undefined => {
        const places = occurrences(run, form);
        if (!context) return places[0];
        const around = neighbours(run, form, ownWords);
        const k = around.findIndex((here) => context.some((there) => sameContext(here, there)));
        return k >= 0 ? places[k] : undefined;
      };
      for (const j of byToken.get(headKey(form[0]!)) ?? []) {
        if (j === i || (by.has(j) && !everyField)) continue;
        for (const run of shown[j]!) {
          if (recorded.has(`${j}:${run.field}`)) continue;
          const place = tells(run);
          if (!place) continue;
          by.add(j);
          recorded.add(`${j}:${run.field}`);
          out.push({ of: i, by: j, field: run.field!, form: formText(form), from: run.tokens[place[0]]!.from, to: run.tokens[place[1]]!.to });
          if (!everyField) break;
        }
      }
    }
  });
  return out;
}

/** For each fact, the facts that show a form of its answer in a way that tells it (needsContext). */
export function givenAwayBy(facts: readonly Fact[], found = giveaways(facts)): Set<number>[] {
  const by = facts.map(() => new Set<number>());
  for (const g of found) by[g.of]!.add(g.by);
  return by;
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
