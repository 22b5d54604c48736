// Capitalised names in a sentence, each typed by the lexicon: national team, club, competition
// (with its edition year), award, venue, or person. A name the lexicon does not know is a person
// only when it looks like one (two to four capitalised words, none a football or place word).
import { CLUB_LINES } from './data/clubs';
import { MANAGERS, PLAYERS, WOMEN_COACHES, WOMEN_PLAYERS } from './data/people';
import { CITIES, NOT_PEOPLE, VENUES } from './data/places';
import { CLUB_NICKNAMES, COMPETITIONS, NATIONAL_TEAMS, NATIONALITY_NOUNS, TEAM_NICKNAMES, TROPHIES } from './lexicon';

export type NameKind = 'team' | 'club' | 'competition' | 'award' | 'venue' | 'person';

export interface Entry {
  kind: NameKind;
  canonical: string;
  women?: boolean;
}

export interface Name extends Entry {
  start: number;
  end: number;
  /** As written (possessive ’s left out). */
  text: string;
  /** "Euro 2008", "2010 World Cup": the edition year written with the competition. */
  year?: number;
}

export const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").toLowerCase();

/** Place names that openfootball lists as a club's short name but articles mean as a city. */
const CITY_NOT_CLUB = new Set(['paris', 'miami', 'los angeles', 'madrid', 'london', 'manchester', 'munich', 'rome', 'turin',
  'glasgow', 'atlanta', 'portland', 'orlando', 'houston', 'dallas', 'chicago', 'toronto', 'montreal', 'vancouver', 'seattle',
  'milano', 'roma', 'napoli city', 'bristol', 'sheffield', 'nottingham', 'birmingham', 'atletico', 'atlético', 'real', 'sporting',
  'inter', 'united', 'city', 'athletic', 'racing', 'national', 'olympic', 'rangers fc']);

/** Names openfootball spells the local way where English reports use another. */
const DISPLAY: Record<string, string> = {
  'Internazionale Milano': 'Inter Milan', 'Brighton & Hove Albion': 'Brighton', 'Olympique de Marseille': 'Marseille',
  'Wolverhampton Wanderers': 'Wolves', 'Tottenham Hotspur': 'Tottenham Hotspur',
};

let table: Map<string, Entry> | undefined;
let clubs: { canonical: string; aliases: string[]; country: string }[] = [];

export function lexiconTable(): Map<string, Entry> {
  if (table) return table;
  const t = new Map<string, Entry>();
  const add = (names: readonly (string | undefined)[], entry: Entry) => {
    for (const n of names) if (n && !t.has(fold(n))) t.set(fold(n), entry);
  };
  for (const team of NATIONAL_TEAMS) add([team.name, ...(team.aliases ?? [])], { kind: 'team', canonical: team.name });
  for (const [nick, v] of Object.entries(TEAM_NICKNAMES)) add([nick], { kind: 'team', canonical: v.team, ...(v.women ? { women: true } : {}) });
  for (const c of COMPETITIONS) add([c.name, ...c.aliases], { kind: 'competition', canonical: c.name, ...(c.women ? { women: true } : {}) });
  for (const a of TROPHIES.filter((x) => x.kind === 'award')) add([a.name, ...a.aliases], { kind: 'award', canonical: a.name });
  add(VENUES, { kind: 'venue', canonical: '' });
  for (const [nick, club] of Object.entries(CLUB_NICKNAMES)) add([nick], { kind: 'club', canonical: club });
  for (const c of ['Los Angeles FC', 'Dinamo Zagreb', 'Red Star Belgrade', 'Shakhtar Donetsk', 'Dynamo Kyiv', 'Zenit St Petersburg',
    'Olympiacos', 'Panathinaikos', 'Salzburg', 'Red Bull Salzburg', 'Club Brugge', 'Al-Hilal', 'Al-Nassr', 'Al-Ittihad', 'Copenhagen'])
    add([c], { kind: 'club', canonical: c });
  clubs = [];
  for (const line of CLUB_LINES.split('\n')) {
    const m = /^([a-z]+):([^@]+)(?:@(.+))?$/.exec(line.trim());
    if (!m) continue;
    const names = m[2]!.split('|').map((s) => s.trim()).filter(Boolean);
    clubs.push({ canonical: names[0]!, aliases: names, country: m[1]! });
    if (m[3]) add([m[3]], { kind: 'venue', canonical: m[3] });
  }
  for (const c of clubs) {
    // An alias two clubs share, or a bare city, names neither for sure.
    // A bare city names no club for sure; an alias two clubs share goes to the first (big leagues first).
    const usable = c.aliases.filter((a) => !CITY_NOT_CLUB.has(fold(a)) && !/^\p{Ll}/u.test(a));
    add(usable, { kind: 'club', canonical: DISPLAY[c.canonical] ?? c.canonical });
  }
  for (const [list, women] of [[MANAGERS, false], [PLAYERS, false], [WOMEN_PLAYERS, true], [WOMEN_COACHES, true]] as const)
    add(list, { kind: 'person', canonical: '', ...(women ? { women: true } : {}) });
  for (const [key, e] of t) if (e.canonical === '') t.set(key, { ...e, canonical: '' });
  table = t;
  return t;
}

/** Clubs of the big leagues, most famous first within each country: filler for club pools. */
export function lexiconClubs(): readonly { canonical: string; aliases: string[]; country: string }[] {
  lexiconTable();
  return clubs;
}

const PARTICLE = "(?:the|and|de|da|do|dos|das|van|von|der|den|di|del|della|la|le|du|of|bin|al|el|ter|ten)";
const WORD = "(?:d[’']\\p{Lu}\\p{L}+|\\p{Lu}[\\p{L}\\p{M}’'.\\-]*\\p{L}|\\p{Lu}|\\p{Lu}’\\p{Lu}[\\p{L}]+)";
const CHUNK = new RegExp(`${WORD}(?:(?:\\s+|-)(?:${PARTICLE}\\s+)*${WORD})*`, 'gu');

const NOT_NAME_WORDS = new Set(['the', 'a', 'an', 'but', 'and', 'however', 'after', 'despite', 'following', 'although', 'when',
  'while', 'having', 'since', 'with', 'before', 'until', 'though', 'if', 'as', 'in', 'on', 'at', 'for', 'his', 'her', 'their',
  'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'there', 'then', 'now', 'yet', 'so', 'by', 'from', 'to', 'of',
  'we', 'i', 'you', 'my', 'our', 'its', 'who', 'what', 'where', 'why', 'how', 'all', 'both', 'one', 'two', 'three', 'four',
  'last', 'next', 'first', 'former', 'current', 'new', 'only', 'even', 'also', 'just', 'not', 'no', 'yes', 'during', 'under',
  'over', 'against', 'between', 'without', 'within', 'around', 'among', 'earlier', 'later', 'speaking', 'asked', 'meanwhile',
  'instead', 'elsewhere', 'ahead', 'according', 'along', 'born', 'once', 'still', 'sir', 'dame', 'president', 'king', 'queen',
  'prince', 'coach', 'manager', 'boss', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'it’s',
  'substitute', 'veteran', 'skipper', 'teenager', 'interim', 'caretaker', 'chairman', 'referee', 'owner', 'playmaker',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'women', 'women’s', "women's", 'men’s', "men's"]);
const PLACE_WORDS = /^(capital|group|holdings|partners|bank|masia|academy|football|writers|association|federation|league|cup|stadium|park|arena|united|city|fc|club|federation|association|council|road|street|award|trophy|prize|championship|championships|final|finals|group|round|cross|lane|bridge|ground|county|town|rovers|wanderers|athletic|albion|hotspur|olympique|real|sporting|juventus|university|school|hospital|church|government|ministry|police|court|office|agency|news|press|media|sport|sports|times|post|daily|foundation|trust|academy|institute|republic|kingdom|states|islands|north|south|east|west|central|minister|parliament|house|palace|ballon|golden|best|player|year|season|day|week|month|time|world|european|national|international|premier|super|pro|olympic|games|ocean|sea|river|mount|saint|san|santa|st)$/i;
const DEMONYMS = new Set([...NATIONAL_TEAMS.map((t) => t.demonym).filter(Boolean).map((d) => fold(d!)), ...NATIONALITY_NOUNS.map(fold)]);
const NOT_PERSON = new Set(NOT_PEOPLE.map(fold));
/** Unknown names typed by their last word: "Theatre du Chatelet" is a venue, "Leagues Cup" a competition. */
const SUFFIX_KIND: readonly [RegExp, NameKind][] = [
  [/^\s+(?:Stadium|Arena|Park|Theatre|Théâtre|Ground|Stadion|Stade)\b/u, 'venue'],
  [/^\s+(?:Trophy|Award|Prize)\b/u, 'award'],
  [/^\s+(?:Cup|League|Championship|Shield)\b/u, 'competition'],
];
const YEAR_AFTER = /\s+((?:18|19|20)\d{2})\b/y;
const YEAR_BEFORE = /\b((?:18|19|20)\d{2})\s+$/;

const SHORT_CLUB = new Set(['City', 'United', 'Madrid', 'Real', 'Atletico', 'Atlético', 'Inter', 'Milan', 'Spurs', 'Barca', 'Barça', 'Bayern', 'Villa', 'Palace', 'Forest']);
const CITY = new Map(CITIES.map((c) => [fold(c), c]));

/** Every name in a sentence, left to right, longest lexicon match first; "in Porto" is the city. */
export function findNames(text: string): Name[] {
  return chunkNames(text).flatMap((n) => {
    const city = CITY.get(fold(n.text));
    const after = /\b(?:in|at)\s+$/.test(text.slice(Math.max(0, n.start - 4), n.start));
    if (city && after) return [{ kind: 'venue' as const, canonical: n.text, start: n.start, end: n.end, text: n.text }];
    if (city && (n.kind === 'person' || (n as Name & { city?: boolean }).city)) return [];
    return [n];
  });
}

function chunkNames(text: string): Name[] {
  const lex = lexiconTable();
  const out: Name[] = [];
  for (const m of text.matchAll(CHUNK)) {
    const tokens = [...m[0].matchAll(/\S+/gu)].map((t) => ({ text: t[0], start: m.index + t.index }));
    let i = 0;
    while (i < tokens.length) {
      let matched = false;
      for (let n = Math.min(6, tokens.length - i); n >= 1 && !matched; n--) {
        const first = tokens[i]!;
        const last = tokens[i + n - 1]!;
        const raw = text.slice(first.start, last.start + last.text.length);
        const clean = raw.replace(/[’']s$/u, '').replace(/[.’']+$/u, '');
        const entry = lex.get(fold(clean));
        if (!entry) continue;
        const end = first.start + clean.length;
        out.push(withYear(text, { ...entry, canonical: entry.canonical || clean, start: first.start, end, text: clean }));
        i += n;
        matched = true;
      }
      if (matched) continue;
      // Not in the lexicon: the longest run of plausible name words from here.
      let j = i;
      // "Marco Reus": a one-word club alias after a given name is a surname.
      while (j < tokens.length && nameWord(tokens[j]!.text) && !(startsEntry(tokens, j, lex) && !(j > i && j === tokens.length - 1))) j++;
      if (j === i) {
        const w = tokens[i]!.text.replace(/[’']s$/u, '').replace(/[.,’']+$/u, '');
        // "City", "United": the article's own Manchester City or United, resolved per article.
        if (SHORT_CLUB.has(w)) out.push({ kind: 'club', canonical: w, start: tokens[i]!.start, end: tokens[i]!.start + w.length, text: w, short: true } as Name);
        else if (CITY.has(fold(w))) out.push({ kind: 'venue', canonical: w, start: tokens[i]!.start, end: tokens[i]!.start + w.length, text: w, city: true } as Name);
        i++;
        continue;
      }
      const first = tokens[i]!;
      const last = tokens[j - 1]!;
      const clean = text.slice(first.start, last.start + last.text.length).replace(/[’']s$/u, '').replace(/[.,’']+$/u, '');
      const suffix = SUFFIX_KIND.find(([re]) => re.test(text.slice(last.start + last.text.length, last.start + last.text.length + 12)));
      if (suffix) {
        const sj = text.slice(last.start + last.text.length).match(/^\s+(\p{Lu}[\p{L}’']+)/u)![1]!;
        const endAt = text.indexOf(sj, last.start + last.text.length) + sj.length;
        const whole = text.slice(first.start, endAt);
        out.push({ kind: suffix[1], canonical: whole, start: first.start, end: endAt, text: whole });
        i = j + 1;
        continue;
      }
      if (/^(?:Theatre|Théâtre|Stade|Estadio|Estádio|Stadio)$/u.test(first.text)) {
        out.push({ kind: 'venue', canonical: clean, start: first.start, end: first.start + clean.length, text: clean });
        i = j;
        continue;
      }
      if (j - i >= 2 && j - i <= 4 && !NOT_PERSON.has(fold(clean)))
        out.push({ kind: 'person', canonical: clean, start: first.start, end: first.start + clean.length, text: clean });
      else if (j - i === 1) out.push({ kind: 'person', canonical: clean, start: first.start, end: first.start + clean.length, text: clean, single: true } as Name);
      i = j;
    }
  }
  return out;
}

function nameWord(token: string): boolean {
  const w = token.replace(/[’']s$/u, '').replace(/[.,’']+$/u, '');
  if (!/^\p{Lu}/u.test(w) && !/^(de|da|van|von|der|den|di|del|dos|du|le|la|ter|ten)$/.test(w)) return false;
  const f = fold(w);
  return !NOT_NAME_WORDS.has(f) && !PLACE_WORDS.test(w) && !DEMONYMS.has(f) && !NOT_PERSON.has(f) && !/\d/.test(w) && w.length > 1;
}

function startsEntry(tokens: { text: string }[], j: number, lex: Map<string, Entry>): boolean {
  const w = tokens[j]!.text.replace(/[’']s$/u, '').replace(/[.,]+$/u, '');
  const e = lex.get(fold(w));
  return e !== undefined && e.kind !== 'person';
}

function withYear(text: string, name: Name): Name {
  if (name.kind !== 'competition') return name;
  YEAR_AFTER.lastIndex = name.end;
  const after = YEAR_AFTER.exec(text);
  if (after) return { ...name, year: Number(after[1]), end: name.end + after[0].length, text: text.slice(name.start, name.end + after[0].length) };
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, name.start - 6), name.start));
  if (before) {
    const start = name.start - before[0].length;
    return { ...name, year: Number(before[1]), start, text: text.slice(start, name.end) };
  }
  return name;
}

/** Is a one-word name a known single-name player or the surname of a full name? Left to the article. */
export function isSingle(name: Name): boolean {
  return (name as Name & { single?: boolean }).single === true;
}
