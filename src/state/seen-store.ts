// The facts this device saw lately, per pack, so an unranked round can prefer the others
// (src/domain/questions/recent.ts). Kept in localStorage through zustand `persist`:
// - capped: MAX_IDS_PER_PACK ids a pack, MAX_PACKS packs (the least recently played go first);
// - versioned (SEEN_VERSION) and validated on merge, id by id: a bad id costs only itself;
// - stored text that is not ours at all is set aside under SEEN_ASIDE_KEY, with a notice;
// - a failed write (quota, storage off) never throws: memory keeps the list for this visit.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { isRecord } from '../domain/guards';
import { defaultStorage, safeStorage, type SyncStorage } from './safe-storage';

export const SEEN_STORAGE_KEY = 'football-trivia:seen';
export const SEEN_ASIDE_KEY = 'football-trivia:seen:set-aside';
export const SEEN_VERSION = 1;
export const MAX_IDS_PER_PACK = 200;
export const MAX_PACKS = 50;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export interface SeenData {
  /** Per pack id: fact and question ids, newest first, each once. */
  byPack: Record<string, string[]>;
  /** Pack ids, most recently played first (which packs to drop past MAX_PACKS). */
  packOrder: string[];
}

export interface SeenState extends SeenData {
  /** Said once when stored data could not be read and was set aside; null otherwise. */
  notice: string | null;
  /** Ids seen in a pack, newest first. */
  seenIn(packId: string): string[];
  /** Record a round's facts (or question ids) as just seen. */
  remember(packId: string, ids: readonly string[]): void;
  dismissNotice(): void;
}

export type SeenStore = StoreApi<SeenState>;

/** The newest ids first, each once, at most `cap`: pure, shared with the bench. */
export function rememberSeen(previous: readonly string[], ids: readonly string[], cap = MAX_IDS_PER_PACK): string[] {
  const fresh = [...new Set(ids)];
  const kept = previous.filter((id) => !fresh.includes(id));
  return [...fresh, ...kept].slice(0, cap);
}

/** Keep every well-formed pack list and id; drop the rest. Never throws. */
export function sanitizeSeen(raw: unknown): SeenData {
  const out: SeenData = { byPack: {}, packOrder: [] };
  if (!isRecord(raw) || !isRecord(raw.byPack)) return out;
  const order = Array.isArray(raw.packOrder) ? raw.packOrder.filter((p): p is string => typeof p === 'string') : [];
  const packs = [...new Set([...order, ...Object.keys(raw.byPack)])].filter((p) => ID.test(p));
  for (const packId of packs) {
    const list = raw.byPack[packId];
    if (!Array.isArray(list)) continue;
    const ids = [...new Set(list.filter((id): id is string => typeof id === 'string' && ID.test(id)))].slice(0, MAX_IDS_PER_PACK);
    if (ids.length === 0) continue;
    out.byPack[packId] = ids;
    out.packOrder.push(packId);
    if (out.packOrder.length >= MAX_PACKS) break;
  }
  return out;
}

export interface SeenStoreOptions {
  /** Defaults to `localStorage`; tests pass an in-memory one, or `null` for none. */
  storage?: (() => SyncStorage | null | undefined) | null;
}

export function createSeenStore(options: SeenStoreOptions = {}): SeenStore {
  const source = options.storage === undefined ? defaultStorage : options.storage ?? (() => null);
  const notice = setAsideIfUnreadable(source);
  const { storage } = safeStorage<SeenData>(source);
  return createStore<SeenState>()(
    persist(
      (set, get) => ({
        byPack: {},
        packOrder: [],
        notice,
        seenIn: (packId) => get().byPack[packId] ?? [],
        remember: (packId, ids) => {
          if (!ID.test(packId) || ids.length === 0) return;
          const byPack = { ...get().byPack, [packId]: rememberSeen(get().byPack[packId] ?? [], ids.filter((id) => ID.test(id))) };
          const packOrder = [packId, ...get().packOrder.filter((p) => p !== packId)];
          for (const dropped of packOrder.splice(MAX_PACKS)) delete byPack[dropped];
          set({ byPack, packOrder });
        },
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: SEEN_STORAGE_KEY,
        version: SEEN_VERSION,
        storage,
        partialize: (s) => ({ byPack: s.byPack, packOrder: s.packOrder }),
        // Version 1 is the first: any other version is read field by field, as v1 would be.
        migrate: (persisted) => sanitizeSeen(persisted),
        merge: (persisted, current) => ({ ...current, ...sanitizeSeen(persisted) }),
      },
    ),
  );
}

/** Stored text that is not JSON of an object is copied aside (never lost silently) and the store
 *  starts empty; the notice says so. Shapes that parse are sanitised on merge instead. */
function setAsideIfUnreadable(source: () => SyncStorage | null | undefined): string | null {
  try {
    const store = source();
    const raw = store?.getItem(SEEN_STORAGE_KEY);
    if (!store || typeof raw !== 'string') return null;
    let readable = false;
    try {
      const parsed: unknown = JSON.parse(raw);
      readable = isRecord(parsed) && isRecord(parsed.state);
    } catch {
      readable = false;
    }
    if (readable) return null;
    store.setItem(SEEN_ASIDE_KEY, raw);
    store.removeItem(SEEN_STORAGE_KEY);
    return 'The list of questions you saw lately could not be read, so it starts afresh (the old copy is kept aside).';
  } catch {
    return null;
  }
}

/** What the controller uses: always the store's current lists, never a stale snapshot. */
export interface SeenFacts {
  seenIn(packId: string): readonly string[];
  remember(packId: string, ids: readonly string[]): void;
}

export function seenFacts(store: SeenStore): SeenFacts {
  return {
    seenIn: (packId) => store.getState().seenIn(packId),
    remember: (packId, ids) => store.getState().remember(packId, ids),
  };
}
