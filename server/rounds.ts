// Issuing rounds and re-scoring submissions with the domain. Nothing the client says about its
// score is read: the server rebuilds the questions from the signed run and replays the history.
import { createHmac, randomBytes } from 'node:crypto';
import { dailySeed, dayOfDailySeed, utcDateOf } from '../src/domain/daily';
import { DIFFICULTIES } from '../src/domain/difficulty';
import { MODE_RULES, MODES, type Mode } from '../src/domain/modes';
import type { Difficulty } from '../src/domain/pack/schema';
import { replayRound, totalTimeMs, type AnswerRecord } from '../src/domain/round';
import { DAILY_PACK_ID, dailyRoundSeed, dailyVersion } from '../src/domain/daily-round';
import type { PackIndex } from './packs';
import { generateRoundQuestions, type RoundQuestions } from './round-cache';
import type { RunMark, ScoreEntry, SeedSource } from './repo/types';
import type { Refusal, RefusalCode } from './http/reply';
import { verifyRun, signRun, type RunClaims } from './tokens';

/** A round cannot be played faster than its questions can be read. */
export const MIN_MS_PER_ANSWER = 1_000;
/** Slack for network and clock jitter on the server-clock floors. */
export const CLOCK_TOLERANCE_MS = 1_500;
/** Relaxed has no timer; one answer still may not claim more than this. */
export const RELAXED_MAX_ANSWER_MS = 10 * 60_000;
/** A token older than this is refused (the longest Survival at 20 s a question fits). */
export const RUN_MAX_AGE_MS = 6 * 3_600_000;
/**
 * The server's clock starts the time bonus this long after it revealed a question: reading the
 * question and its options, and the network both ways, cost a fast human about this much. A bot
 * that answers at once gets the full bonus, and so does a person who answers within it: a tie.
 */
export const READING_FLOOR_MS = 3_000;

export type { Refusal } from './http/reply';
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const refuse = (status: number, code: RefusalCode, message: string, problems?: string[]): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: problems ? { status, code, message, problems } : { status, code, message },
});
/** A refusal for what the run holds: it is remembered, so the run cannot be tried again with another history. */
const burn = (status: number, code: RefusalCode, message: string, problems?: string[]): { ok: false; refusal: Refusal } => {
  const r = refuse(status, code, message, problems);
  r.refusal.burns = true;
  return r;
};

/**
 * The seed every ranked run of one board shares for one ISO week: a new ticket cannot buy a luckier
 * round. Keyed with the secret so nobody can compute next week's round ahead.
 */
export function periodSeed(secret: Buffer, req: Pick<IssueRequest, 'packId' | 'packVersion' | 'mode' | 'difficulty'>, now: number): string {
  const key = `seed.v1:${req.packId}@${req.packVersion}|${req.mode}|${req.difficulty}|${isoWeekOf(now)}`;
  return `w${createHmac('sha256', secret).update(key).digest('hex').slice(0, 12)}`;
}

export interface IssueRequest {
  packId: string;
  packVersion: string;
  mode: Mode;
  difficulty: Difficulty;
  /** A challenge link's seed; absent for a fresh round (the server picks) and ignored for the Daily. */
  seed?: string | undefined;
}

/** The Daily across packs ('daily', its version naming every pack's) is a round this server plays
 *  only as a Daily and only on the very packs it holds. */
const isDailyAcrossPacks = (packId: string) => packId === DAILY_PACK_ID;
function knowsRound(packs: PackIndex, packId: string, packVersion: string, mode: Mode): boolean {
  if (isDailyAcrossPacks(packId)) return mode === 'daily' && packVersion === dailyVersion(packs.all());
  return !!packs.get(packId, packVersion);
}

export function issueRun(packs: PackIndex, secret: Buffer, req: IssueRequest, now: number): Outcome<{ claims: RunClaims; token: string }> {
  if (!knowsRound(packs, req.packId, req.packVersion, req.mode)) return refuse(404, 'unknown-pack', `no pack ${req.packId}@${req.packVersion} on this server`);
  let seed: string;
  let seedSource: SeedSource;
  if (req.mode === 'daily') {
    const day = utcDateOf(new Date(now));
    seed = isDailyAcrossPacks(req.packId) ? dailyRoundSeed(day) : dailySeed(req.packId, day);
    seedSource = 'daily';
  } else if (req.seed !== undefined) {
    seed = req.seed;
    seedSource = 'client';
  } else {
    seed = periodSeed(secret, req, now);
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

/** The claims of a token this server signed, checked against what this server knows. */
export function checkRun(packs: PackIndex, secret: Buffer, token: string, now: number): Outcome<RunClaims> {
  const claims = verifyRun(secret, token);
  if (!claims) return refuse(401, 'bad-token', 'the run token is not one this server issued, or it was edited');
  // Signed by us but not a round this server plays (a token from another version of it).
  if (!(MODES as readonly string[]).includes(claims.mode) || !(DIFFICULTIES as readonly string[]).includes(claims.difficulty)) {
    return refuse(422, 'unknown-mode', `this server has no ${String(claims.mode)} round at ${String(claims.difficulty)}`);
  }
  if (now - claims.issuedAt > RUN_MAX_AGE_MS) return refuse(410, 'run-expired', 'this run was issued too long ago to be submitted');
  if (!knowsRound(packs, claims.packId, claims.packVersion, claims.mode)) return refuse(422, 'unknown-pack', `the pack ${claims.packId}@${claims.packVersion} is no longer on this server`);
  return { ok: true, value: claims };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The history the server scores: the client's choices, checked against what the server recorded
 * at each answer checkpoint, with times from the server's clock. A question without checkpoints
 * earns no time bonus (its time is the whole limit): a claimed time is never read.
 */
function clockedHistory(mode: Mode, history: readonly SubmittedAnswer[], marks: readonly RunMark[]): { history: SubmittedAnswer[]; problems: string[] } {
  const limit = MODE_RULES[mode].timeLimitMs ?? RELAXED_MAX_ANSWER_MS;
  const problems: string[] = [];
  const answered = marks.filter((m) => m.answeredAt !== null);
  if (answered.length > history.length) problems.push(`the server recorded ${answered.length} answers, the submission has ${history.length}`);
  const out = history.map((a, i): SubmittedAnswer => {
    const mark = marks.find((m) => m.idx === i);
    if (!mark || mark.answeredAt === null) return { ...a, timeMs: limit };
    if (mark.questionId !== a.questionId || mark.chosen !== a.chosen || !sameSet(mark.lifelines, a.lifelines)) {
      problems.push(`answer ${i + 1}: not the answer the server recorded for that question`);
    }
    return { questionId: mark.questionId ?? a.questionId, chosen: mark.chosen, lifelines: mark.lifelines as SubmittedAnswer['lifelines'], timeMs: Math.max(0, mark.answeredAt - mark.revealedAt - READING_FLOOR_MS) };
  });
  return { history: out, problems };
}

/**
 * Checks a submission against the token, the server's clock and the domain's replay. Pure given
 * `now` and the marks. `questionsOf` gives the round's questions (the server passes its round
 * cache; the result is the same either way).
 */
export function verifySubmission(packs: PackIndex, secret: Buffer, token: string, submitted: readonly SubmittedAnswer[], marks: readonly RunMark[], now: number, questionsOf: RoundQuestions = (c) => generateRoundQuestions(packs, c)): Outcome<Verified> {
  const run = checkRun(packs, secret, token, now);
  if (!run.ok) return run;
  const claims = run.value;
  const age = now - claims.issuedAt;

  const limit = MODE_RULES[claims.mode].timeLimitMs ?? RELAXED_MAX_ANSWER_MS;
  const badTime = submitted.findIndex((a) => !Number.isInteger(a.timeMs) || a.timeMs < 0 || a.timeMs > limit);
  if (badTime >= 0) return burn(422, 'answer-time-out-of-bounds', `answer ${badTime + 1}: a time must be a whole number of ms from 0 to ${limit}`);
  // Each lifeline once a round: the reducer would skip a second use, and its points with it.
  const lifelines = submitted.flatMap((a) => a.lifelines);
  if (new Set(lifelines).size !== lifelines.length) return burn(422, 'lifeline-reused', 'a lifeline was used more than once in this round');

  const clocked = clockedHistory(claims.mode, submitted, marks);
  if (clocked.problems.length > 0) return burn(422, 'history-does-not-fit', 'the answers are not the ones the server recorded during the round', clocked.problems);
  const config = { packId: claims.packId, packVersion: claims.packVersion, seed: claims.seed, mode: claims.mode, difficulty: claims.difficulty };
  const { state, problems } = replayRound(config, questionsOf(config), clocked.history);
  if (problems.length > 0) return burn(422, 'history-does-not-fit', 'the answers do not fit the round this run was issued for', problems);
  const outOfLives = state.lives !== null && state.lives <= 0;
  if (state.history.length === 0 || (!outOfLives && state.history.length < state.questions.length)) {
    return burn(422, 'round-not-finished', 'only a finished round goes on the boards');
  }

  // However it was timed, a round cannot reach the server faster than its questions can be read.
  const floor = state.history.length * MIN_MS_PER_ANSWER - CLOCK_TOLERANCE_MS;
  if (age < floor) return burn(422, 'too-fast', `this round was submitted ${age} ms after it was issued; it cannot have taken less than ${floor} ms`);

  const dailyDay = claims.mode === 'daily' ? dayOfDailySeed(claims.seed) : null;
  return { ok: true, value: { claims, score: state.score, timeMs: totalTimeMs(state), correct: state.correctCount, answered: state.history.length, dailyDay } };
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
    // The week the run was issued in: its seed is that week's (a run finished after midnight on Sunday stays on its board).
    week: isoWeekOf(c.issuedAt),
    dailyDay: v.dailyDay,
    createdAt: now,
  };
}
