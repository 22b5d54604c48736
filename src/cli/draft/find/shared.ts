// Small helpers the finders share.
import type { ArticleContext } from '../context';
import { surname } from '../context';
import type { Candidate, CandidateKind, SentenceView } from '../candidate';
import { findClub, findNationalTeam } from '../lexicon';
import { spans, type Doc } from '../nlp';

export type Finder = (view: SentenceView, ctx: ArticleContext) => Candidate[];

export type Base = Pick<Candidate, 'kind' | 'sentence' | 'subject' | 'notes'>;

export function base(kind: CandidateKind, view: SentenceView, ctx: ArticleContext): Base {
  return { kind, sentence: view.sentence, subject: ctx.subject, notes: [] };
}

/** Is the sentence about the article's subject (named, or "he"/"she" outside quotations)? */
export function aboutSubject(view: SentenceView, ctx: ArticleContext): boolean {
  const name = surname(ctx.subject);
  return new RegExp(`\\b${name}\\b`, 'u').test(view.text) || /\b(he|she)\b/i.test(view.narrativeText);
}

/** The team a sentence is about: a national team or club it names, else the article's team. */
export function teamIn(view: SentenceView, ctx: ArticleContext): string | undefined {
  for (const s of spans(view.doc.match('(#NationalTeam+|#Club+)'), view.text)) {
    const name = findNationalTeam(s.text)?.name ?? findClub(s.text);
    if (name) return name;
  }
  return ctx.team;
}

export function nationalTeamIn(view: SentenceView): string | undefined {
  for (const s of spans(view.doc.match('#NationalTeam+'), view.text)) {
    const team = findNationalTeam(s.text);
    if (team) return team.name;
  }
  return undefined;
}

/** Term positions of every match of each pattern (compromise cannot OR {root} patterns). */
export function positions(doc: Doc, text: string, patterns: readonly string[]): number[] {
  return patterns.flatMap((p) => spans(doc.match(p), text).map((s) => s.term)).sort((a, b) => a - b);
}

/** A whole number from a #Value view ("37", "four"), or undefined. */
export function wholeNumber(view: Doc): number | undefined {
  if (view.has('(#Ordinal|#Fraction|#Year)')) return undefined;
  const n = view.numbers().get()[0] as unknown;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
