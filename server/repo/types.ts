// What the leaderboard stores and asks, whatever database holds it.
import type { Difficulty } from '../../src/domain/pack/schema';
import type { Mode } from '../../src/domain/modes';

export type SeedSource = 'server' | 'daily' | 'client';

/** Which round a run is: what a token signs and what a stored score keeps. */
export interface RunIdentity {
  runId: string;
  packId: string;
  packVersion: string;
  seed: string;
  seedSource: SeedSource;
  mode: Mode;
  difficulty: Difficulty;
}

export interface ScoreEntry extends RunIdentity {
  score: number;
  timeMs: number;
  correct: number;
  answered: number;
  name: string;
  deviceHash: string;
  /** ISO week of acceptance, '2026-W49'. */
  week: string;
  /** The Daily's UTC day, null for other modes. */
  dailyDay: string | null;
  createdAt: number;
}

export type BoardQuery =
  | { period: 'all'; packId: string; mode: Mode; difficulty: Difficulty }
  | { period: 'week'; packId: string; mode: Mode; difficulty: Difficulty; week: string }
  | { period: 'daily'; packId: string; difficulty: Difficulty; day: string }
  | { period: 'challenge'; packId: string; packVersion: string; seed: string; mode: Mode; difficulty: Difficulty };

/** What a board shows of an entry: no device hash, no seed. */
export interface BoardRow {
  rank: number;
  runId: string;
  name: string;
  score: number;
  timeMs: number;
  correct: number;
  answered: number;
  createdAt: number;
}

export type InsertResult = 'ok' | 'replayed' | 'daily-taken';

/** A board as GET /api/boards shows it: the top, and with a run, its row and the rows around it. */
export interface BoardRead {
  top: BoardRow[];
  you: BoardRow | null;
  around: BoardRow[];
}

export interface ScoreRepo {
  insert(entry: ScoreEntry): Promise<InsertResult>;
  top(query: BoardQuery, limit: number): Promise<BoardRow[]>;
  /** The entry's row on this board (with its rank), or null if it is not on it. */
  rankOf(query: BoardQuery, runId: string): Promise<BoardRow | null>;
  /** Rows from rank `from` (1-based), `count` of them. */
  slice(query: BoardQuery, from: number, count: number): Promise<BoardRow[]>;
  /** Up to `n` rows either side of `you` (a row rankOf returned), with `you` in the middle. */
  around(query: BoardQuery, you: BoardRow, n: number): Promise<BoardRow[]>;
  /** top(limit), and for `runId` rankOf and around(n), read together (two trips to the database). */
  board(query: BoardQuery, limit: number, runId: string | null, n: number): Promise<BoardRead>;
  get(runId: string): Promise<ScoreEntry | null>;
  /** A player's own delete: hides their entries and forgets their name. Returns how many. */
  removeByDevice(deviceHash: string): Promise<number>;
  /** Moderation: hide (or show again) one entry. False if there is no such run. */
  setHidden(runId: string, hidden: boolean): Promise<boolean>;
  count(): Promise<number>;
  /** Counts one call for a rate-limit key in fixed windows of `windowMs`; the count and its window's start. */
  hit(key: string, windowMs: number, now: number): Promise<{ count: number; windowStart: number }>;
  /** Rewrites one row: throws when the database cannot take writes (health reports it). */
  probeWrite(now: number): Promise<void>;
  close(): Promise<void>;
}

/** One question of a run on the server's clock. */
export interface RunMark {
  idx: number;
  revealedAt: number;
  answeredAt: number | null;
  questionId: string | null;
  chosen: number | null;
  lifelines: string[];
}

export type RevealResult = { ok: true; revealedAt: number } | { ok: false; why: 'out-of-order' | 'refused' };
export type AnswerResult = { ok: true; answeredAt: number; revealedAt: number } | { ok: false; why: 'not-revealed' | 'already-answered' | 'refused' };

export interface RunClockRepo {
  /** Stamps question `idx` as revealed now (idempotent: a second call returns the first stamp). */
  reveal(runId: string, idx: number, now: number): Promise<RevealResult>;
  answer(runId: string, idx: number, a: { questionId: string; chosen: number | null; lifelines: readonly string[] }, now: number): Promise<AnswerResult>;
  marks(runId: string): Promise<RunMark[]>;
  /** Remembers that a run was refused for what it holds; the first refusal's code wins. */
  refuseRun(runId: string, code: string, now: number): Promise<void>;
  refusalOf(runId: string): Promise<string | null>;
  /** Where a run stands: still open, refused (with the first refusal's code), or on the board. */
  runState(runId: string): Promise<RunState>;
  /** runState and marks, read together (one trip): what a submission needs before re-scoring. */
  runRecord(runId: string): Promise<{ state: RunState; marks: RunMark[] }>;
}

export type RunState = { state: 'open' } | { state: 'refused'; code: string } | { state: 'accepted' };

export type PutPackResult = 'created' | 'exists' | 'taken';

export interface SharedPackRepo {
  /** Stores a pack's text under its id; 'taken' when the id holds another text (a prefix collision). */
  putPack(id: string, body: string, now: number): Promise<PutPackResult>;
  getPack(id: string): Promise<string | null>;
}

export type LeaderboardRepo = ScoreRepo & RunClockRepo & SharedPackRepo;
