// What every route plugin is handed: the repository, the packs, the secret, the clock and the
// per-route rate limits (a route's `config.rateLimit`).
import type { CpuTurns } from '../http/cpu-turns';
import type { PackIndex } from '../packs';
import type { LeaderboardRepo } from '../repo/types';
import type { RoundQuestions } from '../round-cache';

export interface Limits {
  issue: number;
  submit: number;
  read: number;
  /** New player identities per address per hour. */
  players: number;
  /** Shared packs posted per address per hour. */
  packs: number;
}

export interface RouteContext {
  repo: LeaderboardRepo;
  packs: PackIndex;
  secret: Buffer;
  now: () => number;
  adminToken?: string | undefined;
  /** Where CPU-heavy request work runs: a few jobs per turn of the event loop. */
  cpu: CpuTurns;
  /** The questions of a round (generated once per round, then kept). */
  rounds: RoundQuestions;
  /** `config` for a route limited to `max` calls per window (0: no limit, for the loopback bench). */
  limit(kind: keyof Limits): { rateLimit: { max: number; timeWindow: number } | false };
}
