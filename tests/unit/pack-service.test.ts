// The worker-backed pack service and its fallback: a worker that cannot start, dies, or answers
// with garbage costs speed, never the game; every pending and later call goes to the inline service.
import { describe, expect, it, vi } from 'vitest';
import type { PackEntry } from '../../src/domain/pack/pack-entry';
import { lazyPackService, workerPackService, type PackService, type PreparedRound, type RoundRequest, type WorkerReply, type WorkerRequest } from '../../src/app/packs/pack-service';

const REQUEST: RoundRequest = { packIds: ['mini'], mode: 'classic', difficulty: 'medium', seed: 's1' };
const entries = (who: string): PackEntry[] => [{ status: 'invalid', file: `${who}.json`, id: who, title: who, problems: [] }];
const prepared = (who: string): PreparedRound => ({ config: { packId: who, packVersion: '1.0.0', seed: 's1', mode: 'classic', difficulty: 'medium' }, questions: [] });

/** A Worker stand-in: records what is posted, and lets the test fire its events. */
class FakeWorker {
  posted: WorkerRequest[] = [];
  terminated = false;
  private listeners = new Map<string, ((event: unknown) => void)[]>();
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(message: WorkerRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: 'error' | 'messageerror'): void {
    for (const l of this.listeners.get(type) ?? []) l(new Event(type));
  }
  reply(data: WorkerReply): void {
    for (const l of this.listeners.get('message') ?? []) l({ data });
  }
}

function inlineService() {
  const service: PackService & { loads: number; rounds: RoundRequest[]; disposed: boolean } = {
    loads: 0,
    rounds: [],
    disposed: false,
    load: async (onProgress) => {
      service.loads++;
      onProgress?.(1, 1);
      return entries('inline');
    },
    round: async (request) => {
      service.rounds.push(request);
      return prepared('inline');
    },
    dispose: () => {
      service.disposed = true;
    },
  };
  return service;
}

function setup(makeWorker?: () => Worker) {
  const worker = new FakeWorker();
  const inline = inlineService();
  const fallback = vi.fn(async () => inline);
  const service = workerPackService(makeWorker ?? (() => worker as unknown as Worker), fallback);
  return { worker, inline, fallback, service };
}

describe('workerPackService', () => {
  it('loads and prepares rounds in the worker, forwarding progress, without touching the fallback', async () => {
    const { worker, fallback, service } = setup();
    const progress: [number, number][] = [];
    const loading = service.load((done, total) => progress.push([done, total]));
    expect(worker.posted).toEqual([{ type: 'load' }]);
    worker.reply({ type: 'progress', done: 1, total: 2 });
    worker.reply({ type: 'packs', entries: entries('worker') });
    await expect(loading).resolves.toEqual(entries('worker'));
    const round = service.round(REQUEST);
    expect(worker.posted[1]).toEqual({ type: 'round', id: 1, request: REQUEST });
    worker.reply({ type: 'round', id: 1, round: prepared('worker') });
    await expect(round).resolves.toEqual(prepared('worker'));
    expect(progress).toEqual([[1, 2]]);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('falls back at once when the worker cannot be created', async () => {
    const { inline, fallback, service } = setup(() => {
      throw new Error('workers blocked');
    });
    await expect(service.load()).resolves.toEqual(entries('inline'));
    await expect(service.round(REQUEST)).resolves.toEqual(prepared('inline'));
    expect(inline.rounds).toEqual([REQUEST]);
    // One inline service, made once.
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('moves pending and later calls to the fallback when the worker dies', async () => {
    const { worker, inline, fallback, service } = setup();
    const loading = service.load();
    const round = service.round(REQUEST);
    worker.emit('error');
    await expect(loading).resolves.toEqual(entries('inline'));
    await expect(round).resolves.toEqual(prepared('inline'));
    expect(worker.terminated).toBe(true);
    await expect(service.round({ ...REQUEST, seed: 's2' })).resolves.toEqual(prepared('inline'));
    expect(inline.rounds.map((r) => r.seed)).toEqual(['s1', 's2']);
    // No new message reached the dead worker.
    expect(worker.posted).toHaveLength(2);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('treats a message it cannot read, or an error with no request, as a dead worker', async () => {
    for (const kill of [(w: FakeWorker) => w.emit('messageerror'), (w: FakeWorker) => w.reply({ type: 'error', message: 'boom' })]) {
      const { worker, service } = setup();
      const round = service.round(REQUEST);
      kill(worker);
      await expect(round).resolves.toEqual(prepared('inline'));
      expect(worker.terminated).toBe(true);
    }
  });

  it("rejects only the request an error names, and keeps using the worker", async () => {
    const { worker, fallback, service } = setup();
    const bad = service.round(REQUEST);
    const good = service.round({ ...REQUEST, seed: 's2' });
    worker.reply({ type: 'error', id: 1, message: 'no such pack' });
    worker.reply({ type: 'round', id: 2, round: prepared('worker') });
    await expect(bad).rejects.toThrow('no such pack');
    await expect(good).resolves.toEqual(prepared('worker'));
    expect(worker.terminated).toBe(false);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('terminates the worker and disposes the inline service on dispose', async () => {
    const { worker, inline, service } = setup(() => {
      throw new Error('no workers');
    });
    await service.load();
    service.dispose();
    expect(worker.terminated).toBe(false);
    await vi.waitFor(() => expect(inline.disposed).toBe(true));
    const live = setup();
    void live.service.load();
    live.service.dispose();
    expect(live.worker.terminated).toBe(true);
  });
});

describe('lazyPackService', () => {
  it('loads its implementation once, on first use', async () => {
    const inline = inlineService();
    const load = vi.fn(async () => inline);
    const service = lazyPackService(load);
    expect(load).not.toHaveBeenCalled();
    await service.load();
    await service.round(REQUEST);
    expect(load).toHaveBeenCalledTimes(1);
    service.dispose();
    await vi.waitFor(() => expect(inline.disposed).toBe(true));
  });
});
