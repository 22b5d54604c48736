// The forms a key can take in text a player reads: digits with or without thousands separators,
// number words, ordinals, a date's parts, a name's surname, a club's other names. The bench's own
// reading, kept apart from the drafter's so the evaluator does not share the drafter's blind spots.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fact } from '../../src/domain/pack/schema';

export const fold = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** 42 → "forty-two"; undefined beyond 99 (articles write those in digits). */
export function numberWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 20) return UNITS[n];
  return n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]}-${UNITS[n % 10]}`;
}

/** 42 → "forty-second"; undefined beyond 99. */
export function ordinalWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n < 20) return ORDINALS[n];
  return n % 10 === 0 ? ORDINAL_TENS[n / 10] : `${TENS[Math.floor(n / 10)]}-${ORDINALS[n % 10]}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does `text` show the number in any form: 88966, 88,966, "88 966", "thirty", "30th", "thirtieth"? */
export function showsNumber(text: string, n: number): boolean {
  const t = fold(text);
  const digits = String(n);
  const grouped = n >= 1000 && Number.isInteger(n) ? n.toLocaleString('en-GB') : undefined;
  const forms = [digits, grouped, grouped?.replace(/,/g, ' ')].filter((f): f is string => !!f);
  // Digits not glued to other digits (so 35 is not found inside 1935 or 3.5), any suffix allowed ("35th", "£105m").
  if (forms.some((f) => new RegExp(`(?<![\\d.,])${escape(f)}(?![\\d]|[.,]\\d)`).test(t))) return true;
  const words = [numberWord(n), numberWord(n)?.replace('-', ' '), ordinalWord(n), ordinalWord(n)?.replace('-', ' ')].filter((w): w is string => !!w);
  return words.some((w) => new RegExp(`(?<![\\p{L}-])${escape(w)}(?![\\p{L}]|-(?:one|two|three|four|five|six|seven|eight|nine))`, 'u').test(t));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A date shows when its year shows, or its month together with its day. */
export function showsDate(text: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const t = fold(text);
  if (y !== undefined && new RegExp(`(?<!\\d)${y}(?!\\d)`).test(t)) return true;
  const month = m ? MONTHS[m - 1] : undefined;
  if (!month || !t.includes(month)) return false;
  return d === undefined || showsNumber(t, d);
}

const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'el', 'al', 'bin', 'ter', 'st']);
const GENERIC = new Set(['trophy', 'award', 'final', 'semi-final', 'championship', 'division', 'liga', 'ligue', 'bundesliga', 'fc', 'afc', 'cf', 'sc', 'ac', 'united', 'city', 'town', 'club', 'the', 'real', 'sporting', 'athletic', 'women', "women's",
  'rovers', 'wanderers', 'county', 'borussia', 'bayer', 'olympique', 'inter', 'stadium', 'arena', 'park', 'national', 'league', 'cup']);

/** The words of a name that alone identify it to a reader: a surname, "Potter" for "Graham Potter",
 *  "Chelsea" for "Chelsea FC"; generic words ("United", "FC") do not count. */
export function telltaleWords(name: string): string[] {
  const words = fold(name).split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length >= 3 && !GENERIC.has(w) && !NAME_PARTICLES.has(w));
  return [...new Set(words)];
}

let clubAliases: Map<string, string[]> | undefined;

/** Other names of a club, from the shipped openfootball data when it is there ("Spurs" for Tottenham). */
export function aliasesOf(name: string): string[] {
  if (!clubAliases) {
    clubAliases = new Map();
    const file = join(import.meta.dirname, '..', '..', 'src', 'authoring', 'draft', 'data', 'clubs.json');
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { clubs?: string[] };
      for (const line of data.clubs ?? []) {
        const names = line.replace(/^[a-z]+:/, '').replace(/@.*$/, '').split('|').map(fold);
        for (const n of names) clubAliases.set(n, names);
      }
    }
  }
  return (clubAliases.get(fold(name)) ?? []).filter((n) => n !== fold(name));
}

const wordIn = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);

/** Is the word in the text on its own, not as part of another name ("Manchester" of "Manchester
 *  City" does not show Manchester United; "Milan" of "Inter Milan" does not show AC Milan)? */
function telltaleIn(text: string, word: string, nameWords: ReadonlySet<string>): boolean {
  const tokens = [...text.matchAll(/[\p{L}\p{N}_'-]+/gu)].map((m) => ({ t: m[0], from: m.index, to: m.index + m[0].length }));
  // A capitalised neighbour not of this name, or a blank (a hidden option), joined to the word by
  // a space only, makes it part of another name; a comma or a full stop between them does not.
  const otherName = (i: number, j: number) => {
    const n = tokens[j];
    if (!n) return false;
    const between = text.slice(Math.min(tokens[i]!.to, n.to), Math.max(tokens[i]!.from, n.from));
    if (!/^ +$/.test(between) && !(n.t.startsWith('_') && /^\s*$/.test(between))) return false;
    return n.t.startsWith('_') || (/^\p{Lu}/u.test(n.t) && !nameWords.has(fold(n.t).replace(/'s$/, '')) && !(j < i && CAPITALISED_WORDS.has(fold(n.t))));
  };
  return tokens.some(({ t }, i) => fold(t).replace(/'s$/, '') === word && !otherName(i, i + 1) && !otherName(i, i - 1));
}

/** Words capitalised by grammar, not as part of a name, when they open a sentence. */
const CAPITALISED_WORDS = new Set(['the', 'a', 'an', 'and', 'but', 'however', 'his', 'her', 'their', 'its', 'after', 'when', 'while', 'as', 'in', 'on', 'at',
  'for', 'with', 'then', 'so', 'if', 'both', 'former', 'new', 'veteran', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'manager', 'coach', 'boss']);

/** Does `text` show this name: whole, by a telltale word (a surname), or by another name of it? */
export function showsName(text: string, name: string): boolean {
  const t = fold(text);
  if (wordIn(t, fold(name))) return true;
  const nameWords = new Set(fold(name).split(/[^\p{L}\p{N}'-]+/u));
  if (telltaleWords(name).some((w) => telltaleIn(text, w, nameWords))) return true;
  return aliasesOf(name).some((a) => a.length >= 3 && (a.includes(' ') ? wordIn(t, a) : telltaleIn(text, a, nameWords)));
}

/** Does `text` show a fact's answer in any form a reader would recognise? */
export function showsAnswer(text: string, fact: Pick<Fact, 'answer'>): boolean {
  const a = fact.answer;
  switch (a.type) {
    case 'number':
    case 'year':
      return showsNumber(text, a.value);
    case 'date':
      return showsDate(text, a.value);
    case 'set':
      return a.values.some((v) => showsName(text, v));
    default:
      return showsName(text, a.value);
  }
}

/** Nicknames English reports use for clubs and national teams, beyond the openfootball aliases. */
const NICKNAMES: Readonly<Record<string, string>> = {
  gunners: 'arsenal', blues: 'chelsea', reds: 'liverpool', hammers: 'west ham united', spurs: 'tottenham hotspur', seagulls: 'brighton',
  albion: 'brighton', toffees: 'everton', magpies: 'newcastle united', 'red devils': 'manchester united', citizens: 'manchester city',
  cityzens: 'manchester city', villans: 'aston villa', foxes: 'leicester city', wolves: 'wolverhampton wanderers', saints: 'southampton',
  cherries: 'bournemouth', bees: 'brentford', eagles: 'crystal palace', 'tractor boys': 'ipswich town', stones: 'maidstone united',
  partenopei: 'napoli', rossoneri: 'ac milan', nerazzurri: 'inter milan', bianconeri: 'juventus', blaugrana: 'barcelona',
  'los blancos': 'real madrid', merengues: 'real madrid', colchoneros: 'atletico madrid', blucerchiati: 'sampdoria', lionesses: 'england',
  'three lions': 'england', 'les bleus': 'france', matildas: 'australia', 'la roja': 'spain', azzurri: 'italy', 'super eagles': 'nigeria',
};
const clubOf = (s: string) => NICKNAMES[s] ?? s;

/** Two option texts that name the same thing: equal once folded, one the other's surname, the same
 *  surname with the same initial ("Leo Messi", "Lionel Messi"), a nickname, or aliases. */
export function sameThing(a: string, b: string): boolean {
  const fa = fold(a).replace(/^the /, '').trim();
  const fb = fold(b).replace(/^the /, '').trim();
  if (fa === fb) return true;
  if (clubOf(fa) === clubOf(fb) || clubOf(fa) === fb || fa === clubOf(fb)) return true;
  if (aliasesOf(a).includes(fb) || aliasesOf(b).includes(fa) || aliasesOf(clubOf(fa)).includes(clubOf(fb))) return true;
  const [wa, wb] = [fa.split(' '), fb.split(' ')];
  const personLike = (w: string[]) => w.length >= 2 && w.every((x) => /^\p{L}[\p{L}'-]*$/u.test(x)) && !GENERIC.has(w.at(-1)!) && !MONTHS.includes(w.at(-1)!);
  // A name is written with capitals: "hip injury" and "hamstring injury" are two things, not one person.
  const written = (text: string) => text.trim().split(/\s+/).every((x) => /^\p{Lu}/u.test(x) || /^(?:de|da|van|von|der|di|le|la|dos|del)$/.test(x));
  if (written(a) && written(b) && personLike(wa) && personLike(wb) && wa.at(-1) === wb.at(-1) && wa.at(-1)!.length >= 3 && wa[0]![0] === wb[0]![0]) return true;
  // "Potter" and "Graham Potter": one is a whole-word tail of the other.
  const [short, long] = fa.length < fb.length ? [fa, fb] : [fb, fa];
  return short.length >= 3 && /^\p{L}/u.test(short) && long.endsWith(` ${short}`);
}
