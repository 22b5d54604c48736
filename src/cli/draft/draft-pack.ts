// Article text → a draft pack: every sentence goes past each finder, the candidates are linked,
// turned into facts and given suggested pools. Nothing here reads the clock or the disk.
import type { Pack } from '../../domain/pack/schema';
import { buildFacts } from './build-facts';
import { slug, type Candidate, type SentenceView } from './candidate';
import { readContext } from './context';
import { FALLBACK_TODAY, findPublicationDate } from './dates';
import { findClubs } from './find/clubs';
import { findCounts } from './find/counts';
import { findDebut } from './find/debut';
import { findOpponents } from './find/opponents';
import { findPeople } from './find/people';
import { findQuotes } from './find/quotes';
import { findReturns } from './find/returns';
import type { Finder } from './find/shared';
import { findStats } from './find/stats';
import { findTournaments } from './find/tournaments';
import { findTrophies } from './find/trophies';
import { linkCandidates } from './link';
import { football } from './nlp';
import { suggestPools } from './pools';
import { splitSentences } from './sentences';

export interface DraftOptions {
  title?: string;
  url?: string;
  published?: string;
  today?: string;
}

export interface Draft {
  pack: Pack;
  /** Where "today" came from, for the author. */
  todaySource: 'option' | 'published' | 'article' | 'fallback';
  sentences: number;
}

const FINDERS: readonly Finder[] = [
  findClubs, findTrophies, findPeople, findQuotes, findStats, findCounts, findDebut, findTournaments, findReturns, findOpponents,
];

export function draftPack(article: string, options: DraftOptions = {}): Draft {
  const fromArticle = findPublicationDate(article);
  const today = options.today ?? options.published ?? fromArticle ?? FALLBACK_TODAY;
  const todaySource = options.today ? 'option' : options.published ? 'published' : fromArticle ? 'article' : 'fallback';
  const ctx = readContext(article, today);
  const sentences = splitSentences(article);

  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const narrativeText = sentence.text.replace(/“[^”]*”|"[^"]*"/gu, ' ').replace(/\s+/g, ' ').replace(/^[\s,]+/, '');
    const view: SentenceView = { sentence, text: sentence.text, doc: football(sentence.text), narrative: football(narrativeText), narrativeText };
    for (const find of FINDERS) found.push(...find(view, ctx));
  }
  found.sort((a, b) => a.sentence.number - b.sentence.number);
  const facts = buildFacts(linkCandidates(found));

  const title = options.title ?? headline(article) ?? `${ctx.subject}: draft`;
  const pack: Pack = {
    id: slug(title) || 'draft',
    version: '0.1.0',
    title,
    language: 'en',
    authors: ['Draft — replace me'],
    licence: 'CC-BY-4.0',
    source: {
      title,
      publisher: 'unknown — fill in',
      ...(options.url ? { url: options.url } : {}),
      published: options.published ?? fromArticle ?? today,
      asOf: today,
    },
    pools: suggestPools(facts, ctx),
    facts,
  };
  return { pack, todaySource, sentences: sentences.length };
}

/** A short first line without a full stop reads as the headline. */
function headline(article: string): string | undefined {
  const first = article.split(/\r?\n/).map((l) => l.trim()).find(Boolean);
  return first && first.length <= 100 && !/[.!?”]$/.test(first) && first.split(' ').length >= 2 ? first : undefined;
}
