// The online store: a device id made once, a capped queue, and saved data that is damaged,
// hand-edited or not ours loading as what was good (with one message), never as a crash.
import { describe, expect, it } from 'vitest';
import { MAX_PENDING, ONLINE_STORAGE_KEY, createOnlineStore, makeDeviceId, sanitizeOnlineData, type PendingSubmission } from '../../src/state/online-store';
import { memoryStorage } from './helpers';

const pending = (n: number, over: Partial<PendingSubmission> = {}): PendingSubmission => ({
  runId: `run-${n}`,
  token: `tok-${n}`,
  name: 'Ann',
  history: [{ questionId: 'q1', chosen: 1, timeMs: 1200, lifelines: [] }],
  board: { packId: 'p', packVersion: '1.0.0', seed: 's', mode: 'classic', difficulty: 'medium' },
  label: 'Classic · Medium · P',
  expiresAt: 10_000,
  attempts: 0,
  nextAt: 0,
  ...over,
});

describe('online store', () => {
  it('makes a device id once, from random bytes, in the shape the server takes', () => {
    const id = makeDeviceId((b) => b.fill(255));
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(makeDeviceId()).not.toBe(makeDeviceId());
    const storage = memoryStorage();
    const store = createOnlineStore({ storage: () => storage });
    const first = store.getState().ensureDeviceId();
    expect(store.getState().ensureDeviceId()).toBe(first);
    // A reload reads the same id back.
    expect(createOnlineStore({ storage: () => storage }).getState().deviceId).toBe(first);
  });

  it('keeps the queue across reloads, replaces a run queued twice, and caps it (oldest out)', () => {
    const storage = memoryStorage();
    const store = createOnlineStore({ storage: () => storage });
    expect(store.getState().enqueue(pending(1))).toBe(true);
    store.getState().enqueue(pending(1, { name: 'Bea' }));
    expect(store.getState().pending).toHaveLength(1);
    for (let i = 2; i <= MAX_PENDING + 5; i++) store.getState().enqueue(pending(i));
    expect(store.getState().pending).toHaveLength(MAX_PENDING);
    expect(store.getState().pending[0]!.runId).toBe('run-6');
    store.getState().reschedule('run-6', 5_000);
    const again = createOnlineStore({ storage: () => storage });
    expect(again.getState().pending).toHaveLength(MAX_PENDING);
    expect(again.getState().pending[0]).toMatchObject({ runId: 'run-6', attempts: 1, nextAt: 5_000 });
    again.getState().remove('run-6');
    expect(createOnlineStore({ storage: () => storage }).getState().pending).toHaveLength(MAX_PENDING - 1);
    expect(again.getState().takeLoadNotice()).toBeNull();
  });

  it('sets damaged rows aside (a copy under another key) and says so once; corrupt JSON is set aside whole; a throwing storage loads as empty', () => {
    const good = pending(1);
    const saved = {
      state: {
        deviceId: 'short',
        pending: [good, { ...pending(2), history: [] }, { ...pending(3), board: { packId: 'p' } }, 'nonsense', { ...pending(4), attempts: -1 }, good],
      },
      version: 1,
    };
    const storage = memoryStorage({ [ONLINE_STORAGE_KEY]: JSON.stringify(saved) });
    const store = createOnlineStore({ storage: () => storage });
    expect(store.getState().pending.map((p) => p.runId)).toEqual(['run-1']);
    expect(store.getState().deviceId).toBeNull();
    expect(store.getState().takeLoadNotice()).toMatch(/set aside \(browser storage key "football-trivia:online.unreadable-1"\)/);
    expect(store.getState().takeLoadNotice()).toBeNull();
    // The copy holds every row, the damaged ones too: nothing is lost.
    expect(JSON.parse(storage.getItem(`${ONLINE_STORAGE_KEY}.unreadable-1`)!)).toEqual(saved.state);

    const broken = '{"state": {"pending": [';
    const corruptStorage = memoryStorage({ [ONLINE_STORAGE_KEY]: broken });
    const corrupt = createOnlineStore({ storage: () => corruptStorage });
    expect(corrupt.getState().pending).toEqual([]);
    expect(corrupt.getState().takeLoadNotice()).toMatch(/could not be read.*set aside/);
    expect(corruptStorage.getItem(`${ONLINE_STORAGE_KEY}.unreadable-1`)).toBe(broken);
    // A new save goes to the usual key; the unreadable text stays where it was put.
    corrupt.getState().enqueue(pending(5));
    expect(corruptStorage.getItem(`${ONLINE_STORAGE_KEY}.unreadable-1`)).toBe(broken);
    expect(createOnlineStore({ storage: () => corruptStorage }).getState().pending.map((p) => p.runId)).toEqual(['run-5']);
    const throwing = createOnlineStore({
      storage: () => {
        throw new Error('SecurityError');
      },
    });
    expect(throwing.getState().pending).toEqual([]);
    // Writes fail quietly: the queue still holds the entry for this visit, and says it was not saved.
    expect(throwing.getState().enqueue(pending(9))).toBe(false);
    expect(throwing.getState().pending).toHaveLength(1);
  });

  it('sanitizes whatever it is given', () => {
    expect(sanitizeOnlineData(null)).toEqual({ data: { deviceId: null, playerId: null, pending: [] }, dropped: 0 });
    expect(sanitizeOnlineData(42).dropped).toBe(1);
    expect(sanitizeOnlineData({ deviceId: 'a'.repeat(22), pending: 'x' })).toEqual({ data: { deviceId: 'a'.repeat(22), playerId: null, pending: [] }, dropped: 1 });
  });
});
