// Whether the leaderboard API is there: asked once through /health, remembered, and asked again
// no sooner than RECHECK_MS after it was found missing, so a page served without the API (vite
// preview, a static host) stays quiet. Every call's outcome updates it.
import type { Failure, LeaderboardClient } from './leaderboard-client';

/** After the API was found missing, ask again no sooner than this. */
export const RECHECK_MS = 30_000;

export interface Reachability {
  /** True when the API answered last time, else asks /health (at most every RECHECK_MS). */
  reachable(): Promise<boolean>;
  /** A call failed: a failure that says "no server" marks the API missing. */
  noteFailure(failure: Failure): void;
  /** A call succeeded. */
  noteUp(): void;
  /** What the last answer said (null: not asked yet). */
  available(): boolean | null;
}

export function createReachability(client: Pick<LeaderboardClient, 'health'>, now: () => number, changed: () => void): Reachability {
  let apiUp: boolean | null = null;
  let lastCheck = -Infinity;
  return {
    async reachable() {
      if (apiUp === true) return true;
      if (apiUp === false && now() - lastCheck < RECHECK_MS) return false;
      lastCheck = now();
      const h = await client.health();
      apiUp = h.ok;
      changed();
      return h.ok;
    },
    noteFailure(f) {
      if (f.kind === 'unavailable' || f.kind === 'network' || f.kind === 'timeout') {
        apiUp = false;
        lastCheck = now();
      }
    },
    noteUp() {
      if (apiUp !== true) {
        apiUp = true;
        changed();
      }
    },
    available: () => apiUp,
  };
}
