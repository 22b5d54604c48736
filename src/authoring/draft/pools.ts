// Wrong answers that are wrong. Entity options come first from the article's own names of the
// same kind, then from the lexicon (national teams, the big leagues' clubs, competitions with
// their real years, managers and players; women's names for a women's report), always filtered
// against everything the article says: a name that shares a sentence with the fact's subject may
// be true for it, so it is excluded, and so is every alias of the answer.
import type { Fact } from '../../domain/pack/schema';
import { normalizeOption, overlaps } from '../../domain/text';
import { MANAGERS, PLAYERS, WOMEN_COACHES, WOMEN_PLAYERS } from './data/people';
import { VENUES } from './data/places';
import { CLUB_NICKNAMES, COMPETITIONS, findCompetition, findTrophy, NATIONAL_TEAMS, TROPHIES } from './lexicon';
import { fold, lexiconClubs, type NameKind } from './names';
import type { ArticleView, Proposal } from './propose';
import type { ReadSentence } from './read-sentence';

export type PoolName = 'national-teams' | 'clubs' | 'tournaments' | 'competitions' | 'awards' | 'venues' | 'people' | 'coaches';

const SIZE = 14;
const TOP_CLUBS = ['Real Madrid', 'Barcelona', 'Bayern Munich', 'Manchester United', 'Juventus', 'Paris Saint-Germain', 'Liverpool',
  'Chelsea', 'AC Milan', 'Inter Milan', 'Manchester City', 'Arsenal', 'Atlético Madrid', 'Borussia Dortmund', 'Tottenham Hotspur',
  'Ajax', 'Benfica', 'Porto', 'Napoli', 'Olympique Lyonnais', 'Marseille', 'Sevilla', 'Valencia', 'Roma', 'Lazio', 'Celtic',
  'Rangers', 'Newcastle United', 'Aston Villa', 'Everton', 'West Ham United', 'Bayer Leverkusen', 'RB Leipzig', 'Sporting CP',
  'PSV Eindhoven', 'Feyenoord', 'Galatasaray', 'Fenerbahçe', 'Boca Juniors', 'River Plate', 'Flamengo', 'Santos', 'LA Galaxy', 'Inter Miami'];
const WOMEN_CLUBS = ['Arsenal', 'Chelsea', 'Olympique Lyonnais', 'Barcelona', 'VfL Wolfsburg', 'Paris Saint-Germain', 'Bayern Munich',
  'Manchester City', 'Manchester United', 'Real Madrid', 'Juventus', 'Atlético Madrid', 'Portland Thorns', 'Orlando Pride', 'San Diego Wave'];
const WOMEN_NATIONS = ['United States', 'Germany', 'Sweden', 'Netherlands', 'Norway', 'Spain', 'England', 'France', 'Japan',
  'Australia', 'Brazil', 'Canada', 'Denmark', 'Italy', 'China', 'Switzerland', 'Belgium', 'Austria', 'Iceland', 'Scotland'];

export interface Distractors {
  pool?: PoolName;
  wrong?: string[];
  exclude?: string[];
}

/** Which pool serves a proposal's answer. */
export function poolFor(p: Proposal, managers: ReadonlySet<string>): PoolName | undefined {
  const k = p.entity?.kind;
  if (!k) return undefined;
  if (k === 'team') return 'national-teams';
  if (k === 'club') return 'clubs';
  if (k === 'competition') return p.answer.type === 'set' || /\d{4}/.test(String('value' in p.answer ? p.answer.value : '')) ? 'tournaments' : 'competitions';
  if (k === 'award') return 'awards';
  if (k === 'venue') return 'venues';
  if (k === 'person') return p.entity!.canonical.some((c) => managers.has(c)) ? 'coaches' : 'people';
  return undefined;
}

/** What the article puts beside whom, worked out once: names of each kind in the sentences that
 *  mention a subject (by name or as a clause's actor), and all names of each kind. */
export interface ArticleIndex {
  beside: Map<string, Map<NameKind, Set<string>>>;
  all: Map<NameKind, string[]>;
}

export function indexArticle(reads: readonly ReadSentence[]): ArticleIndex {
  const beside = new Map<string, Map<NameKind, Set<string>>>();
  const all = new Map<NameKind, Set<string>>();
  for (const r of reads) {
    const subjects = new Set([...r.names.map((n) => n.canonical), ...r.clauses.flatMap((c) => (c.actor ? [c.actor.name] : []))]);
    for (const n of r.names) {
      const value = valueOf(n.kind, n.canonical, n.text);
      if (!all.has(n.kind)) all.set(n.kind, new Set());
      all.get(n.kind)!.add(value);
      for (const s of subjects) {
        if (!beside.has(s)) beside.set(s, new Map());
        const byKind = beside.get(s)!;
        if (!byKind.has(n.kind)) byKind.set(n.kind, new Set());
        byKind.get(n.kind)!.add(value);
      }
    }
  }
  return { beside, all: new Map([...all].map(([k, v]) => [k, [...v]])) };
}

/** Per fact: near misses from the article, and the article's names that may be true for it. */
export function distractorsFor(p: Proposal, read: ReadSentence, article: ArticleIndex, pool: PoolName | undefined): Distractors {
  if (!p.entity) return {};
  const kind = p.entity.kind;
  if (kind === 'year') return { wrong: yearMisses(p) };
  const here = read.names.filter((n) => n.kind === kind).map((n) => valueOf(kind, n.canonical, n.text));
  const answers = 'values' in p.answer ? p.answer.values : [String(p.answer.value)];
  // "Leo Messi" is Lionel Messi: a person the article names by the key's surname is the key.
  const namesakes = kind === 'person' ? (article.all.get('person') ?? []).filter((n) => answers.some((a) => surname(a) === surname(n))) : [];
  // A listed set's odd one out must be false: anyone the article names may belong to the set.
  const wholeArticle = p.answer.type === 'set' ? article.all.get(kind) ?? [] : [];
  const exclude = new Set<string>([...here, ...namesakes, ...wholeArticle, ...aliasesOf(kind, p.entity.canonical), ...(article.beside.get(p.subject)?.get(kind) ?? [])]);
  for (const a of answers) exclude.delete(a);
  // A dated edition's near misses are other editions: "European Championship" is no wrong answer to "Euro 2004".
  const dated = kind === 'competition' && answers.some((a) => /\d{4}/.test(a));
  const wrong = (article.all.get(kind) ?? []).filter((n) => !exclude.has(n) && !answers.some((a) => overlaps(a, n)) && (!dated || /\d{4}/.test(n)));
  return {
    ...(pool ? { pool } : {}),
    ...(wrong.length ? { wrong: wrong.slice(0, 6) } : {}),
    ...(exclude.size ? { exclude: [...exclude].filter((e) => !answers.includes(e)) } : {}),
  };
}

const surname = (name: string) => fold(name).split(/\s+/).at(-1) ?? '';

/** Is `value` the key under another name: a club's alias, nickname or distinguishing word ("City"
 *  for Manchester City), a person by the same surname ("Leo Messi", "Messi"), a team's alias? */
export function isAliasOf(value: string, key: string, kind: string | undefined): boolean {
  const bare = (t: string) => fold(t).replace(/^the\s+/, '');
  if (bare(value) === bare(key)) return true;
  if (kind === 'person') return surname(value) === surname(key) && surname(key).length >= 3;
  if (kind === 'club' || kind === 'team' || kind === 'competition') return aliasesOf(kind, [key]).some((a) => bare(a) === bare(value));
  return false;
}

/** A name the lexicon knows as something other than a person: a competition ("Primera
 *  Division"), a trophy, a club or a national team. Never a person's answer or wrong answer. */
export function notAPerson(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  if (findCompetition(bare) || findTrophy(bare)) return true;
  if (NATIONAL_TEAMS.some((t) => [t.name, ...(t.aliases ?? [])].some((a) => fold(a) === fold(bare)))) return true;
  return clubSpellings().has(fold(bare));
}

/** The article's own wrong answers and the drafter's near misses, less any that is the key under
 *  another name or a name the article may tie to the fact (`exclude`). */
export function provablyWrong(wrong: readonly string[], answers: readonly string[], kind: string | undefined, exclude: readonly string[] = []): string[] {
  const excluded = new Set(exclude.map(fold));
  return wrong.filter((w) => !excluded.has(fold(w)) && !answers.some((a) => isAliasOf(w, a, kind)));
}

function valueOf(kind: NameKind, canonical: string, text: string): string {
  return kind === 'person' || kind === 'team' ? canonical : text;
}

let clubByAlias: Map<string, string[]> | undefined;

/** Every club spelling the lexicon knows, folded, with the spellings of the same club. */
function clubSpellings(): Map<string, string[]> {
  if (!clubByAlias) {
    clubByAlias = new Map();
    for (const c of lexiconClubs()) for (const a of [c.canonical, ...c.aliases]) clubByAlias.set(fold(a), [...(clubByAlias.get(fold(a)) ?? []), c.canonical, ...c.aliases]);
  }
  return clubByAlias;
}

/** Every spelling of the answer the lexicon knows: "Man City" is no wrong answer to "Manchester City". */
function aliasesOf(kind: NameKind, canonical: readonly string[]): string[] {
  if (kind === 'club') {
    const spellings = [...new Set(canonical.flatMap((c) => clubSpellings().get(fold(c)) ?? [c]))];
    // "the Gunners" is Arsenal: a nickname of the key is never a wrong answer to it.
    const keys = new Set(spellings.map(fold));
    const nicknames = Object.entries(CLUB_NICKNAMES).filter(([nick, club]) => keys.has(fold(club)) || keys.has(fold(nick))).flatMap(([nick, club]) => [nick, nick.replace(/^the\s+/i, ''), club]);
    return [...new Set([...spellings, ...nicknames, ...spellings.flatMap(distinguishingWords)])];
  }
  if (kind === 'team') {
    const keys = new Set(canonical.map(fold));
    return NATIONAL_TEAMS.filter((t) => [t.name, ...(t.aliases ?? [])].some((a) => keys.has(fold(a)))).flatMap((t) => [t.name, ...(t.aliases ?? [])]);
  }
  if (kind === 'competition') {
    const keys = new Set(canonical.map((c) => fold(c.replace(/\s*\d{4}\s*/g, ' ').trim())));
    const comps = COMPETITIONS.filter((c) => [c.name, ...c.aliases].some((a) => keys.has(fold(a))));
    return [...canonical, ...comps.flatMap((c) => [c.name, ...c.aliases])];
  }
  return [...canonical];
}

/** Words of a club's name that stand for it alone ("City", "Albion", "Brighton"): an article
 *  calls Manchester City "City", so "City" is never a wrong answer beside it. */
const NOT_A_CLUB_WORD = new Set(['fc', 'afc', 'cf', 'sc', 'ac', 'club', 'football', 'de', 'of', 'the', 'and', 'sporting', 'real', 'athletic', 'atletico', 'racing', 'union']);
export function distinguishingWords(name: string): string[] {
  const words = name.split(/[\s&.-]+/).filter(Boolean);
  return words.length > 1 ? words.filter((w) => w.length >= 3 && !NOT_A_CLUB_WORD.has(fold(w))) : [];
}

/** "the World Cups of 2006, 2010 and 2014": other real editions, else neighbouring years. */
function yearMisses(p: Proposal): string[] {
  const years = 'values' in p.answer ? p.answer.values.map(Number) : [];
  const comp = COMPETITIONS.find((c) => new RegExp(`\\b${c.name.replace(/’/g, '.')}s?\\b`, 'i').test(p.sentence.text));
  const lo = Math.min(...years) - 12;
  const hi = Math.max(...years) + 12;
  const pool = comp ? comp.editions.filter((y) => y >= lo && y <= hi) : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return pool.filter((y) => !years.includes(y)).map(String);
}

/** The pools the facts name, each with enough values that three stay after any exclusion. */
export function buildPools(facts: readonly Fact[], article: ArticleView, reads: readonly ReadSentence[], today: string): Record<string, string[]> {
  const pools: Record<string, string[]> = {};
  const articleNames = (kind: NameKind) => [...new Set(reads.flatMap((r) => r.names.filter((n) => n.kind === kind).map((n) => valueOf(kind, n.canonical, n.text))))];
  for (const f of facts) {
    const name = f.distractors?.pool as PoolName | undefined;
    if (!name || pools[name]) continue;
    const users = facts.filter((x) => x.distractors?.pool === name);
    const answers = users.flatMap((u) => ('values' in u.answer ? u.answer.values : [String(u.answer.value)]));
    const people = name === 'people' || name === 'coaches';
    // A person's pool holds people: a league the name finder took for one is left out.
    pools[name] = tidy([...answers, ...lexicon(name, answers, article, today), ...(people ? [] : articleNames(kindOf(name)))].filter((v) => !people || !notAPerson(v)));
  }
  return pools;
}

const kindOf = (p: PoolName): NameKind =>
  ({ 'national-teams': 'team', clubs: 'club', tournaments: 'competition', competitions: 'competition', awards: 'award', venues: 'venue', people: 'person', coaches: 'person' } as const)[p];

function lexicon(name: PoolName, answers: readonly string[], article: ArticleView, today: string): string[] {
  const w = article.women;
  switch (name) {
    case 'national-teams': {
      if (w) return WOMEN_NATIONS.slice(0, SIZE);
      const conf = new Set(answers.map((a) => NATIONAL_TEAMS.find((t) => t.name === a)?.confederation ?? 'UEFA'));
      return NATIONAL_TEAMS.filter((t) => conf.has(t.confederation)).map((t) => t.name).slice(0, SIZE + answers.length);
    }
    case 'clubs':
      return (w ? WOMEN_CLUBS : TOP_CLUBS).slice(0, SIZE + 6);
    case 'tournaments':
      return editionsNear(answers, today);
    case 'competitions':
      return COMPETITIONS.filter((c) => !!c.women === w).map((c) => c.name);
    case 'awards':
      return TROPHIES.filter((t) => t.kind === 'award').map((t) => t.name);
    case 'venues':
      return VENUES.filter((v) => !/^(Bernabéu|Metropolitano|Wembley)$/.test(v)).slice(0, SIZE + 6);
    case 'people':
      return (w ? WOMEN_PLAYERS : PLAYERS).slice(0, SIZE + 6);
    case 'coaches':
      return (w ? WOMEN_COACHES : MANAGERS).slice(0, SIZE + 6);
  }
}

/** Real editions of the competitions named, around the years named, none after today. */
function editionsNear(answers: readonly string[], today: string): string[] {
  const thisYear = Number(today.slice(0, 4));
  return answers.flatMap((a) => {
    const m = /^(?:(\d{4}) (.+)|(.+?) (\d{4}))$/.exec(a);
    if (!m) return [];
    const year = Number(m[1] ?? m[4]);
    const name = (m[2] ?? m[3])!;
    const comp = findCompetition(name.replace(/^the /i, ''));
    if (!comp) return [];
    const yearFirst = m[1] !== undefined;
    return comp.editions.filter((y) => Math.abs(y - year) <= 16 && y !== year && (y <= thisYear || year > thisYear))
      .map((y) => (yearFirst ? `${y} ${name}` : `${name} ${y}`));
  });
}

/** Distinct values, none inside another (earlier values win, and answers come first). */
function tidy(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (!normalizeOption(v)) continue;
    if (out.some((o) => overlaps(o, v))) continue;
    out.push(v);
  }
  return out;
}
