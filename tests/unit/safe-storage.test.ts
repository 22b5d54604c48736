// The one storage wrapper both stores persist through: reads never throw, writes say how they went.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './helpers';
import { safeStorage, type SyncStorage } from '../../src/state/safe-storage';


describe('safeStorage', () => {
  it('reads null from missing, corrupt, oversized or non-object records, and from a throwing getter', () => {
    const storage = memoryStorage();
    const { storage: safe } = safeStorage<unknown>(() => storage, { maxChars: 100 });
    expect(safe.getItem('k')).toBeNull();
    for (const raw of ['{not json', '[1,2]', '42', JSON.stringify({ state: 'x'.repeat(200), version: 1 })]) {
      storage.data.set('k', raw);
      expect(safe.getItem('k')).toBeNull();
    }
    const throwing = safeStorage<unknown>(() => {
      throw new Error('SecurityError');
    });
    expect(throwing.storage.getItem('k')).toBeNull();
  });

  it('reports the version stored, or the one given for a record without one', () => {
    const storage = memoryStorage();
    storage.data.set('k', JSON.stringify({ state: { a: 1 } }));
    expect(safeStorage<unknown>(() => storage).storage.getItem('k')).toEqual({ state: { a: 1 }, version: undefined });
    expect(safeStorage<unknown>(() => storage, { versionWhenMissing: 0 }).storage.getItem('k')).toEqual({ state: { a: 1 }, version: 0 });
    storage.data.set('k', JSON.stringify({ state: null, version: 3 }));
    expect(safeStorage<unknown>(() => storage, { versionWhenMissing: 0 }).storage.getItem('k')).toEqual({ state: null, version: 3 });
  });

  it('records how each write went instead of throwing, and skips a write identical to the last', () => {
    const storage = memoryStorage();
    let available: SyncStorage | null = storage;
    const { storage: safe, status } = safeStorage<{ n: number }>(() => available);
    safe.setItem('k', { state: { n: 1 }, version: 1 });
    expect(status).toEqual({ ok: true, cause: null, unavailable: false, setAside: null });
    safe.setItem('k', { state: { n: 1 }, version: 1 });
    expect(storage.writes).toBe(1);
    available = null;
    safe.setItem('k', { state: { n: 2 }, version: 1 });
    expect(status).toMatchObject({ ok: false, unavailable: true });
    const quota = new DOMException('full', 'QuotaExceededError');
    available = { ...storage, setItem: () => { throw quota; } };
    safe.setItem('k', { state: { n: 3 }, version: 1 });
    expect(status).toEqual({ ok: false, cause: quota, unavailable: false, setAside: null });
    available = storage;
    safe.setItem('k', { state: { n: 4 }, version: 1 });
    expect(status.ok).toBe(true);
    expect(JSON.parse(storage.data.get('k')!)).toEqual({ state: { n: 4 }, version: 1 });
  });
});
