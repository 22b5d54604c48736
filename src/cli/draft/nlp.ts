// compromise, taught the football lexicon: teams, clubs, competitions, trophies, roles and social
// networks become tags that the finders' match patterns can name (#NationalTeam, #Club, …).
import nlp from 'compromise';
import {
  CLUBS, COACH_ROLES, COMPETITIONS, FAMOUS_MANAGERS, NATIONAL_TEAMS, OTHER_ROLES, SOCIAL_NETWORKS, TROPHIES,
} from './lexicon';

/** The slice of compromise's View the finders use (its own typings fight strict mode). */
export interface Doc {
  found: boolean;
  match(pattern: string, group?: string | number): Doc;
  has(pattern: string): boolean;
  groups(name: string): Doc;
  text(how?: 'normal' | 'text'): string;
  json(options?: object): unknown[];
  numbers(): { get(): unknown[] };
  verbs(): { toInfinitive(): Doc; toPastTense(): Doc };
  all(): Doc;
  eq(n: number): Doc;
  forEach(fn: (m: Doc) => void): void;
  sentences(): Doc;
  people(): Doc;
}

/** compromise splits "d’Or" into "de or" and hyphenated names into words: key the lexicon the same way. */
function keys(name: string): string[] {
  const base = name.toLowerCase().replace(/’/g, "'");
  const spaced = base.replace(/-/g, ' ');
  const expanded = spaced.replace(/\bd'/g, 'de ');
  return [...new Set([base, spaced, expanded])];
}

function lexiconWords(): Record<string, string> {
  const words: Record<string, string> = {};
  const add = (names: readonly string[], tag: string) => {
    for (const name of names) for (const key of keys(name)) words[key] ??= tag;
  };
  add(NATIONAL_TEAMS.flatMap((t) => [t.name, ...(t.aliases ?? [])]), 'NationalTeam');
  add(CLUBS, 'Club');
  add(COMPETITIONS.flatMap((c) => [c.name, ...c.aliases]), 'Competition');
  add(TROPHIES.flatMap((t) => [t.name, ...t.aliases]), 'Trophy');
  add(SOCIAL_NETWORKS, 'SocialNetwork');
  add(COACH_ROLES, 'CoachRole');
  add(OTHER_ROLES, 'PersonRole');
  add([...NATIONAL_TEAMS.flatMap((t) => t.coaches ?? []), ...FAMOUS_MANAGERS], 'Person');
  return words;
}

let ready = false;

/** The configured parser; the plugin is added once, on first use. */
export function football(text: string): Doc {
  if (!ready) {
    nlp.plugin({
      tags: {
        NationalTeam: { isA: 'Country' },
        Club: { isA: 'Organization' },
        Competition: { isA: 'ProperNoun' },
        Trophy: { isA: 'ProperNoun' },
        SocialNetwork: { isA: 'Organization' },
        CoachRole: { isA: 'Noun' },
        PersonRole: { isA: 'Noun' },
      },
      words: lexiconWords(),
    });
    ready = true;
  }
  return nlp(text) as unknown as Doc;
}

export interface Span {
  text: string;
  /** Character offset inside the parsed text. */
  start: number;
  /** Term index inside its sentence: finders compare positions with it. */
  term: number;
}

interface JsonMatch {
  offset?: { start: number; length: number };
  terms?: { index?: [number, number] }[];
}

/** Every match of a view as the exact original text it covers, without trailing punctuation. */
export function spans(view: Doc, source: string): Span[] {
  const found = view.json({ offset: true, terms: { index: true } } as object) as JsonMatch[];
  return found.flatMap((m) => {
    if (!m.offset) return [];
    const raw = source.slice(m.offset.start, m.offset.start + m.offset.length);
    const text = raw.replace(/[\s,.;:!?”"’')]+$/u, '').replace(/[’']s$/u, '');
    return text ? [{ text, start: m.offset.start, term: m.terms?.[0]?.index?.[1] ?? 0 }] : [];
  });
}

export function firstSpan(view: Doc, source: string): Span | undefined {
  return spans(view, source)[0];
}

/** Each match on its own, with its named groups (compromise's forEach drops them). */
export function matches(doc: Doc, pattern: string): Doc[] {
  const out: Doc[] = [];
  doc.match(pattern).forEach((m: Doc) => {
    out.push(m.match(pattern));
  });
  return out;
}
