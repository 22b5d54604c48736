// A pack from the article the author is working on, without the DOM: the author's metadata over
// the drafter's placeholders, a blank pack to add the first hand-picked fact to, and the fact
// made from words selected in the article (the drafter's own when it drafted one for them).
import { slug } from '../authoring/draft/slug';
import type { Fact, Pack } from '../domain/pack/schema';
import { TENS, UNITS } from '../domain/number-words';
import { normalizeOption } from '../domain/text';
import type { Article } from './doc';
import type { NamedSpan } from './draft-worker';

/** The author's metadata over the drafter's placeholders. */
export function fillMeta(pack: Pack, a: Article): Pack {
  const title = a.title.trim() || pack.title;
  return {
    ...pack,
    title,
    id: slug(title) || pack.id,
    ...(a.author.trim() ? { authors: [a.author.trim()] } : {}),
    source: {
      ...pack.source,
      title,
      ...(a.publisher.trim() ? { publisher: a.publisher.trim() } : {}),
      ...(a.url.trim() ? { url: a.url.trim() } : {}),
    },
  };
}

export function blankPack(a: Article): Pack {
  const today = new Date().toISOString().slice(0, 10);
  const published = /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? a.published : today;
  const title = a.title.trim() || 'My pack';
  return {
    id: slug(title) || 'my-pack',
    version: '0.1.0',
    title,
    language: 'en',
    authors: [a.author.trim() || 'Draft — replace me'],
    licence: 'CC-BY-4.0',
    source: { title, publisher: a.publisher.trim() || 'unknown — fill in', ...(a.url.trim() ? { url: a.url.trim() } : {}), published, asOf: published },
    facts: [],
  };
}

const unusedId = (pack: Pack, stem: string): string => {
  const ids = new Set(pack.facts.map((f) => f.id));
  let id = stem;
  for (let n = 2; ids.has(id); n++) id = `${stem}-${n}`;
  return id;
};

/**
 * The fact the drafter drafted for these words in this sentence, if it did (the author may have
 * deleted it, or it sits in a draft of the article made just now): the same type, question and
 * wrong answers as any drafted fact, under an id not yet in `pack`, with the pool it draws from.
 */
export function draftedFactFor(pack: Pack, drafted: Pack, answer: string, quote: string): { fact: Fact; pools: Pack['pools'] } | null {
  const want = normalizeOption(answer);
  const hit = drafted.facts.find((f) => 'value' in f.answer && normalizeOption(String(f.answer.value)) === want && f.quote === quote)
    ?? drafted.facts.find((f) => 'value' in f.answer && normalizeOption(String(f.answer.value)) === want && (f.quote.includes(quote) || quote.includes(f.quote)));
  if (!hit) return null;
  const pool = hit.distractors?.pool;
  const pools = pool && drafted.pools?.[pool] && !pack.pools?.[pool] ? { ...(pack.pools ?? {}), [pool]: drafted.pools[pool] } : pack.pools;
  const id = unusedId(pack, hit.id);
  // Its sentence's group in this pack (facts of one sentence give each other away), else its own:
  // the draft's "sentence-N" may be another article's sentence N here.
  const group = sentenceGroup(pack, quote) ?? id;
  return { fact: { ...hit, id, group, review: 'check: added from a selection (as the drafter drafts it)' }, pools };
}

/** The group of the pack's facts from this sentence, if any. */
function sentenceGroup(pack: Pack, quote: string): string | undefined {
  const same = pack.facts.find((f) => f.quote === quote);
  return same ? (same.group ?? same.id) : undefined;
}

/** What a pool holds, as an answer type. */
const POOL_TYPES: ReadonlyArray<[RegExp, 'club' | 'person' | 'team' | 'tournament']> = [
  [/club/, 'club'],
  [/people|coach|player|manager/, 'person'],
  [/national|team/, 'team'],
  [/tournament|competition/, 'tournament'],
];

/**
 * A fill-the-gap fact whose answer is `answer`, from its sentence `quote`: true by construction,
 * with an id not yet in `pack`, and marked for review. A name another fact or a pool of the pack
 * (or of `hints`, a draft of the article) knows gets that type and draws its wrong answers from
 * that pool; `withPoolFrom` then brings the pool into the pack.
 */
export function factFromSelection(pack: Pack, answer: string, quote: string, hints?: Pack, names?: readonly NamedSpan[]): Fact {
  const isYear = /^(1[89]\d\d|2[01]\d\d)$/.test(answer);
  // "three" is a number as much as "3" is (reports write small numbers as words).
  const number = isYear ? null : numberIn(answer);
  const isNumber = number !== null;
  const id = unusedId(pack, slug(`fact ${answer}`).slice(0, 40).replace(/-+$/, '') || 'fact');
  const gap = quote.includes(answer) ? quote.replace(answer, '_____') : `${quote} (_____)`;
  // The pack's own names first, then those the drafter typed in this article (`hints`: a draft).
  const direct = isYear || isNumber ? null : (knownName(pack, answer) ?? (hints ? knownName(hints, answer) : null));
  // A surname the article uses alone ("Dyche said") is the person its pools name in full.
  const fullName = direct || isYear || isNumber ? null : (fullNameOf(pack, answer) ?? (hints ? fullNameOf(hints, answer) : null));
  const known = direct ?? (fullName ? (knownName(pack, fullName) ?? (hints ? knownName(hints, fullName) : null)) : null) ?? (isYear || isNumber ? null : lexiconKind(answer, names, hints ?? pack));
  const value = fullName && known ? fullName : answer;
  const group = sentenceGroup(pack, quote);
  return {
    id,
    ...(group ? { group } : {}),
    subject: pack.source.title,
    relation: 'a fact from the article',
    answer: isYear ? { type: 'year', value: Number(answer) } : number !== null ? { type: 'number', value: number } : { type: known?.type ?? 'text', value },
    // A count's wrong options come from the engine, never below zero.
    ...(known?.pool ? { distractors: { pool: known.pool } } : number !== null ? { distractors: { min: 0 } } : {}),
    quote,
    explanation: quote,
    prompts: { ask: `Fill the gap: “${gap}”`, ...(quote.includes(answer) ? { statement: quote.replace(answer, '{answer}') } : {}) },
    review: known?.pool || isYear || number !== null ? 'check: added from a selection; put the question in your words' : 'check: added from a selection; give it wrong answers and a question in your words',
  };
}

/** The number `text` writes, in digits ("3", "2,500", "1.5") or words up to ninety-nine ("three",
 *  "twenty-one"); null for anything else. */
export function numberIn(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  const unit = UNITS.indexOf(t);
  if (unit >= 0) return unit;
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(t);
  const tens = m ? TENS.indexOf(m[1]!) : -1;
  if (tens < 2) return null;
  if (!m![2]) return tens * 10;
  const ones = UNITS.indexOf(m![2]);
  return ones >= 1 && ones <= 9 ? tens * 10 + ones : null;
}

/** The drafter's lexicon's word for a name no pool has ("Watford": a club), with the pool of that
 *  kind the pack or its draft has, so the fact gets wrong answers of its kind. */
function lexiconKind(answer: string, names: readonly NamedSpan[] | undefined, from: Pack): { type: 'club' | 'person' | 'team' | 'tournament'; pool?: string } | null {
  const want = normalizeOption(answer);
  const hit = names?.find((n) => normalizeOption(n.text) === want || normalizeOption(n.canonical) === want);
  const KIND_POOLS: Partial<Record<NamedSpan['kind'], ['club' | 'person' | 'team' | 'tournament', string]>> = { club: ['club', 'clubs'], team: ['team', 'national-teams'], competition: ['tournament', 'competitions'], person: ['person', 'people'] };
  const typed = hit ? KIND_POOLS[hit.kind] : undefined;
  if (!typed) return null;
  return { type: typed[0], ...(from.pools?.[typed[1]] ? { pool: typed[1] } : {}) };
}

/** The one full name of the pack's people whose surname `word` is ("Dyche" → "Sean Dyche"); null when none or several. */
function fullNameOf(pack: Pack, word: string): string | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word.trim())) return null;
  const want = normalizeOption(word);
  const names = new Set<string>();
  const consider = (v: unknown) => {
    if (typeof v === 'string' && /\s/.test(v.trim()) && normalizeOption(v.trim().split(/\s+/).at(-1)!) === want) names.add(v.trim());
  };
  for (const [pool, values] of Object.entries(pack.pools ?? {})) if (POOL_TYPES.find(([re]) => re.test(pool))?.[1] === 'person') values.forEach(consider);
  for (const f of pack.facts) if (f.answer.type === 'person') consider(f.answer.value);
  return names.size === 1 ? [...names][0]! : null;
}

/** The type (and pool) the pack already gives this name: another fact's answer, or a pool's value. */
function knownName(pack: Pack, name: string): { type: 'club' | 'person' | 'team' | 'tournament' | 'text'; pool?: string } | null {
  const want = normalizeOption(name);
  for (const [pool, values] of Object.entries(pack.pools ?? {})) {
    if (!values.some((v) => normalizeOption(v) === want)) continue;
    const type = POOL_TYPES.find(([re]) => re.test(pool))?.[1] ?? 'text';
    return { type, pool };
  }
  const fact = pack.facts.find((f) => 'value' in f.answer && normalizeOption(String(f.answer.value)) === want);
  if (fact && (fact.answer.type === 'club' || fact.answer.type === 'person' || fact.answer.type === 'team' || fact.answer.type === 'tournament')) {
    return { type: fact.answer.type, ...(fact.distractors?.pool ? { pool: fact.distractors.pool } : {}) };
  }
  return null;
}

/** The article's metadata as a fact's source; today's date when it has none yet. */
export function articleSource(a: Article, fallback: Pack['source']): NonNullable<Fact['source']> {
  const published = /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? a.published : fallback.published;
  return {
    title: a.title.trim() || fallback.title,
    publisher: a.publisher.trim() || fallback.publisher,
    ...(a.url.trim() ? { url: a.url.trim() } : {}),
    published,
  };
}

/** Most values a pool keeps when two articles' pools are merged (the format's own cap is 500). */
const MERGED_POOL_MAX = 200;

/**
 * Another article's draft added to the pack (a quiz of the week): every fact keeps its own source
 * (the facts already there get the pack's, the first time), the new facts' ids and groups get a
 * mark of their article so they never collide with the others (a round takes one fact per group,
 * across the articles), and the pools are merged.
 */
export function addArticleDraft(pack: Pack, drafted: Pack, source: NonNullable<Fact['source']>): Pack {
  const base = pack.source;
  const existing = pack.facts.map((f) => (f.source ? f : { ...f, source: { title: base.title, publisher: base.publisher, ...(base.url ? { url: base.url } : {}), published: base.published } }));
  const articles = new Set(existing.map((f) => JSON.stringify(f.source)));
  const mark = `a${articles.size + 1}`;
  const ids = new Set(existing.map((f) => f.id));
  const renamed = new Map<string, string>();
  for (const f of drafted.facts) {
    let id = `${mark}-${f.id}`.slice(0, 80).replace(/-+$/, '');
    for (let n = 2; ids.has(id); n++) id = `${mark}-${n}-${f.id}`.slice(0, 80).replace(/-+$/, '');
    ids.add(id);
    renamed.set(f.id, id);
  }
  const added = drafted.facts.map((f) => {
    const d = f.distractors;
    // Bounds that name another fact follow it to its new id.
    const distractors = d && (d.minFact || d.maxFact) ? { ...d, ...(d.minFact ? { minFact: renamed.get(d.minFact) ?? d.minFact } : {}), ...(d.maxFact ? { maxFact: renamed.get(d.maxFact) ?? d.maxFact } : {}) } : d;
    return { ...f, id: renamed.get(f.id)!, group: `${mark}-${f.group ?? f.id}`.slice(0, 80).replace(/-+$/, ''), ...(distractors ? { distractors } : {}), source };
  });
  const pools: Record<string, string[]> = { ...(pack.pools ?? {}) };
  for (const [name, values] of Object.entries(drafted.pools ?? {})) {
    const merged = [...(pools[name] ?? [])];
    for (const v of values) if (!merged.some((m) => normalizeOption(m) === normalizeOption(v))) merged.push(v);
    pools[name] = merged.slice(0, MERGED_POOL_MAX);
  }
  return { ...pack, ...(Object.keys(pools).length ? { pools } : {}), facts: [...existing, ...added] };
}

/** The articles a pack draws on, in order, with how many facts each gave. */
export function packArticles(pack: Pack): Array<{ source: NonNullable<Fact['source']>; facts: number }> {
  const out = new Map<string, { source: NonNullable<Fact['source']>; facts: number }>();
  for (const f of pack.facts) {
    if (!f.source) continue;
    const key = JSON.stringify(f.source);
    const entry = out.get(key) ?? { source: f.source, facts: 0 };
    entry.facts++;
    out.set(key, entry);
  }
  return [...out.values()];
}

/** `pack` with the pool `fact` draws from, taken from `from` when the pack has no pool of that name. */
export function withPoolFrom(pack: Pack, fact: Fact, from: Pack | undefined): Pack {
  const name = fact.distractors?.pool;
  if (!name || pack.pools?.[name] || !from?.pools?.[name]) return pack;
  return { ...pack, pools: { ...(pack.pools ?? {}), [name]: from.pools[name] } };
}
