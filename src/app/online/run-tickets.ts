// Run tickets: the server owns a ranked round's seed, so a Classic/Survival/Relaxed round counts
// only if its ticket was fetched before it started (ahead, for the menu's current choice). A
// Daily or a challenge link knows its seed, and asks for its run alongside play.
import type { BoardKey } from '../../state/online-store';
import type { IssuedRun, LeaderboardClient } from './leaderboard-client';
import type { Reachability } from './reachability';

/** The server refuses runs older than 6 h; stop using or retrying ours a little before. */
export const RUN_LIFETIME_MS = 6 * 3_600_000 - 10 * 60_000;
/** A ticket fetched ahead is replaced once it is this old (a round must still fit in its life). */
export const TICKET_FRESH_MS = 4 * 3_600_000;
/** A ticket older than this is not spent on a new round (the round must end inside its life). */
const TICKET_USABLE_MS = RUN_LIFETIME_MS - 30 * 60_000;

export interface Ticket {
  run: IssuedRun;
  receivedAt: number;
  board: BoardKey;
  /** A seed the client chose (a challenge link): the run counts on its challenge board only. */
  clientSeed: boolean;
}

type TableKey = Pick<BoardKey, 'packId' | 'packVersion' | 'mode' | 'difficulty'>;
export const tableKeyOf = (b: TableKey) => `${b.packId}@${b.packVersion}|${b.mode}|${b.difficulty}`;

export interface RunTickets {
  /** Ask the server for a run now (null: no server, or it said no). */
  issue(board: BoardKey, clientSeed: boolean): Promise<Ticket | null>;
  /** Fetch a ticket for this table unless a fresh one is in or on its way; resolves when it is in (or not). */
  prefetch(table: TableKey): Promise<void>;
  /** Spend the ticket fetched ahead for this table (one ticket, one round), or null. */
  take(table: TableKey): Ticket | null;
}

export function createRunTickets(client: Pick<LeaderboardClient, 'issueRun'>, reach: Reachability, now: () => number): RunTickets {
  const ahead = new Map<string, Ticket>();
  const inflight = new Map<string, Promise<void>>();

  const issue = async (board: BoardKey, clientSeed: boolean): Promise<Ticket | null> => {
    if (!(await reach.reachable())) return null;
    const r = await client.issueRun({ packId: board.packId, packVersion: board.packVersion, mode: board.mode, difficulty: board.difficulty, ...(clientSeed ? { seed: board.seed } : {}) });
    if (!r.ok) {
      reach.noteFailure(r.failure);
      return null;
    }
    reach.noteUp();
    return { run: r.value, receivedAt: now(), board: { ...board, seed: r.value.seed }, clientSeed };
  };

  return {
    issue,
    prefetch(table) {
      const key = tableKeyOf(table);
      const have = ahead.get(key);
      if (have && now() - have.receivedAt < TICKET_FRESH_MS) return Promise.resolve();
      const running = inflight.get(key);
      if (running) return running;
      const job = issue({ ...table, seed: '' }, false)
        .then((t) => {
          if (t) ahead.set(key, t);
        })
        .finally(() => inflight.delete(key));
      inflight.set(key, job);
      return job;
    },
    take(table) {
      const key = tableKeyOf(table);
      const t = ahead.get(key);
      if (!t || now() - t.receivedAt > TICKET_USABLE_MS) return null;
      ahead.delete(key);
      return t;
    },
  };
}
