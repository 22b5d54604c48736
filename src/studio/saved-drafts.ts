// Autosave: every studio document in IndexedDB (raw API, wrapped so that nothing here throws).
// A record that does not read back as a document (damaged, or written by another version) is set
// aside: listed apart with what it holds, never opened, never overwritten, deleted only when the
// author says so; one such record never hides the others. A browser without IndexedDB (or a
// private mode that refuses it) says so once.
import { isStudioDoc, type StudioDoc } from './doc';

export interface SavedDraft {
  key: string;
  /** ms since the epoch: the list shows the newest first. */
  updated: number;
  doc: StudioDoc;
}

/** A record that is not a studio document, as it was found (for the author to download). */
export interface UnreadableDraft {
  key: string;
  record: unknown;
}

export interface DraftList {
  drafts: SavedDraft[];
  /** Records that could not be read: set aside, kept as they are. */
  unreadable: UnreadableDraft[];
}

export interface DraftStore {
  list(): Promise<DraftList>;
  save(draft: SavedDraft): Promise<void>;
  remove(key: string): Promise<void>;
}

export const DB_NAME = 'pack-studio';
const STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

export function isSavedDraft(v: unknown): v is SavedDraft {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.key === 'string' && typeof r.updated === 'number' && Number.isFinite(r.updated) && isStudioDoc(r.doc);
}

function keyOf(record: unknown): string {
  const key = typeof record === 'object' && record !== null ? (record as { key?: unknown }).key : undefined;
  return typeof key === 'string' || typeof key === 'number' ? String(key) : '';
}

export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): DraftStore {
  let db: Promise<IDBDatabase> | null = null;
  const get = () => {
    if (!factory) return Promise.reject(new Error('this browser has no IndexedDB'));
    db ??= openDb(factory).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  const tx = async (mode: IDBTransactionMode) => (await get()).transaction(STORE, mode).objectStore(STORE);
  return {
    async list() {
      const all = await request<unknown[]>((await tx('readonly')).getAll());
      const drafts = all.filter(isSavedDraft).sort((a, b) => b.updated - a.updated);
      const unreadable = all.filter((r) => !isSavedDraft(r)).map((record) => ({ key: keyOf(record), record }));
      return { drafts, unreadable };
    },
    async save(draft) {
      await request((await tx('readwrite')).put(draft));
    },
    async remove(key) {
      await request((await tx('readwrite')).delete(key));
    },
  };
}
