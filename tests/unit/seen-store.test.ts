// The seen-facts store: capped, versioned, validated on merge, unreadable data set aside with a
// message, a full storage survived.
import { describe, expect, it } from 'vitest';
import { createSeenStore, MAX_IDS_PER_PACK, MAX_PACKS, rememberSeen, sanitizeSeen, SEEN_ASIDE_KEY, SEEN_STORAGE_KEY, SEEN_VERSION, seenFacts } from '../../src/state/seen-store';
import { memoryStorage } from './helpers';

describe('rememberSeen', () => {
  it('puts the newest first, each id once, capped', () => {
    expect(rememberSeen(['a', 'b', 'c'], ['c', 'd'])).toEqual(['c', 'd', 'a', 'b']);
    expect(rememberSeen(['a', 'b', 'c'], ['d'], 2)).toEqual(['d', 'a']);
  });
});

describe('the seen store', () => {
  it('keeps ids per pack, newest first, and writes them versioned', () => {
    const storage = memoryStorage();
    const store = createSeenStore({ storage: () => storage });
    store.getState().remember('pack-a', ['f1', 'f2']);
    store.getState().remember('pack-a', ['f3']);
    store.getState().remember('pack-b', ['g1']);
    expect(store.getState().seenIn('pack-a')).toEqual(['f3', 'f1', 'f2']);
    const saved = JSON.parse(storage.data.get(SEEN_STORAGE_KEY)!) as { version: number; state: { byPack: Record<string, string[]> } };
    expect(saved.version).toBe(SEEN_VERSION);
    expect(saved.state.byPack['pack-b']).toEqual(['g1']);
    // A new page load reads them back.
    expect(createSeenStore({ storage: () => storage }).getState().seenIn('pack-a')).toEqual(['f3', 'f1', 'f2']);
  });

  it('caps ids per pack and packs in all, dropping the least recently played pack', () => {
    const store = createSeenStore({ storage: null });
    store.getState().remember('big', Array.from({ length: MAX_IDS_PER_PACK + 30 }, (_, i) => `f${i}`));
    expect(store.getState().seenIn('big')).toHaveLength(MAX_IDS_PER_PACK);
    for (let i = 0; i < MAX_PACKS; i++) store.getState().remember(`p${i}`, ['x']);
    expect(store.getState().seenIn('big')).toEqual([]);
    expect(Object.keys(store.getState().byPack)).toHaveLength(MAX_PACKS);
  });

  it('drops bad entries one by one on merge, keeping the good ones', () => {
    expect(sanitizeSeen({ byPack: { good: ['a', 42, 'B A D', 'b', 'a'], 'Bad Pack': ['x'], empty: [], notlist: 'x' }, packOrder: ['good'] })).toEqual({ byPack: { good: ['a', 'b'] }, packOrder: ['good'] });
    const storage = memoryStorage({ [SEEN_STORAGE_KEY]: JSON.stringify({ version: 1, state: { byPack: { ok: ['f1', null] } } }) });
    const store = createSeenStore({ storage: () => storage });
    expect(store.getState().seenIn('ok')).toEqual(['f1']);
    expect(store.getState().notice).toBeNull();
  });

  it('sets unreadable data aside with a message, and starts afresh', () => {
    const storage = memoryStorage({ [SEEN_STORAGE_KEY]: '{not json' });
    const store = createSeenStore({ storage: () => storage });
    expect(store.getState().notice).toMatch(/could not be read/);
    expect(storage.data.get(SEEN_ASIDE_KEY)).toBe('{not json');
    expect(store.getState().seenIn('any')).toEqual([]);
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('survives a full storage and a storage that throws: memory keeps the list', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createSeenStore({ storage: () => full });
    expect(() => store.getState().remember('p', ['a'])).not.toThrow();
    expect(seenFacts(store).seenIn('p')).toEqual(['a']);
    const broken = createSeenStore({ storage: () => { throw new Error('denied'); } });
    expect(() => broken.getState().remember('p', ['a'])).not.toThrow();
    expect(broken.getState().seenIn('p')).toEqual(['a']);
  });
});
