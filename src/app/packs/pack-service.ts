// Where pack loading, validation and question generation run. Validating a pack and generating a
// round are pure but not free (tens of ms on a cold start), so by default they run in a worker
// while the main thread evaluates and boots Phaser; the inline service (inline-pack-service.ts)
// does the same work on the main thread (fallback when workers are unavailable, and for tests).
import type { Difficulty } from '../../domain/pack/schema';
import type { Question } from '../../domain/questions/types';
import type { Mode, RoundConfig } from '../../domain/round';
import type { PackListing } from '../../domain/pack/pack-entry';

/** What a round is asked for before anyone knows which packs are valid. */
export interface RoundRequest {
  /** Pack ids in order of preference; the first valid pack is used if none matches. */
  packIds: readonly (string | null | undefined)[];
  mode: Mode;
  difficulty: Difficulty;
  seed: string;
  /** Facts this device saw lately in one pack (newest first): an unranked round prefers others,
   *  and its seed then carries them (recent.ts), so a replay or challenge link still matches. */
  seen?: { packId: string; ids: readonly string[] };
}

export interface PreparedRound {
  config: RoundConfig;
  questions: Question[];
}

export interface PackService {
  load(onProgress?: (done: number, total: number) => void): Promise<PackListing[]>;
  /** Null when no valid pack exists. May be called before `load` has finished. */
  round(request: RoundRequest): Promise<PreparedRound | null>;
  dispose(): void;
}

export type WorkerRequest = { type: 'load' } | { type: 'round'; id: number; request: RoundRequest };
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'packs'; entries: PackListing[] }
  | { type: 'round'; id: number; round: PreparedRound | null }
  | { type: 'error'; id?: number; message: string };

/** A service whose implementation is loaded on first use (keeps the validator out of the page's first chunk). */
export function lazyPackService(load: () => Promise<PackService>): PackService {
  let service: Promise<PackService> | null = null;
  const get = () => (service ??= load());
  return {
    load: (onProgress) => get().then((s) => s.load(onProgress)),
    round: (request) => get().then((s) => s.round(request)),
    dispose: () => void service?.then((s) => s.dispose()),
  };
}

/**
 * The worker-backed service. If the worker cannot start or dies, every pending and later call
 * falls back to `fallback()` on the main thread, so a blocked worker costs speed, never the game.
 */
export function workerPackService(makeWorker: () => Worker, fallback: () => Promise<PackService>): PackService {
  let worker: Worker | null = null;
  let failed = false;
  let inline: Promise<PackService> | null = null;
  let nextId = 1;
  let progress: ((done: number, total: number) => void) | undefined;
  let packsWaiter: { resolve: (e: PackListing[]) => void; reject: (e: unknown) => void } | null = null;
  const waiting = new Map<number, { resolve: (r: PreparedRound | null) => void; reject: (e: unknown) => void; request: RoundRequest }>();
  const local = () => (inline ??= fallback());

  const fail = () => {
    if (failed) return;
    failed = true;
    worker?.terminate();
    worker = null;
    const packs = packsWaiter;
    packsWaiter = null;
    if (packs) local().then((service) => service.load(progress)).then(packs.resolve, packs.reject);
    for (const [, w] of waiting) local().then((service) => service.round(w.request)).then(w.resolve, w.reject);
    waiting.clear();
  };

  const ensureWorker = (): Worker | null => {
    if (failed) return null;
    if (worker) return worker;
    try {
      worker = makeWorker();
    } catch {
      fail();
      return null;
    }
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') progress?.(reply.done, reply.total);
      else if (reply.type === 'packs') {
        packsWaiter?.resolve(reply.entries);
        packsWaiter = null;
      } else if (reply.type === 'round') {
        waiting.get(reply.id)?.resolve(reply.round);
        waiting.delete(reply.id);
      } else if (reply.id !== undefined && waiting.has(reply.id)) {
        waiting.get(reply.id)!.reject(new Error(reply.message));
        waiting.delete(reply.id);
      } else fail();
    });
    return worker;
  };

  return {
    load(onProgress) {
      progress = onProgress;
      return new Promise<PackListing[]>((resolve, reject) => {
        const w = ensureWorker();
        if (!w) {
          local().then((service) => service.load(onProgress)).then(resolve, reject);
          return;
        }
        packsWaiter = { resolve, reject };
        w.postMessage({ type: 'load' } satisfies WorkerRequest);
      });
    },
    round(request) {
      return new Promise<PreparedRound | null>((resolve, reject) => {
        const w = ensureWorker();
        if (!w) {
          local().then((service) => service.round(request)).then(resolve, reject);
          return;
        }
        const id = nextId++;
        waiting.set(id, { resolve, reject, request });
        w.postMessage({ type: 'round', id, request } satisfies WorkerRequest);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      failed = true;
      void inline?.then((service) => service.dispose());
    },
  };
}
