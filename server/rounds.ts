// Issuing rounds and re-scoring submissions with the domain. Nothing the client says about its
// score is read: the server rebuilds the questions from the signed run and replays the history.
import { randomBytes } from 'node:crypto';
import { dailySeed, dayOfDailySeed, utcDateOf } from '../src/domain/daily';
import { MODE_RULES, type Mode } from '../src/domain/modes';
import type { Difficulty } from '../src/domain/pack/schema';
import { totalTimeMs, type AnswerRecord } from '../src/domain/round';
import { rescoreRound } from '../src/domain/round-questions';
import type { PackIndex } from './packs';
import type { ScoreEntry, SeedSource } from './repo/types';
import { verifyRun, signRun, type RunClaims } from './tokens';

/** A round cannot be played faster than its questions can be read. */
export const MIN_MS_PER_ANSWER = 1_000;
/** Slack for network and clock jitter on the server-clock floors. */
export const CLOCK_TOLERANCE_MS = 1_500;
/** Relaxed has no timer; one answer still may not claim more than this. */
export const RELAXED_MAX_ANSWER_MS = 10 * 60_000;
/** A token older than this is refused (the longest Survival at 20 s a question fits). */
export const RUN_MAX_AGE_MS = 6 * 3_600_000;

export type Refusal = { status: number; code: string; message: string; problems?: string[] };
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const refuse = (status: number, code: string, message: string, problems?: string[]): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: problems ? { status, code, message, problems } : { status, code, message },
});

export interface IssueRequest {
  packId: string;
  packVersion: string;
  mode: Mode;
  difficulty: Difficulty;
  /** A challenge link's seed; absent for a fresh round (the server picks) and ignored for the Daily. */
  seed?: string | undefined;
}

export function issueRun(packs: PackIndex, secret: Buffer, req: IssueRequest, now: number): Outcome<{ claims: RunClaims; token: string }> {
  if (!packs.get(req.packId, req.packVersion)) return refuse(404, 'unknown-pack', `no pack ${req.packId}@${req.packVersion} on this server`);
  let seed: string;
  let seedSource: SeedSource;
  if (req.mode === 'daily') {
    seed = dailySeed(req.packId, utcDateOf(new Date(now)));
    seedSource = 'daily';
  } else if (req.seed !== undefined) {
    seed = req.seed;
    seedSource = 'client';
  } else {
    seed = randomBytes(6).toString('hex');
    seedSource = 'server';
  }
  const claims: RunClaims = { runId: randomBytes(12).toString('base64url'), packId: req.packId, packVersion: req.packVersion, seed, seedSource, mode: req.mode, difficulty: req.difficulty, issuedAt: now };
  return { ok: true, value: { claims, token: signRun(secret, claims) } };
}

export type SubmittedAnswer = Pick<AnswerRecord, 'questionId' | 'chosen' | 'timeMs' | 'lifelines'>;

export interface Verified {
  claims: RunClaims;
  score: number;
  timeMs: number;
  correct: number;
  answered: number;
  dailyDay: string | null;
}

/** Checks a submission against the token, the clock and the domain's replay. Pure given `now`. */
export function verifySubmission(packs: PackIndex, secret: Buffer, token: string, history: readonly SubmittedAnswer[], now: number): Outcome<Verified> {
  const claims = verifyRun(secret, token);
  if (!claims) return refuse(401, 'bad-token', 'the run token is not one this server issued, or it was edited');
  const age = now - claims.issuedAt;
  if (age > RUN_MAX_AGE_MS) return refuse(410, 'run-expired', 'this run was issued too long ago to be submitted');
  const pack = packs.get(claims.packId, claims.packVersion);
  if (!pack) return refuse(422, 'unknown-pack', `the pack ${claims.packId}@${claims.packVersion} is no longer on this server`);

  const limit = MODE_RULES[claims.mode].timeLimitMs ?? RELAXED_MAX_ANSWER_MS;
  const badTime = history.findIndex((a) => !Number.isInteger(a.timeMs) || a.timeMs < 0 || a.timeMs > limit);
  if (badTime >= 0) return refuse(422, 'answer-time-out-of-bounds', `answer ${badTime + 1}: a time must be a whole number of ms from 0 to ${limit}`);

  const { state, problems } = rescoreRound(pack, { packId: claims.packId, packVersion: claims.packVersion, seed: claims.seed, mode: claims.mode, difficulty: claims.difficulty }, history);
  if (problems.length > 0) return refuse(422, 'history-does-not-fit', 'the answers do not fit the round this run was issued for', problems);
  const outOfLives = state.lives !== null && state.lives <= 0;
  if (state.history.length === 0 || (!outOfLives && state.history.length < state.questions.length)) {
    return refuse(422, 'round-not-finished', 'only a finished round goes on the boards');
  }

  // Server-clock floors: the submit must come after the issue time plus what the answers took,
  // and at least MIN_MS_PER_ANSWER a question, whatever the client claims.
  const spent = totalTimeMs(state);
  const floor = Math.max(spent, state.history.length * MIN_MS_PER_ANSWER) - CLOCK_TOLERANCE_MS;
  if (age < floor) return refuse(422, 'too-fast', `this round was submitted ${age} ms after it was issued; it cannot have taken less than ${floor} ms`);

  const dailyDay = claims.mode === 'daily' ? dayOfDailySeed(claims.seed) : null;
  return { ok: true, value: { claims, score: state.score, timeMs: spent, correct: state.correctCount, answered: state.history.length, dailyDay } };
}

/** ISO 8601 week of a moment, UTC: '2026-W49' (weeks start on Monday; week 1 holds a Thursday). */
export function isoWeekOf(ms: number): string {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function toEntry(v: Verified, name: string, deviceHash: string, now: number): ScoreEntry {
  const c = v.claims;
  return {
    runId: c.runId,
    packId: c.packId,
    packVersion: c.packVersion,
    seed: c.seed,
    seedSource: c.seedSource,
    mode: c.mode,
    difficulty: c.difficulty,
    score: v.score,
    timeMs: v.timeMs,
    correct: v.correct,
    answered: v.answered,
    name,
    deviceHash,
    week: isoWeekOf(now),
    dailyDay: v.dailyDay,
    createdAt: now,
  };
}
