// Article text → a draft pack. Every sentence is read (names typed, values found, clauses given
// their actors), its salient spans become facts about their own subjects, wrong answers are
// chosen against what the article says, and every fact is checked to be the article's own words
// before it is kept. Nothing here reads the clock or the disk.
import type { Fact, Pack } from '../../domain/pack/schema';
import { validatePack } from '../../domain/pack/validate';
import { answerText } from '../../domain/questions/forms';
import { fillAnswer } from '../../domain/text';
import type { Memory } from './clauses';
import { remember } from './clauses';
import { FALLBACK_TODAY, findPublicationDate } from './dates';
import { MAX_FACTS, MAX_SENTENCE_CHARS, sanitize } from './limits';
import { findNames } from './names';
import { buildPools, distractorsFor, indexArticle, notAPerson, poolFor, provablyWrong, type ArticleIndex } from './pools';
import { propose, type ArticleView, type Proposal, type Skip } from './propose';
import { maskQuotes, noteRecent, readSentence, registerPeople, type ReadSentence } from './read-sentence';
import { splitSentences, type Sentence } from './sentences';
import { slug } from './slug';
import { answerIsSpan } from './truth';
import { clauseQuote } from './clause-quote';
import { bridgesToDrop, givenAwayBy, independentGroups } from './giveaway';
import { shrinkShown } from './shrink';

/** In a fact's review note, before the reason it is a gap to fill and not a wh-question. */
export const GAP_BECAUSE = 'a gap, not a question: ';

export interface DraftOptions {
  title?: string;
  url?: string;
  published?: string;
  today?: string;
  /** Called after each sentence is read and again after each is turned into facts (the studio's
   *  progress bar): `done` of `total` steps. It only watches; the draft is the same without it. */
  onProgress?: (done: number, total: number) => void;
}

export interface SentenceReport {
  number: number;
  text: string;
  took: string[];
  skipped: Skip[];
}

export interface Draft {
  pack: Pack;
  /** Where "today" came from, for the author. */
  todaySource: 'option' | 'published' | 'article' | 'fallback';
  sentences: number;
  report: SentenceReport[];
}

export function draftPack(input: string, options: DraftOptions = {}): Draft {
  const article = sanitize(input);
  const fromArticle = findPublicationDate(article);
  const today = options.today ?? options.published ?? fromArticle ?? FALLBACK_TODAY;
  const todaySource = options.today ? 'option' : options.published ? 'published' : fromArticle ? 'article' : 'fallback';
  const sentences = splitSentences(article);
  const head = headline(sentences);
  const title = options.title ?? head ?? 'Football article: draft';
  const report: SentenceReport[] = sentences.map((s) => ({ number: s.number, text: s.text, took: [], skipped: [] }));

  // First pass: who the article names in full, so "Messi" later is Lionel Messi.
  const people = new Map<string, string>();
  const body = sentences.filter((s, i) => {
    const why = skipWhy(s, i, head);
    if (why) report[i]!.skipped.push({ text: '', why });
    return !why;
  });
  const found = new Map<Sentence, ReturnType<typeof findNames>>();
  for (const s of body) {
    found.set(s, findNames(maskQuotes(s.text)));
    registerPeople(found.get(s)!, people);
  }

  const women = isWomens(article);
  const memory: Memory = { women };
  const reads: ReadSentence[] = [];
  const readOf = new Map<Sentence, number>();
  const steps = body.length * 2;
  for (const s of body) {
    const read = readSentence(s.text, people, memory, today, found.get(s));
    remember(memory, read.clauses, read.names, read.masked);
    noteRecent(read.names, people);
    readOf.set(s, reads.length);
    reads.push(read);
    options.onProgress?.(reads.length, steps);
  }
  const topics = new Set<string>();
  const compCount = new Map<string, number>();
  for (const r of reads) for (const n of r.names) if (n.kind === 'competition' && !n.year) compCount.set(n.canonical, (compCount.get(n.canonical) ?? 0) + 1);
  for (const [c, k] of compCount) if (k >= 3 || (head && head.includes(c))) topics.add(c);
  const view: ArticleView = { title, mainSubject: mainSubject(reads), women, askedMain: new Set(), topics, reads };
  const managers = new Set<string>(reads.flatMap((r) => r.names.filter((n) => n.kind === 'person' && isManagerName(r.masked, n.start, n.end)).map((n) => n.canonical)));

  const proposals: { p: Proposal; read: number }[] = [];
  let proposed = 0;
  for (const s of body) {
    options.onProgress?.(body.length + ++proposed, steps);
    if (proposals.length >= MAX_FACTS) {
      report[s.number - 1]!.skipped.push({ text: '', why: `the draft already has ${MAX_FACTS} facts: draft the rest of a long article on its own` });
      continue;
    }
    const { facts, skipped } = propose(s, reads[readOf.get(s)!]!, view);
    report[s.number - 1]!.skipped.push(...skipped);
    for (const p of facts) proposals.push({ p, read: readOf.get(s)! });
  }
  let facts = groupFacts(toFacts(proposals, reads, indexArticle(reads), managers, report), sentences, report);
  let pools: Record<string, string[]> = {};
  const pack: Pack = {
    id: slug(title) || 'draft', version: '0.1.0', title, language: 'en', authors: ['Draft — replace me'], licence: 'CC-BY-4.0',
    source: {
      title, publisher: 'unknown — fill in', ...(options.url ? { url: options.url } : {}),
      published: options.published ?? fromArticle ?? today, asOf: today,
    },
    pools,
    facts,
  };
  // Whatever check would refuse is dropped, said so, and the rest checked again.
  for (let round = 0; round < 5; round++) {
    pools = buildPools(facts, view, reads, today);
    pack.pools = pools;
    const checked = validatePack(pack);
    if (checked.ok) break;
    const errors = checked.problems.filter((p) => p.severity === 'error');
    const bad = new Set(errors.map((p) => /^facts\[(\d+)\]/.exec(p.path)?.[1]).filter(Boolean).map(Number));
    if (bad.size === 0) break;
    for (const i of bad) {
      const f = facts[i]!;
      const n = Number(/sentence (\d+)/.exec(f.review ?? '')?.[1] ?? 0);
      report[n - 1]?.took.splice(report[n - 1]!.took.indexOf(f.id), 1);
      report[n - 1]?.skipped.push({ text: answerText(f), why: `check refused it: ${errors.find((p) => p.path.startsWith(`facts[${i}]`))?.message}` });
    }
    facts = facts.filter((_, i) => !bad.has(i));
    pack.facts = facts;
  }
  for (const f of facts) {
    if (f.distractors?.pool && !pools[f.distractors.pool]) delete f.distractors.pool;
  }
  if (Object.keys(pools).length === 0) delete pack.pools;
  return { pack, todaySource, sentences: sentences.length, report };
}

function toFacts(proposals: readonly { p: Proposal; read: number }[], reads: readonly ReadSentence[], index: ArticleIndex, managers: ReadonlySet<string>, report: SentenceReport[]): Fact[] {
  const used = new Set<string>();
  const out: Fact[] = [];
  const asked = new Map<string, number>();
  for (const { p, read } of proposals) {
    // The same team or name as the answer again and again is no quiz: twice is enough.
    if (p.entity && p.answer.type !== 'set') {
      const key = `${p.entity.kind}:${String('value' in p.answer ? p.answer.value : '')}`;
      asked.set(key, (asked.get(key) ?? 0) + 1);
      if (asked.get(key)! > 2) {
        report[p.sentence.number - 1]!.skipped.push({ text: p.text, why: 'already the answer of two facts' });
        continue;
      }
    }
    // "Primera Division" read as a person: the lexicon knows it as a league, so no fact of it.
    if (p.entity?.kind === 'person' && 'value' in p.answer && notAPerson(String(p.answer.value))) {
      report[p.sentence.number - 1]!.skipped.push({ text: p.text, why: `“${String(p.answer.value)}” is a competition, club or team, not a person` });
      continue;
    }
    const base = slug(`${p.relation.replace(/ \(sentence \d+\)$/, '')} ${'values' in p.answer ? p.answer.values[0] : p.answer.value}`).slice(0, 48).replace(/-+$/, '') || 'fact';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    const pool = poolFor(p, managers);
    const d = distractorsFor(p, reads[read]!, index, pool);
    const answers = 'values' in p.answer ? p.answer.values : [String(p.answer.value)];
    const wrong = provablyWrong([...new Set([...(p.wrong ?? []), ...(d.wrong ?? [])])], answers, p.entity?.kind, d.exclude)
      .filter((w) => p.entity?.kind !== 'person' || !notAPerson(w));
    const distractors: NonNullable<Fact['distractors']> = {
      ...(d.pool ? { pool: d.pool } : {}),
      ...(wrong.length ? { wrong } : {}),
      ...(d.exclude?.length || p.exclude?.length ? { exclude: [...new Set([...(d.exclude ?? []), ...(p.exclude ?? [])])] } : {}),
      ...(p.min !== undefined ? { min: p.min } : {}),
      ...(p.max !== undefined ? { max: p.max } : {}),
    };
    const notP = (p as Proposal & { not?: string }).not;
    const fact: Fact = {
      id, subject: p.subject, relation: p.relation, answer: p.answer, quote: clauseQuote(reads[read]!, p.span), explanation: '',
      prompts: { ask: p.ask, ...(p.statement ? { statement: p.statement } : {}), ...(notP ? { not: notP } : {}), ...(p.event && p.date ? { event: p.event } : {}) },
      ...(p.event && p.date ? { date: p.date } : {}),
      group: `sentence-${p.sentence.number}`,
      ...(Object.keys(distractors).length ? { distractors } : {}),
      review: `check: auto-drafted from sentence ${p.sentence.number}; ${p.note}${p.whyGap ? `; ${GAP_BECAUSE}${p.whyGap}` : ''}`,
    };
    // The answer read from a name elsewhere in the sentence ("he" → Messi): the whole sentence holds it.
    if (!answerIsSpan(fact)) fact.quote = p.sentence.text;
    if (!answerIsSpan(fact)) {
      report[p.sentence.number - 1]!.skipped.push({ text: p.text, why: 'the answer is not the sentence’s own words' });
      continue;
    }
    // The explanation is the fact as a sentence, else the article's own words that state it.
    fact.explanation = p.statement ? fillAnswer(p.statement, answerText(fact)) : fact.quote;
    used.add(id);
    out.push(fact);
    report[p.sentence.number - 1]!.took.push(id);
  }
  return out;
}

const sentenceNumber = (f: Fact) => Number(/sentence (\d+)/.exec(f.review ?? '')?.[1] ?? 0);

/** Enough groups for a 10-question round, with a few to spare so every round can be full. */
const GROUP_TARGET = 12;

/** Groups by what each fact shows, once each is cut down to what states it (shrink.ts,
 *  giveaway.ts). Where that leaves fewer groups than a round needs, the facts that tie the most
 *  together are left out (said so). A sentence whose facts all end in one group gains nothing
 *  from the cuts: its facts ask and quote as drafted, the quote the whole sentence. */
function groupFacts(facts: Fact[], sentences: readonly Sentence[], report: SentenceReport[]): Fact[] {
  // What each fact showed before it was cut down: restored where cutting parted nothing.
  const before = new Map(facts.map((f) => [f, { prompts: { ...f.prompts }, quote: f.quote, explanation: f.explanation }]));
  shrinkShown(facts);
  const edges = givenAwayBy(facts);
  const drop = bridgesToDrop(facts, edges, GROUP_TARGET);
  const kept = facts.filter((f, i) => {
    if (!drop.has(i)) return true;
    const n = sentenceNumber(f);
    report[n - 1]?.took.splice(report[n - 1]!.took.indexOf(f.id), 1);
    report[n - 1]?.skipped.push({ text: answerText(f), why: `its question or quote names the answers of ${edges.filter((by) => by.has(i)).length} other facts, and “${answerText(f)}” is named by ${edges[i]!.size}: without it the draft holds more facts that can share a round` });
    return false;
  });
  let groups = independentGroups(kept, sentenceNumber);
  const bySentence = new Map<number, number[]>();
  kept.forEach((f, i) => bySentence.set(sentenceNumber(f), [...(bySentence.get(sentenceNumber(f)) ?? []), i]));
  let restored = false;
  for (const [n, members] of bySentence) {
    const text = sentences[n - 1]?.text;
    if (!text || new Set(members.map((i) => groups[i])).size > 1) continue;
    for (const i of members) {
      const f = kept[i]!;
      const was = before.get(f)!;
      if (f.quote === text && f.prompts.ask === was.prompts.ask) continue;
      f.prompts = was.prompts;
      f.explanation = was.explanation === was.quote ? text : was.explanation;
      f.quote = text;
      restored = true;
    }
  }
  if (restored) groups = independentGroups(kept, sentenceNumber);
  kept.forEach((f, i) => (f.group = groups[i]));
  return kept;
}

/** The headline, a byline, a dateline alone on its line: no facts from those. */
function skipWhy(s: Sentence, index: number, head: string | undefined): string | undefined {
  if (s.text.length > MAX_SENTENCE_CHARS) return `longer than ${MAX_SENTENCE_CHARS} characters: no quote is that long`;
  if (index === 0 && head === s.text) return 'the headline';
  const words = s.text.split(/\s+/).length;
  if (s.line <= 3 && words < 12 && (/^(by|from)\b/i.test(s.text) || /\b(Reuters|Associated Press|AFP|BBC Sport|PA Media|PA Sport|AP)\s*$/i.test(s.text)))
    return 'a byline';
  if (s.line <= 3 && words < 6 && !/\d{4}/.test(s.text)) return 'a byline or dateline';
  if (!/\p{L}{2,}/u.test(s.text)) return 'no words';
  return undefined;
}

function headline(sentences: readonly Sentence[]): string | undefined {
  const first = sentences[0];
  return first && first.line === 0 && first.text.length <= 120 && !/[.!?”]$/.test(first.text) && first.text.split(' ').length >= 2 ? first.text : undefined;
}

/** The person most often an actor: never offered as an answer (every question would be them). */
function mainSubject(reads: readonly ReadSentence[]): string | undefined {
  const count = new Map<string, number>();
  for (const r of reads) for (const c of r.clauses) if (c.actor?.kind === 'person') count.set(c.actor.name, (count.get(c.actor.name) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 3 ? best[0] : undefined;
}

function isManagerName(text: string, start: number, end: number): boolean {
  return /\b(?:manager|coach|boss|head coach)\s*,?\s*$/i.test(text.slice(Math.max(0, start - 30), start))
    || /^,?\s*(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:manager|coach|boss)\b/i.test(text.slice(end, end + 40));
}

function isWomens(article: string): boolean {
  const sample = article.slice(0, 200_000);
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  return count(/\b(she|her|hers|women’s|women's|Lionesses|WSL)\b/gi) > count(/\b(he|his|him|men’s|men's)\b/gi);
}
