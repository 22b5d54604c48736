// A pack from the article the author is working on, without the DOM: the author's metadata over
// the drafter's placeholders, a blank pack to add the first hand-picked fact to, and the fact
// made from words selected in the article (the drafter's own when it drafted one for them).
import { slug } from '../authoring/draft/slug';
import type { Fact, Pack } from '../domain/pack/schema';
import { normalizeOption } from '../domain/text';
import type { Article } from './doc';

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
  return { fact: { ...hit, id: unusedId(pack, hit.id), review: 'check: added from a selection (as the drafter drafts it)' }, pools };
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
 * knows gets that type and draws its wrong answers from that pool.
 */
export function factFromSelection(pack: Pack, answer: string, quote: string): Fact {
  const isYear = /^(1[89]\d\d|2[01]\d\d)$/.test(answer);
  const isNumber = !isYear && /^\d+(?:\.\d+)?$/.test(answer);
  const id = unusedId(pack, slug(`fact ${answer}`).slice(0, 40).replace(/-+$/, '') || 'fact');
  const gap = quote.includes(answer) ? quote.replace(answer, '_____') : `${quote} (_____)`;
  const known = isYear || isNumber ? null : knownName(pack, answer);
  return {
    id,
    subject: pack.source.title,
    relation: 'a fact from the article',
    answer: isYear ? { type: 'year', value: Number(answer) } : isNumber ? { type: 'number', value: Number(answer) } : { type: known?.type ?? 'text', value: answer },
    ...(known?.pool ? { distractors: { pool: known.pool } } : {}),
    quote,
    explanation: quote,
    prompts: { ask: `Fill the gap: “${gap}”`, ...(quote.includes(answer) ? { statement: quote.replace(answer, '{answer}') } : {}) },
    review: known?.pool ? 'check: added from a selection; put the question in your words' : 'check: added from a selection; give it wrong answers and a question in your words',
  };
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
