// Challenge links: "play the round I played, and beat my score". The link carries the pack id
// AND version, the seed, mode and difficulty — everything questionsForRound needs to rebuild the
// same questions — plus the challenger's name and score.
//
// A score in a link is a claim, not proof: anyone can compute the checksum below (it is in this
// public code). The checksum only catches casual edits and damaged links ("tampered"); a future
// leaderboard server re-scores a submitted history with replayRound before believing anything.
//
// Format: `?c=<base64url(JSON array)>`, the array being
//   [1, packId, packVersion, seed, mode, difficulty, score, total|null, name, checksum]
// JSON keeps names in any script safe without an escaping scheme of our own; the array keeps it
// short. Decoding is strict — canonical base64url, canonical JSON, exact field rules — so any
// mutation of the payload is rejected, and it never throws.
import { PACK_ID_PATTERN } from '../domain/pack/pack-id';
import * as v from 'valibot';
import { cyrb128 } from '../domain/rng';
import { MODES, type Mode } from '../domain/modes';
import { DIFFICULTIES, type Difficulty } from '../domain/difficulty';
import { MAX_NAME_UNITS, sanitizePlayerName, splitGraphemes } from '../domain/player-name';

export const CHALLENGE_PARAM = 'c';
export const CHALLENGE_FORMAT = 1;
/** Inputs longer than this are refused before any parsing; encodeChallenge keeps whole URLs within it. */
export const MAX_CHALLENGE_CHARS = 512;
export const MAX_CHALLENGE_SCORE = 1_000_000;
/** Seeds a link can carry. Round seeds must match this to be shareable (dailySeed's do). */
export const CHALLENGE_SEED_RE = /^[A-Za-z0-9_-]{1,32}$/;

export interface Challenge {
  packId: string;
  packVersion: string;
  seed: string;
  mode: Mode;
  difficulty: Difficulty;
  /** Clean (sanitizePlayerName): render as text only. */
  name: string;
  /** The challenger's claimed score. */
  score: number;
  /** How many questions the challenger answered, if known. */
  total?: number;
}

export type ChallengeProblem =
  | 'missing'
  | 'too-long'
  | 'malformed'
  | 'unsupported'
  | 'tampered'
  | 'invalid'
  | 'unknown-pack'
  | 'unknown-version';

export type DecodeResult =
  | { ok: true; challenge: Challenge }
  | {
      ok: false;
      reason: ChallengeProblem;
      /** Friendly text the UI can show as is. */
      message: string;
      /** For 'unknown-version' only: the valid challenge, so the UI can offer the current version instead. */
      challenge?: Challenge;
    };

export type EncodeResult = { ok: true; url: string } | { ok: false; reason: 'invalid' | 'too-long'; message: string };

/** Pack ids this build has, each with the versions it can play. */
export type KnownPacks = Readonly<Record<string, readonly string[]>>;

const MESSAGES: Record<ChallengeProblem, string> = {
  missing: 'This link has no challenge in it.',
  'too-long': 'This challenge link is too long to be one of ours.',
  malformed: 'This challenge link is damaged. Ask your friend to send it again.',
  unsupported: 'This challenge link comes from a newer version of the game. Try reloading the page.',
  tampered: 'This challenge link has been changed since it was made, so it can’t be used.',
  invalid: 'This challenge link is not valid.',
  'unknown-pack': 'This challenge is for a question pack this game doesn’t have.',
  'unknown-version': 'This challenge was made with a different version of the questions.',
};

const PackId = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(PACK_ID_PATTERN));
const PackVersion = v.pipe(v.string(), v.regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/));

const ChallengeSchema = v.object({
  packId: PackId,
  packVersion: PackVersion,
  seed: v.pipe(v.string(), v.regex(CHALLENGE_SEED_RE)),
  mode: v.picklist(MODES),
  difficulty: v.picklist(DIFFICULTIES),
  name: v.pipe(v.string(), v.maxLength(MAX_NAME_UNITS)),
  score: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_CHALLENGE_SCORE)),
  total: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(1000))),
});

/** Only the primitive types, checked before the checksum; the exact rules come after it. */
const PayloadShape = v.strictTuple([
  v.literal(CHALLENGE_FORMAT),
  v.string(),
  v.string(),
  v.string(),
  v.string(),
  v.string(),
  v.number(),
  v.nullable(v.number()),
  v.string(),
  v.string(),
]);

type Fields = [string, string, string, string, string, number, number | null, string];

function checksum(fields: Fields): string {
  const [h] = cyrb128(`football-trivia/challenge/${CHALLENGE_FORMAT}\u001f${fields.map(String).join('\u001f')}`);
  return h.toString(36).padStart(7, '0');
}

/** The checksum a link carries for these fields (public on purpose: it detects edits, it proves nothing). */
export function challengeChecksum(c: Challenge): string {
  return checksum([c.packId, c.packVersion, c.seed, c.mode, c.difficulty, c.score, c.total ?? null, c.name]);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null unless `payload` is canonical base64url of valid UTF-8. */
function fromBase64Url(payload: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || payload.length % 4 === 1) return null;
  const padded = payload.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (payload.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // Unused low bits in the last character would let two payloads mean the same: refuse all but one.
  return toBase64Url(text) === payload ? text : null;
}

function fail(reason: ChallengeProblem, message = MESSAGES[reason], challenge?: Challenge): DecodeResult {
  return challenge ? { ok: false, reason, message, challenge } : { ok: false, reason, message };
}

function payloadFor(c: Challenge): string {
  const fields: Fields = [c.packId, c.packVersion, c.seed, c.mode, c.difficulty, c.score, c.total ?? null, c.name];
  return toBase64Url(JSON.stringify([CHALLENGE_FORMAT, ...fields, checksum(fields)]));
}

/**
 * Make a challenge link from `baseUrl` (the game's page; its other query parameters are kept, its
 * #hash dropped). The name is sanitized, and shortened if needed to keep the whole URL within
 * MAX_CHALLENGE_CHARS. Never throws: a field outside the rules (e.g. a seed a link cannot carry)
 * gives { ok: false } and the UI simply offers no link.
 */
export function encodeChallenge(challenge: Challenge, baseUrl: string | URL): EncodeResult {
  try {
    const parsed = v.safeParse(ChallengeSchema, { ...challenge, name: sanitizePlayerName(challenge.name) });
    if (!parsed.success) {
      const where = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.') ?? 'challenge';
      return { ok: false, reason: 'invalid', message: `cannot make a challenge link: bad ${where}` };
    }
    const clean: Challenge = { ...parsed.output };
    if (clean.total === undefined) delete clean.total;
    const url = new URL(String(baseUrl));
    url.hash = '';
    // Long emoji names cost many bytes: drop characters from the end until the link fits.
    const graphemes = splitGraphemes(clean.name);
    for (let keep = graphemes.length; keep >= 1; keep--) {
      const name = keep === graphemes.length ? clean.name : sanitizePlayerName(graphemes.slice(0, keep).join(''));
      url.searchParams.set(CHALLENGE_PARAM, payloadFor({ ...clean, name }));
      const text = url.toString();
      if (text.length <= MAX_CHALLENGE_CHARS) return { ok: true, url: text };
    }
    return { ok: false, reason: 'too-long', message: 'cannot make a challenge link: the page address is too long' };
  } catch {
    return { ok: false, reason: 'invalid', message: 'cannot make a challenge link: bad base URL' };
  }
}

/** The raw `c` value from a full URL, a search string ('?c=…' or 'c=…'), or null. */
function extractPayload(input: string): string | null {
  const q = input.indexOf('?');
  let search = q >= 0 ? input.slice(q + 1) : input;
  const hash = search.indexOf('#');
  if (hash >= 0) search = search.slice(0, hash);
  return new URLSearchParams(search).get(CHALLENGE_PARAM);
}

function decode(input: unknown, knownPacks: KnownPacks | undefined): DecodeResult {
  if (typeof input !== 'string') return fail('malformed');
  if (input.length > MAX_CHALLENGE_CHARS) return fail('too-long');
  const payload = extractPayload(input);
  if (payload === null || payload === '') return fail('missing');

  const json = fromBase64Url(payload);
  if (json === null) return fail('malformed');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('malformed');
  }
  // Canonical JSON only: spaces or escapes added by hand are a different link.
  if (JSON.stringify(data) !== json) return fail('malformed');
  if (Array.isArray(data) && typeof data[0] === 'number' && data[0] !== CHALLENGE_FORMAT) return fail('unsupported');

  const shape = v.safeParse(PayloadShape, data);
  if (!shape.success) return fail('malformed');
  const [, packId, packVersion, seed, mode, difficulty, score, total, name, sum] = shape.output;
  const fields: Fields = [packId, packVersion, seed, mode, difficulty, score, total, name];
  if (checksum(fields) !== sum) return fail('tampered');

  const parsed = v.safeParse(ChallengeSchema, { packId, packVersion, seed, mode, difficulty, name, score, total: total ?? undefined });
  if (!parsed.success) return fail('invalid');
  const challenge: Challenge = { ...parsed.output, name: sanitizePlayerName(parsed.output.name) };
  if (challenge.total === undefined) delete challenge.total;

  if (knownPacks) {
    const versions = Object.hasOwn(knownPacks, packId) ? knownPacks[packId] : undefined;
    if (!Array.isArray(versions)) return fail('unknown-pack', `${MESSAGES['unknown-pack']} (“${packId}”)`);
    if (!versions.includes(packVersion)) {
      const have = versions.length ? ` This game has ${versions.join(', ')}; the challenge needs ${packVersion}, so the questions would not match.` : '';
      return fail('unknown-version', `${MESSAGES['unknown-version']}${have}`, challenge);
    }
  }
  return { ok: true, challenge };
}

/**
 * Read a challenge from a URL or a search string (pass `location.search`). Never throws; every
 * failure has a reason and a friendly message. With `knownPacks`, a pack or version this build
 * cannot play is reported as 'unknown-pack' / 'unknown-version' (the latter with the challenge).
 */
export function decodeChallenge(input: string | URL, knownPacks?: KnownPacks): DecodeResult {
  try {
    return decode(input instanceof URL ? input.href : input, knownPacks);
  } catch {
    return fail('malformed');
  }
}
