import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  challengeChecksum,
  decodeChallenge,
  encodeChallenge,
  MAX_CHALLENGE_CHARS,
  type Challenge,
  type ChallengeProblem,
} from '../../src/share/challenge-link';
import { sanitizePlayerName } from '../../src/domain/player-name';
import { MODES } from '../../src/domain/round';
import { DIFFICULTIES } from '../../src/domain/pack/schema';
import { dailySeed } from '../../src/domain/daily';

const BASE = 'https://example.org/football-trivia/';
const REASONS: ChallengeProblem[] = ['missing', 'too-long', 'malformed', 'unsupported', 'tampered', 'invalid', 'unknown-pack', 'unknown-version'];

const sample: Challenge = {
  packId: 'benzema-2022',
  packVersion: '1.0.0',
  seed: 'k3x9-AbC_1',
  mode: 'classic',
  difficulty: 'medium',
  name: 'Sam',
  score: 1234,
  total: 10,
};

function encodeOk(c: Challenge, base: string | URL = BASE): string {
  const r = encodeChallenge(c, base);
  if (!r.ok) throw new Error(r.message);
  return r.url;
}
const payloadOf = (url: string) => new URL(url).searchParams.get('c') as string;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const withPayload = (payload: string) => `${BASE}?c=${payload}`;
/** A payload with any fields and a correct checksum: what a forger can make. */
function forged(fields: unknown[]): string {
  const [packId, packVersion, seed, mode, difficulty, score, total, name] = fields as [string, string, string, Challenge['mode'], Challenge['difficulty'], number, number | null, string];
  const sum = challengeChecksum({ packId, packVersion, seed, mode, difficulty, score, name, ...(total === null ? {} : { total }) });
  return withPayload(b64(JSON.stringify([1, ...fields, sum])));
}

const kebab = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('-'));
const challengeArb: fc.Arbitrary<Challenge> = fc.record(
  {
    packId: kebab,
    packVersion: fc.tuple(fc.nat(999_999), fc.nat(999), fc.nat(99)).map((t) => t.join('.')),
    seed: fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
    mode: fc.constantFrom(...MODES),
    difficulty: fc.constantFrom(...DIFFICULTIES),
    name: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('Sam', '👨‍👩‍👧‍👦'.repeat(25), 'a\u202Eb')),
    score: fc.integer({ min: 0, max: 1_000_000 }),
    total: fc.integer({ min: 1, max: 1000 }),
  },
  { requiredKeys: ['packId', 'packVersion', 'seed', 'mode', 'difficulty', 'name', 'score'] },
);

describe('challenge links: round trip', () => {
  it('encodes to a short URL on the base page and decodes back', () => {
    const url = encodeOk(sample);
    expect(url.startsWith(`${BASE}?c=`)).toBe(true);
    expect(url.length).toBeLessThan(200);
    expect(decodeChallenge(url)).toEqual({ ok: true, challenge: sample });
    expect(decodeChallenge(new URL(url).search)).toEqual({ ok: true, challenge: sample });
    expect(decodeChallenge(new URL(url))).toEqual({ ok: true, challenge: sample });
    expect(decodeChallenge(`c=${payloadOf(url)}`)).toEqual({ ok: true, challenge: sample });
  });

  it('keeps the base page’s other parameters, drops its #hash, and works without total', () => {
    const { total: _total, ...noTotal } = sample;
    const url = encodeOk(noTotal, 'https://example.org/play?lang=fr#results');
    expect(url).toMatch(/^https:\/\/example\.org\/play\?lang=fr&c=[A-Za-z0-9_-]+$/);
    const r = decodeChallenge(url);
    expect(r).toEqual({ ok: true, challenge: noTotal });
    expect(r.ok && 'total' in r.challenge).toBe(false);
  });

  it('carries a Daily seed', () => {
    const c = { ...sample, mode: 'daily' as const, seed: dailySeed('benzema-2022', '2026-11-12') };
    expect(decodeChallenge(encodeOk(c))).toEqual({ ok: true, challenge: c });
  });

  it('property: every valid challenge round-trips (name sanitized, shortened only to fit)', () => {
    fc.assert(
      fc.property(challengeArb, (c) => {
        const url = encodeOk(c);
        expect(url.length).toBeLessThanOrEqual(MAX_CHALLENGE_CHARS);
        const known = { [c.packId]: ['0.0.1', c.packVersion] };
        for (const input of [url, new URL(url).search]) {
          const r = decodeChallenge(input, known);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const { name, ...rest } = r.challenge;
          const { name: rawName, ...expected } = c;
          expect(rest).toEqual(expected);
          const clean = sanitizePlayerName(rawName);
          expect(name === clean || clean.startsWith(name)).toBe(true);
          expect(sanitizePlayerName(name)).toBe(name);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('shortens a long emoji name so the link stays within the limit', () => {
    const family = '👨‍👩‍👧‍👦';
    const url = encodeOk({ ...sample, name: family.repeat(20) });
    expect(url.length).toBeLessThanOrEqual(MAX_CHALLENGE_CHARS);
    const r = decodeChallenge(url);
    expect(r.ok && r.challenge.name.startsWith(family)).toBe(true);
  });
});

describe('challenge links: encoding refuses what a link cannot carry', () => {
  it.each([
    ['seed with a space', { seed: 'a b' }],
    ['seed too long', { seed: 'x'.repeat(33) }],
    ['pack id not kebab', { packId: 'Benzema_2022' }],
    ['version not semver', { packVersion: 'v1' }],
    ['negative score', { score: -1 }],
    ['fractional score', { score: 1.5 }],
    ['score too big', { score: 1_000_001 }],
    ['unknown mode', { mode: 'arcade' }],
    ['total zero', { total: 0 }],
  ])('%s', (_label, over) => {
    const r = encodeChallenge({ ...sample, ...(over as Partial<Challenge>) }, BASE);
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('a bad or very long base URL gives a reason, not an exception', () => {
    expect(encodeChallenge(sample, 'not a url')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(encodeChallenge(sample, `https://example.org/${'p'.repeat(500)}`)).toMatchObject({ ok: false, reason: 'too-long' });
  });
});

describe('challenge links: decoding rejects cleanly', () => {
  const good = encodeOk(sample);

  it('says why, with a friendly message', () => {
    const cases: [unknown, ChallengeProblem][] = [
      ['https://example.org/', 'missing'],
      ['https://example.org/?foo=1', 'missing'],
      ['?c=', 'missing'],
      ['', 'missing'],
      [`${BASE}?c=${'A'.repeat(600)}`, 'too-long'],
      ['x'.repeat(MAX_CHALLENGE_CHARS + 1), 'too-long'],
      [withPayload('!!!'), 'malformed'],
      [withPayload('A'), 'malformed'],
      [withPayload(b64('not json')), 'malformed'],
      [withPayload(b64('{"a":1}')), 'malformed'],
      [withPayload(b64('[1,"a"]')), 'malformed'],
      [withPayload(b64('[2,"anything"]')), 'unsupported'],
      [withPayload(Buffer.from([0xff, 0xfe, 0x00]).toString('base64url')), 'malformed'],
      [forged(['benzema-2022', '1.0.0', 'a b', 'classic', 'medium', 1, null, 'Sam']), 'invalid'],
      [forged(['benzema-2022', '1.0.0', 'seed', 'arcade', 'medium', 1, null, 'Sam']), 'invalid'],
      [forged(['benzema-2022', '1.0.0', 'seed', 'classic', 'medium', 5_000_000, null, 'Sam']), 'invalid'],
      [forged(['benzema-2022', '1.0.0', 'seed', 'classic', 'medium', 1.5, null, 'Sam']), 'invalid'],
      [forged(['BAD', '1.0.0', 'seed', 'classic', 'medium', 1, null, 'Sam']), 'invalid'],
      [42, 'malformed'],
      [null, 'malformed'],
    ];
    for (const [input, reason] of cases) {
      const r = decodeChallenge(input as string);
      expect(r, String(input).slice(0, 80)).toMatchObject({ ok: false, reason });
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses oversized input before parsing it', () => {
    const huge = `${good}&pad=${'x'.repeat(1_000_000)}`;
    const started = performance.now();
    expect(decodeChallenge(huge)).toMatchObject({ ok: false, reason: 'too-long' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('detects an edited score as tampered', () => {
    const json = Buffer.from(payloadOf(good), 'base64url').toString('utf8');
    const edited = json.replace('1234', '9999');
    expect(edited).not.toBe(json);
    expect(decodeChallenge(withPayload(b64(edited)))).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('refuses non-canonical encodings of a valid payload', () => {
    const json = Buffer.from(payloadOf(good), 'base64url').toString('utf8');
    expect(decodeChallenge(withPayload(b64(json.replace(',', ', '))))).toMatchObject({ ok: false, reason: 'malformed' });
    expect(decodeChallenge(withPayload(b64(json.replace('"Sam"', '"\\u0053am"'))))).toMatchObject({ ok: false, reason: 'malformed' });
    expect(decodeChallenge(withPayload(`${payloadOf(good)}==`))).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('sanitizes a forged name that carries bidi controls', () => {
    const r = decodeChallenge(forged(['benzema-2022', '1.0.0', 'seed', 'classic', 'medium', 1, null, 'Sam\u202Emada']));
    expect(r).toMatchObject({ ok: true, challenge: { name: 'Sammada' } });
  });

  it('reports packs and versions this build cannot play', () => {
    expect(decodeChallenge(good, { 'other-pack': ['1.0.0'] })).toMatchObject({ ok: false, reason: 'unknown-pack' });
    const r = decodeChallenge(good, { 'benzema-2022': ['1.1.0', '2.0.0'] });
    expect(r).toMatchObject({ ok: false, reason: 'unknown-version', challenge: sample });
    expect(!r.ok && r.message).toMatch(/1\.1\.0, 2\.0\.0.*1\.0\.0/);
    expect(decodeChallenge(good, { 'benzema-2022': ['1.0.0'] })).toEqual({ ok: true, challenge: sample });
    // An id that names an Object.prototype member is still just unknown.
    const proto = encodeOk({ ...sample, packId: 'constructor' });
    expect(decodeChallenge(proto, {})).toMatchObject({ ok: false, reason: 'unknown-pack' });
  });

  it('fuzz: 1,000 truncated or mutated links are all rejected, none throws', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=%&#?. é';
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), ch: fc.constantFrom(...alphabet) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), ch: fc.constantFrom(...alphabet) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), by: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ kind: fc.constant('flip-json' as const), at: fc.nat(), ch: fc.constantFrom(...'0123456789abcXYZ",[]{}:- \\') }),
    );
    let count = 0;
    fc.assert(
      fc.property(challengeArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (c, mutations) => {
        const url = encodeOk(c);
        const original = payloadOf(url);
        let payload = original;
        for (const m of mutations) {
          const i = payload.length ? m.at % payload.length : 0;
          if (m.kind === 'truncate') payload = payload.slice(0, i);
          if (m.kind === 'replace') payload = payload.slice(0, i) + m.ch + payload.slice(i + 1);
          if (m.kind === 'insert') payload = payload.slice(0, i) + m.ch + payload.slice(i);
          if (m.kind === 'delete') payload = payload.slice(0, i) + payload.slice(i + 1);
          if (m.kind === 'swap') {
            const j = Math.min(payload.length - 1, i + m.by);
            const chars = [...payload];
            [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
            payload = chars.join('');
          }
          if (m.kind === 'flip-json') {
            // Edit the decoded JSON text itself, then re-encode: a hand edit of the link's content.
            const json = Buffer.from(payload, 'base64url').toString('utf8');
            const k = json.length ? m.at % json.length : 0;
            payload = b64(json.slice(0, k) + m.ch + json.slice(k + 1));
          }
        }
        fc.pre(payload !== original);
        count++;
        let r: ReturnType<typeof decodeChallenge> | undefined;
        expect(() => (r = decodeChallenge(`${BASE}?c=${payload}`))).not.toThrow();
        expect(r!.ok, payload).toBe(false);
        if (!r!.ok) {
          expect(REASONS).toContain(r!.reason);
          expect(r!.message).toBeTruthy();
        }
      }),
      { numRuns: 1000, seed: 20261101 },
    );
    expect(count).toBeGreaterThanOrEqual(900);
  });
});
