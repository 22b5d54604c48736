// Who and what the article is about: the player most named, the national team most named, and
// the full names behind surnames ("Benzema" → "Karim Benzema").
import { NATIONAL_TEAMS } from './lexicon';
import { football, spans } from './nlp';

export interface ArticleContext {
  /** Full name of the person the article is about, or "the player". */
  subject: string;
  /** "his", "her" or "their", from the article's own pronouns. */
  pronoun: string;
  /** The national team most mentioned, if any. */
  team?: string;
  /** Pinned "today" (YYYY-MM-DD). */
  today: string;
  /** Lower-case surname → full name, for every person the article names in full. */
  fullNames: Map<string, string>;
  /** Every person named in full, in order of first mention. */
  people: string[];
  /** ’ or ', as the article writes apostrophes. */
  apostrophe: string;
}

export function readContext(article: string, today: string): ArticleContext {
  const doc = football(article);
  const named = spans(doc.match('(#Person|#CoachRole|#PersonRole) [#ProperNoun+]', 0), article)
    .concat(spans(doc.people(), article))
    .sort((a, b) => a.start - b.start)
    .map((s) => s.text)
    .filter((t) => /^\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)+$/u.test(t) && !isEntity(t));
  const people = [...new Set(named)];
  const fullNames = new Map<string, string>();
  for (const p of people) fullNames.set(surname(p).toLowerCase(), fullNames.get(surname(p).toLowerCase()) ?? p);

  const mentions = (word: string) => (article.match(new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'gu')) ?? []).length;
  const subject = people
    .map((p, i) => ({ p, i, n: mentions(surname(p)) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)[0]?.p ?? 'the player';

  const team = NATIONAL_TEAMS
    .map((t, i) => ({ t, i, n: [t.name, t.demonym, ...(t.aliases ?? [])].filter((w): w is string => !!w).reduce((s, w) => s + mentions(w), 0) }))
    .filter((x) => x.n >= 2)
    .sort((a, b) => b.n - a.n || a.i - b.i)[0]?.t.name;

  const count = (re: RegExp) => (article.match(re) ?? []).length;
  const his = count(/\b(he|his|him)\b/gi);
  const her = count(/\b(she|her|hers)\b/gi);
  const pronoun = his > her ? 'his' : her > his ? 'her' : 'their';
  return { subject, pronoun, team, today, fullNames, people, apostrophe: article.includes('’') ? '’' : "'" };
}

export function surname(name: string): string {
  return name.split(' ').at(-1) ?? name;
}

/** "Karim Benzema" → "Karim Benzema’s". */
export function possessive(ctx: ArticleContext, name = ctx.subject): string {
  return `${name}${ctx.apostrophe}s`;
}

/** A surname or full name as the article's full name, when it knows one. */
export function fullName(ctx: ArticleContext, name: string): string {
  return ctx.fullNames.get(surname(name).toLowerCase()) ?? name;
}

function isEntity(text: string): boolean {
  const doc = football(text);
  return doc.has('(#Club|#NationalTeam|#Competition|#Trophy|#SocialNetwork|#Organization)');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
