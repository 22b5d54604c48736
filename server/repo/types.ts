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

export interface ScoreRepo {
  insert(entry: ScoreEntry): Promise<InsertResult>;
  top(query: BoardQuery, limit: number): Promise<BoardRow[]>;
  /** The entry's row on this board (with its rank), or null if it is not on it. */
  rankOf(query: BoardQuery, runId: string): Promise<BoardRow | null>;
  /** Rows from rank `from` (1-based), `count` of them. */
  slice(query: BoardQuery, from: number, count: number): Promise<BoardRow[]>;
  get(runId: string): Promise<ScoreEntry | null>;
  /** A player's own delete: hides their entries and forgets their name. Returns how many. */
  removeByDevice(deviceHash: string): Promise<number>;
  /** Moderation: hide (or show again) one entry. False if there is no such run. */
  setHidden(runId: string, hidden: boolean): Promise<boolean>;
  count(): Promise<number>;
  close(): Promise<void>;
}
