// The player's display name, cleaned once wherever it enters (typed, loaded from storage, read
// from a challenge link). A clean name is still untrusted text: it is only ever rendered as text
// (the UI sets `textContent` or draws it with canvas `fillText`, never `innerHTML`), so the
// cleaning here is about look-alike and invisible tricks, not about markup.
//
// What goes: control characters, bidi overrides/embeddings/isolates/marks (U+202A–202E,
// U+2066–2069, U+200E/F, U+061C) that can flip the text around it, zero-width and other invisible
// format characters, "blank" filler letters used to fake an empty name, and piles of combining
// marks ("Zalgo"). What stays: letters of any script, accents, and emoji, including emoji built with
// a zero-width joiner (👨‍👩‍👧) and the England/Scotland/Wales flags (tag sequences): a football game
// cannot drop those.

export const DEFAULT_PLAYER_NAME = 'Player';
/** Longest name, in user-perceived characters (grapheme clusters). */
export const MAX_NAME_GRAPHEMES = 20;
/** Longest single character kept, in UTF-16 units: the longest real emoji (a family with skin tones) fits; endless ZWJ chains do not. */
export const MAX_GRAPHEME_UNITS = 32;
/** Longest name in UTF-16 units, whatever its characters. */
export const MAX_NAME_UNITS = 256;
/** Combining marks kept per character; enough for any script, not for a Zalgo tower. */
export const MAX_MARKS_PER_GRAPHEME = 6;
/** Input beyond this many UTF-16 units is ignored before any work, so a pasted novel costs nothing. */
const MAX_INPUT_UNITS = 1000;

const ZWJ = 0x200d;
const ZWNJ = 0x200c;
const BLACK_FLAG = 0x1f3f4;
const TAG_CANCEL = 0xe007f;
const isTagChar = (cp: number) => cp >= 0xe0020 && cp <= 0xe007e;

/** Letters that render as nothing: used to make a name look empty. */
const INVISIBLE_LETTERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x2800, 0x17b4, 0x17b5, 0x034f]);

// Not \s: it includes U+FEFF, which is an invisible, not a space.
const RE_WHITESPACE_LIKE = /[\p{Zs}\t\n\v\f\r\u2028\u2029\u0085]/u;
const RE_FORMAT_OR_CONTROL = /[\p{Cf}\p{Cc}\p{Cs}]/u;
const RE_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const RE_LETTER = /\p{L}/u;
const RE_LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const RE_MARK = /[\p{Mn}\p{Me}]/u;
const isVariationSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
const isSkinTone = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff;

/** Something with `segment(text)` yielding `{ segment }`: Intl.Segmenter or a test double. */
export interface GraphemeSegmenter {
  segment(text: string): Iterable<{ segment: string }>;
}

function defaultSegmenter(): GraphemeSegmenter | null {
  try {
    return typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  } catch {
    return null;
  }
}
let cachedSegmenter: GraphemeSegmenter | null | undefined;

/** Split into user-perceived characters; without a segmenter, into code points (never splits a surrogate pair). */
export function splitGraphemes(text: string, segmenter: GraphemeSegmenter | null = (cachedSegmenter ??= defaultSegmenter())): string[] {
  if (!segmenter) return Array.from(text);
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}

/**
 * Drop invisible and direction-changing characters; keep joiners and tags only where they join
 * something. Two passes, so a joiner is judged by the neighbours that survive the first one
 * (which also makes this idempotent).
 */
function stripInvisibles(text: string): string {
  const cps = Array.from(text, (ch) => ch.codePointAt(0) as number);
  const kept: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] as number;
    const ch = String.fromCodePoint(cp);
    if (RE_WHITESPACE_LIKE.test(ch)) {
      kept.push(0x20);
      continue;
    }
    if (INVISIBLE_LETTERS.has(cp)) continue;
    if (cp === BLACK_FLAG) {
      // 🏴 + tag letters + CANCEL TAG is a subdivision flag (England, Scotland, Wales): keep it whole.
      let j = i + 1;
      while (j < cps.length && isTagChar(cps[j] as number)) j++;
      kept.push(cp);
      if (j > i + 1 && cps[j] === TAG_CANCEL) {
        kept.push(...cps.slice(i + 1, j + 1));
        i = j;
      }
      continue;
    }
    if (cp === ZWJ || cp === ZWNJ) {
      kept.push(cp);
      continue;
    }
    // Everything else in Cf (bidi controls, zero-width space, word joiner, BOM, soft hyphen, stray
    // tags…), control characters, and lone surrogates.
    if (RE_FORMAT_OR_CONTROL.test(ch)) continue;
    kept.push(cp);
  }

  const out: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    const cp = kept[i] as number;
    if (cp === ZWJ || cp === ZWNJ) {
      const prev = out[out.length - 1];
      const next = kept[i + 1];
      if (prev === undefined || next === undefined) continue;
      const p = String.fromCodePoint(prev);
      const n = String.fromCodePoint(next);
      // ZWJ builds emoji (👨‍👩‍👧, after an optional skin tone or emoji presentation selector);
      // ZWNJ is orthographic in Persian and Indic names. Anywhere else they only hide things.
      const keep =
        cp === ZWJ
          ? (RE_PICTOGRAPHIC.test(p) || isSkinTone(prev) || prev === 0xfe0f) && RE_PICTOGRAPHIC.test(n)
          : RE_LETTER_OR_MARK.test(p) && RE_LETTER.test(n);
      if (keep) out.push(cp);
      continue;
    }
    out.push(cp);
  }
  return String.fromCodePoint(...out);
}

/** Keep at most MAX_MARKS_PER_GRAPHEME combining marks in one character (variation selectors don't count). */
function capMarks(grapheme: string): string {
  let marks = 0;
  let out = '';
  for (const ch of grapheme) {
    const cp = ch.codePointAt(0) as number;
    if (RE_MARK.test(ch) && !isVariationSelector(cp)) {
      if (++marks > MAX_MARKS_PER_GRAPHEME) continue;
    }
    out += ch;
  }
  return out;
}

/**
 * Clean a player name for display and storage. Total: any input (even a non-string) gives a
 * non-empty name of at most MAX_NAME_GRAPHEMES characters; an input with nothing visible gives
 * DEFAULT_PLAYER_NAME. Idempotent: sanitizing a clean name returns it unchanged.
 *
 * Pass `segmenter: null` to force the code-point fallback used where Intl.Segmenter is missing.
 */
export function sanitizePlayerName(raw: unknown, segmenter?: GraphemeSegmenter | null): string {
  if (typeof raw !== 'string') return DEFAULT_PLAYER_NAME;
  let text = raw.length > MAX_INPUT_UNITS ? raw.slice(0, MAX_INPUT_UNITS) : raw;
  text = text.normalize('NFC');
  text = stripInvisibles(text);
  text = text.replace(/ +/g, ' ').trim().normalize('NFC');
  const graphemes = splitGraphemes(text, segmenter);
  let kept = '';
  let count = 0;
  for (const grapheme of graphemes) {
    if (count >= MAX_NAME_GRAPHEMES) break;
    const g = capMarks(grapheme);
    if (g.length > MAX_GRAPHEME_UNITS) continue;
    if (kept.length + g.length > MAX_NAME_UNITS) break;
    kept += g;
    count++;
  }
  text = kept;
  // The cut can leave a joiner with nothing after it, a dropped character two spaces: clean once more.
  text = stripInvisibles(text).replace(/ +/g, ' ').trim().normalize('NFC');
  // A mark-only or blank remainder renders as nothing useful.
  if (text === '' || !/[^\p{M}\s]/u.test(text)) return DEFAULT_PLAYER_NAME;
  return text;
}
