// A pack from the article the author is working on, without the DOM: the author's metadata over
// the drafter's placeholders, a blank pack to add the first hand-picked fact to, and the
// gap-fill fact made from words selected in the article.
import { slug } from '../authoring/draft/slug';
import type { Fact, Pack } from '../domain/pack/schema';
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

/**
 * A fill-the-gap fact whose answer is `answer`, from its sentence `quote`: true by construction,
 * with an id not yet in `pack`, and marked for review (it has no wrong answers yet).
 */
export function factFromSelection(pack: Pack, answer: string, quote: string): Fact {
  const isYear = /^(1[89]\d\d|2[01]\d\d)$/.test(answer);
  const isNumber = !isYear && /^\d+(?:\.\d+)?$/.test(answer);
  const ids = new Set(pack.facts.map((f) => f.id));
  const stem = slug(`fact ${answer}`).slice(0, 40).replace(/-+$/, '') || 'fact';
  let id = stem;
  for (let n = 2; ids.has(id); n++) id = `${stem}-${n}`;
  const gap = quote.includes(answer) ? quote.replace(answer, '_____') : `${quote} (_____)`;
  return {
    id,
    subject: pack.source.title,
    relation: 'a fact from the article',
    answer: isYear ? { type: 'year', value: Number(answer) } : isNumber ? { type: 'number', value: Number(answer) } : { type: 'text', value: answer },
    quote,
    explanation: quote,
    prompts: { ask: `Fill the gap: “${gap}”`, ...(quote.includes(answer) ? { statement: quote.replace(answer, '{answer}') } : {}) },
    review: 'check: added from a selection; give it wrong answers and a question in your words',
  };
}
