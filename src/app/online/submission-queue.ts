// Sending finished rounds, and the persisted queue of those that could not be sent: retried at
// start, on `online`, and with backoff (5 s, 10 s, 20 s … 5 min) until the run expires; a refusal
// ends the retries with the server's reason.
import type { OnlineStore, PendingSubmission } from '../../state/online-store';
import { failureMessage, isRetryable, type Accepted, type LeaderboardClient, type Result } from './leaderboard-client';
import type { Reachability } from './reachability';

export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 5 * 60_000;

/** Retry delay after `attempts` failed tries: 5 s, 10 s, 20 s … up to 5 min. */
export const backoffMs = (attempts: number): number => Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts));

export interface SubmissionQueueDeps {
  client: Pick<LeaderboardClient, 'newPlayer' | 'submit'>;
  store: OnlineStore;
  reach: Reachability;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** A toast for the player. */
  notice(text: string): void;
  /** A waiting submission landed; resolves with its rank, when the board could be read. */
  landed(p: PendingSubmission, accepted: Accepted): Promise<{ rank: number } | null>;
  /** The server refused a waiting submission (no more retries). */
  refused(p: PendingSubmission, message: string): void;
}

export interface SubmissionQueue {
  /** Send one submission now (asking for a player id first if this device has none). */
  send(p: PendingSubmission): Promise<Result<Accepted>>;
  /** Keep a submission to retry after a failed send; false when it could not be saved on this device. */
  enqueue(p: PendingSubmission): boolean;
  /** Try every waiting submission (only those due, unless forced). */
  flush(force?: boolean): Promise<void>;
  pendingCount(): number;
  dispose(): void;
}

export function createSubmissionQueue(deps: SubmissionQueueDeps): SubmissionQueue {
  const { client, store, reach, now } = deps;
  let timer: unknown = null;
  let flushing: Promise<void> | null = null;

  const schedule = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    const pending = store.getState().pending;
    if (pending.length === 0) return;
    const next = Math.min(...pending.map((p) => p.nextAt));
    timer = deps.setTimer(() => {
      timer = null;
      void queue.flush();
    }, Math.max(1_000, next - now()));
  };

  /** The player id the server issued, asked for once and kept. */
  const playerId = async (): Promise<Result<string>> => {
    const have = store.getState().playerId;
    if (have) return { ok: true, value: have };
    const r = await client.newPlayer();
    if (r.ok) store.getState().setPlayerId(r.value);
    return r;
  };
  const send = async (p: PendingSubmission, retried = false): Promise<Result<Accepted>> => {
    const id = await playerId();
    if (!id.ok) return id;
    const r = await client.submit({ token: p.token, name: p.name, deviceId: id.value, history: p.history });
    // The server no longer knows this id (its secret changed): ask for a new one, once.
    if (!r.ok && r.failure.kind === 'refused' && r.failure.code === 'unknown-player' && !retried) {
      store.getState().setPlayerId(null);
      return send(p, true);
    }
    return r;
  };

  const flushOnce = async (force: boolean) => {
    for (const p of [...store.getState().pending]) {
      if (p.expiresAt <= now()) {
        store.getState().remove(p.runId);
        deps.notice(`A waiting score (${p.label}) could not be sent within 6 hours and was dropped.`);
        continue;
      }
      if (!force && p.nextAt > now()) continue;
      const r = await send(p);
      if (r.ok) {
        store.getState().remove(p.runId);
        reach.noteUp();
        const board = await deps.landed(p, r.value);
        deps.notice(`Your waiting score (${p.label}) is on the online board${board ? `: #${board.rank}` : ''}.`);
      } else if (isRetryable(r.failure)) {
        reach.noteFailure(r.failure);
        store.getState().reschedule(p.runId, now() + backoffMs(p.attempts + 1));
        // One unreachable server answers the same for every entry: try the rest later.
        if (r.failure.kind !== 'refused') break;
      } else {
        store.getState().remove(p.runId);
        const message = failureMessage(r.failure);
        deps.refused(p, message);
        deps.notice(`A waiting score (${p.label}) was not accepted: ${message}`);
      }
    }
  };

  const queue: SubmissionQueue = {
    send: (p) => send(p),
    enqueue(p) {
      const saved = store.getState().enqueue(p);
      schedule();
      return saved;
    },
    flush(force = false) {
      flushing ??= flushOnce(force).finally(() => {
        flushing = null;
        schedule();
      });
      return flushing;
    },
    pendingCount: () => store.getState().pending.length,
    dispose() {
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
    },
  };
  return queue;
}
