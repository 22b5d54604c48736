import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PLAYER_NAME, MAX_NAME_GRAPHEMES, sanitizePlayerName, splitGraphemes } from '../../src/domain/player-name';

const graphemes = (s: string) => splitGraphemes(s);
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u2060', '\uFEFF', '\u180E', '\u00AD'];
const FAMILY = '👨‍👩‍👧‍👦';
const ENGLAND = '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';

describe('sanitizePlayerName', () => {
  it('keeps ordinary names as they are', () => {
    for (const name of ['Sam', 'Zoë Ødegaard', 'Müller', 'محمد صلاح', '孫興慜', 'Son Heung-min', "N'Golo"]) {
      expect(sanitizePlayerName(name)).toBe(name);
    }
  });

  it('normalises to NFC', () => {
    expect(sanitizePlayerName('Zoe\u0308')).toBe('Zoë');
    expect(sanitizePlayerName('Zoe\u200B\u0308')).toBe('Zoë');
  });

  it('strips every bidi override, embedding, isolate and mark', () => {
    for (const ch of BIDI) expect(sanitizePlayerName(`ab${ch}cd`)).toBe('abcd');
    // The classic spoof: "evil" + RLO + "gnp.exe" would display reversed.
    expect(sanitizePlayerName('Sam\u202Enimda\u202C')).toBe('Samnimda');
  });

  it('strips zero-width and other invisible characters', () => {
    for (const ch of ZERO_WIDTH) expect(sanitizePlayerName(`a${ch}b`)).toBe('ab');
    expect(sanitizePlayerName('a\u200Db')).toBe('ab'); // a joiner between letters joins nothing
    expect(sanitizePlayerName('\u3164\u3164')).toBe(DEFAULT_PLAYER_NAME); // Hangul filler: a "blank" name
    expect(sanitizePlayerName('\u200B\u200B\u202E')).toBe(DEFAULT_PLAYER_NAME);
  });

  it('strips control characters and collapses whitespace', () => {
    expect(sanitizePlayerName('  Sam\t\n  Kerr \u0007 ')).toBe('Sam Kerr');
    expect(sanitizePlayerName('a\u00A0\u2003\u3000b')).toBe('a b');
    expect(sanitizePlayerName('a\u2028b')).toBe('a b');
    expect(sanitizePlayerName('a\u0000b\u007Fc\u009Fd')).toBe('abcd');
  });

  it('keeps emoji graphemes whole: ZWJ sequences, skin tones, flags', () => {
    expect(sanitizePlayerName(`Fan ${FAMILY}`)).toBe(`Fan ${FAMILY}`);
    expect(sanitizePlayerName('👍🏽')).toBe('👍🏽');
    expect(sanitizePlayerName('🇧🇷 Fan')).toBe('🇧🇷 Fan');
    expect(sanitizePlayerName(`${ENGLAND} Fan`)).toBe(`${ENGLAND} Fan`);
    expect(graphemes(sanitizePlayerName(FAMILY))).toHaveLength(1);
    // Tag characters outside a flag are invisible: stripped.
    expect(sanitizePlayerName('a\u{E0067}\u{E0062}b')).toBe('ab');
  });

  it('keeps a zero-width non-joiner between letters (Persian names) only', () => {
    expect(sanitizePlayerName('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(sanitizePlayerName('\u200Cab\u200C')).toBe('ab');
  });

  it('limits the name to 20 grapheme clusters, never splitting one', () => {
    expect(sanitizePlayerName('a'.repeat(50))).toBe('a'.repeat(MAX_NAME_GRAPHEMES));
    const emoji = sanitizePlayerName(FAMILY.repeat(25));
    expect(graphemes(emoji)).toHaveLength(20);
    expect(emoji).toBe(FAMILY.repeat(20));
    const accented = sanitizePlayerName('e\u0301'.repeat(30));
    expect(graphemes(accented)).toHaveLength(20);
    // Trailing space after the cut is trimmed.
    expect(sanitizePlayerName(`${'a'.repeat(19)} bcd`)).toBe('a'.repeat(19));
  });

  it('falls back to code points without Intl.Segmenter, leaving no broken pairs or joiners', () => {
    const name = sanitizePlayerName(FAMILY.repeat(10), null);
    expect(Array.from(name).length).toBeLessThanOrEqual(20);
    expect(name).not.toMatch(/\p{Cs}/u); // no lone surrogate
    expect(name.endsWith('\u200D')).toBe(false);
    expect(sanitizePlayerName('a'.repeat(30), null)).toBe('a'.repeat(20));
  });

  it('caps stacked combining marks (Zalgo)', () => {
    const zalgo = `Z${'\u0301\u0316\u0334'.repeat(20)}`;
    const clean = sanitizePlayerName(zalgo);
    expect(Array.from(clean).length).toBeLessThanOrEqual(7);
    expect(clean.normalize('NFD')[0]).toBe('Z');
  });

  it('is never empty and accepts anything', () => {
    for (const raw of ['', '   ', '\n\t', undefined, null, 42, {}, '\u0301']) {
      expect(sanitizePlayerName(raw)).toBe(DEFAULT_PLAYER_NAME);
    }
    expect(sanitizePlayerName('x'.repeat(1_000_000))).toBe('x'.repeat(20));
  });

  it('property: total, bounded, free of bidi/zero-width/controls, idempotent', () => {
    const nasty = fc.constantFrom(...BIDI, ...ZERO_WIDTH, Array(20).fill('👨').join('\u200D'), '\u200D', '\u200C', '\u0301', ' ', '\n', '\u3164', FAMILY, ENGLAND, '\u{E0067}', '\uD800', 'a', 'é', 'ب');
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.array(nasty, { maxLength: 40 }).map((parts) => parts.join('')),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    );
    fc.assert(
      fc.property(input, fc.boolean(), (raw, withSegmenter) => {
        const seg = withSegmenter ? undefined : null;
        const clean = sanitizePlayerName(raw, seg);
        expect(clean.length).toBeGreaterThan(0);
        expect(splitGraphemes(clean, seg).length).toBeLessThanOrEqual(MAX_NAME_GRAPHEMES);
        expect(clean).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\p{Cc}\p{Cs}]/u);
        expect(clean).toBe(clean.trim());
        expect(clean).toBe(clean.normalize('NFC'));
        expect(sanitizePlayerName(clean, seg)).toBe(clean);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sanitizePlayerName: length in code units', () => {
  it('drops a single "character" made of an endless ZWJ chain, and bounds the whole name', async () => {
    const { MAX_NAME_UNITS } = await import('../../src/domain/player-name');
    const chain = Array(40).fill('👨').join('\u200D');
    expect(sanitizePlayerName(`Sam ${chain}`)).toBe('Sam');
    expect(sanitizePlayerName(`Sam ${chain} Kerr`)).toBe('Sam Kerr');
    const skinFamily = '👩🏽‍👩🏽‍👧🏽‍👦🏽';
    expect(sanitizePlayerName(skinFamily)).toBe(skinFamily);
    expect(sanitizePlayerName(skinFamily.repeat(20)).length).toBeLessThanOrEqual(MAX_NAME_UNITS);
  });
});
