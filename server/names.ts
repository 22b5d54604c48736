// Player names on the boards: the game's own cleaning (sanitizePlayerName), then a check that sees
// through disguises, then three kinds of lists.
// - Folding: NFKD, combining marks and invisible format characters (zero-width joiners) removed,
//   look-alike letters mapped to Latin (the `confusables` table), so "ѕһіt" and "s\u200dh\u0301it"
//   read as what they show.
// - Lists: obscenity's English set (with its leetspeak and repeated-letter transformers),
//   @2toad/profanity's twelve languages, the LDNOOBW lists of 27 languages (naughty-words), and our own short list of hate symbols and numbers (server/data/hate-symbols.json).
// - Allowed: real football names (server/data/allowed-names.json, made from the lexicon): a name
//   that is one of them, or holds one, is checked with that part taken out (Dick Advocaat, Danny
//   Shittu, Scunthorpe United). Digits standing alone are checked only against the hate numbers,
//   so "Player 455" is not read as leetspeak.
import { readFileSync } from 'node:fs';
import { Profanity } from '@2toad/profanity';
import { remove as foldConfusables } from 'confusables';
import naughty from 'naughty-words';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { sanitizePlayerName } from '../src/domain/player-name';

const dataFile = (name: string) => new URL(`./data/${name}`, import.meta.url);
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const LATIN_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt'];
// Their lists hold romanised words too ("bo" in the Chinese one) that are names in Latin script:
// used only on text in their own scripts.
const SPACED_SCRIPT_LANGUAGES = ['ar', 'hi', 'ru'];
const toad = new Profanity({ languages: [...LATIN_LANGUAGES, ...SPACED_SCRIPT_LANGUAGES], wholeWord: true, unicodeWordBoundaries: true });
// Chinese, Japanese and Korean are written without spaces: LDNOOBW's lists for them (written by
// people; @2toad's are machine translations with words like "login"), matched anywhere in the
// non-Latin part, entries of two characters or more.
const UNSPACED = ['ja', 'ko', 'zh'].flatMap((l) => naughty[l] ?? []).filter((w) => !/[\p{Script=Latin}\p{N}]/u.test(w) && [...w].length >= 2);

/** The name's own (unfolded) text in scripts other than Latin, checked with those scripts' lists. */
function offensiveInOtherScripts(name: string): boolean {
  const own = name.normalize('NFKC').toLowerCase().replace(/[\p{Cf}\p{M}]/gu, '');
  const nonLatin = own.replace(/[\p{Script=Latin}\p{N}\p{P}\p{S}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (nonLatin === '') return false;
  const joined = nonLatin.replace(/ /g, '');
  return toad.exists(nonLatin, SPACED_SCRIPT_LANGUAGES) || UNSPACED.some((w) => joined.includes(w));
}
// Whole words of five letters or more: shorter ones are ordinary words in some other language ("fan").
const LDNOOBW_MIN = 5;

/** NFKD, no marks or invisible characters, look-alikes as Latin, lower case, runs of spaces as one. */
export function foldName(text: string): string {
  const bare = text.normalize('NFKD').replace(/[\p{M}\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu, '');
  return foldConfusables(bare).toLowerCase().replace(/\s+/g, ' ').trim();
}

const hate = JSON.parse(readFileSync(dataFile('hate-symbols.json'), 'utf8')) as { numbers: string[]; words: string[]; stems: string[]; symbols: string[] };
const HATE_NUMBERS = hate.numbers.map((n) => n.replace(/\D+/g, ' ').trim());
const HATE_WORDS = hate.words.map(foldName);
const HATE_STEMS = hate.stems.map(foldName);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l' };
const unleet = (s: string) => s.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c);
const LDNOOBW = new Set(Object.values(naughty).flat().map(foldName).filter((w) => w.length >= LDNOOBW_MIN));
const ALLOWED = (JSON.parse(readFileSync(dataFile('allowed-names.json'), 'utf8')) as { names: string[] }).names
  .flatMap((n) => {
    const folded = foldName(n);
    const surname = folded.split(' ').at(-1) ?? '';
    return surname.length >= 4 && surname !== folded ? [folded, surname] : [folded];
  })
  // Longest first, so "dick advocaat" is taken out before "advocaat".
  .sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALLOWED_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALLOWED.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export type NameResult = { ok: true; name: string } | { ok: false; reason: string };
const REFUSED: NameResult = { ok: false, reason: 'that name is not allowed on the boards; pick another' };

/** Whether folded text holds a word from the lists (without the allowed names). */
function offensive(folded: string): boolean {
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const spaced = ` ${tokens.join(' ')} `;
  // Hate numbers as tokens ("88", "14 88") or letters ending in one ("ss88"); other digits are just numbers.
  if (HATE_NUMBERS.some((n) => spaced.includes(` ${n} `)) || tokens.some((t) => HATE_NUMBERS.some((n) => !n.includes(' ') && t.endsWith(n) && /^\p{L}+$/u.test(t.slice(0, -n.length))))) return true;
  const squeezed = tokens.join('');
  if (HATE_STEMS.some((w) => squeezed.includes(w) || unleet(squeezed).includes(w))) return true;
  const words = tokens.filter((t) => !/^\d+$/.test(t)).join(' ');
  if (words === '') return false;
  const wordsSqueezed = words.replace(/ /g, '');
  // Symbols and digits inside a word are read as letters ("a$$hole"); digits alone stay numbers.
  const unleeted = folded.split(' ').filter((w) => /\p{L}/u.test(w)).map((w) => (/[0-9@$!|]/.test(w) ? unleet(w) : w)).join(' ');
  if (matcher.hasMatch(words) || matcher.hasMatch(wordsSqueezed) || matcher.hasMatch(unleeted)) return true;
  if (toad.exists(words, LATIN_LANGUAGES)) return true;
  return tokens.some((t) => LDNOOBW.has(t));
}

export function checkPlayerName(raw: unknown): NameResult {
  const name = sanitizePlayerName(raw);
  const folded = foldName(name);
  // Symbols are checked on the raw text too (folding may turn a rune into letters).
  if (hate.symbols.some((s) => name.includes(s)) || offensiveInOtherScripts(name)) return REFUSED;
  // Hate words and phrases count even inside an allowed name ("white" and "power" are surnames).
  const spaced = ` ${folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
  if (HATE_WORDS.some((w) => spaced.includes(` ${w} `))) return REFUSED;
  const withoutAllowed = folded.replace(ALLOWED_RE, ' ');
  return offensive(withoutAllowed) ? REFUSED : { ok: true, name };
}
