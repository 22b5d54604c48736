// The one wrapper between zustand `persist` and Web Storage, which is hostile ground: the
// `localStorage` getter throws in some private modes, stored text may be corrupt or huge, and a
// write may hit the quota. Reads return null on any problem; writes never throw but record how
// they went, so a store can tell the player (scores) or shrug (settings).
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isRecord } from '../domain/guards';

/** The slice of the Web Storage API used here; `localStorage` fits. */
export interface SyncStorage {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
}

/** How the last write went. `cause` is what was thrown; `unavailable` when there was no storage to write to. */
export interface WriteStatus {
  ok: boolean;
  cause: unknown;
  unavailable: boolean;
  /**
   * Stored text that could not be read: the key it was copied to (so a later save cannot destroy
   * it), or 'kept' when no copy could be made and writes to the key are held back instead.
   */
  setAside: string | null;
}

/** Copies unreadable text to the first free `<name>.unreadable-N` key; the key, or null if no copy could be made. */
export function setAsideText(target: SyncStorage, name: string, raw: string): string | null {
  for (let n = 1; n <= 5; n++) {
    const key = `${name}.unreadable-${n}`;
    try {
      const there = target.getItem(key);
      if (there === raw) return key;
      if (there !== null) continue;
      target.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  }
  return null;
}

/** What the player is told about set-aside data (what: "saved scores"). */
export function setAsideMessage(what: string, setAside: string): string {
  return setAside === 'kept'
    ? `Your ${what} on this device could not be read. They were left untouched (new ones are kept only while this page is open).`
    : `Your ${what} on this device could not be read. They were set aside (browser storage key "${setAside}"), not deleted, and new ones are saved from now on.`;
}

export interface SafeStorageOptions {
  /** A stored text longer than this is not ours (or is damaged): read as nothing. */
  maxChars?: number;
  /** The version to report when the stored record has none (settings: 0, so v0 is migrated). */
  versionWhenMissing?: number;
}

const DEFAULT_MAX_CHARS = 1_000_000;

/** A getter for `globalThis.localStorage` that may throw or give undefined; the wrapper copes. */
export const defaultStorage = (): SyncStorage | null => (globalThis as { localStorage?: SyncStorage }).localStorage ?? null;

/**
 * A PersistStorage whose reads return null on any problem and whose writes record their outcome
 * in `status` instead of throwing. A write identical to the last attempted one is skipped, so
 * recording an error in state does not write (or fail) twice. The state read back stays
 * unvalidated: the store's `migrate`/`merge` check it.
 */
export function safeStorage<T>(source: () => SyncStorage | null | undefined, options: SafeStorageOptions = {}): { storage: PersistStorage<T>; status: WriteStatus } {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  let lastAttempt: string | null = null;
  const status: WriteStatus = { ok: true, cause: null, unavailable: false, setAside: null };
  const fail = (cause: unknown, unavailable = false) => {
    status.ok = false;
    status.cause = cause;
    status.unavailable = unavailable;
  };
  const storage: PersistStorage<T> = {
    getItem(name) {
      let raw: string | null | undefined;
      try {
        raw = source()?.getItem(name);
      } catch {
        return null;
      }
      if (typeof raw !== 'string') return null;
      // Text that is there but unreadable is copied aside first: the next save must not destroy it.
      const unreadable = () => {
        let target: SyncStorage | null | undefined = null;
        try {
          target = source();
        } catch {
          // no storage to copy into
        }
        status.setAside = (target && setAsideText(target, name, raw)) ?? 'kept';
        return null;
      };
      try {
        if (raw.length > maxChars) return unreadable();
        const parsed: unknown = JSON.parse(raw);
        if (!isRecord(parsed)) return unreadable();
        // Remember what is there, so an unchanged state is not written back.
        lastAttempt = raw;
        const version = typeof parsed.version === 'number' && Number.isInteger(parsed.version) ? parsed.version : options.versionWhenMissing;
        return { state: parsed.state, version } as StorageValue<T>;
      } catch {
        return unreadable();
      }
    },
    setItem(name, value) {
      let json: string;
      try {
        json = JSON.stringify(value);
      } catch (error) {
        fail(error);
        return;
      }
      if (json === lastAttempt) return;
      lastAttempt = json;
      // Unreadable text that could not be copied aside is never written over.
      if (status.setAside === 'kept') {
        fail(new Error('unreadable saved data is kept untouched'), false);
        return;
      }
      let target: SyncStorage | null | undefined;
      try {
        target = source();
      } catch (error) {
        fail(error, true);
        return;
      }
      if (!target) {
        fail(null, true);
        return;
      }
      try {
        target.setItem(name, json);
        status.ok = true;
        status.cause = null;
        status.unavailable = false;
      } catch (error) {
        fail(error);
      }
    },
    removeItem(name) {
      try {
        source()?.removeItem(name);
      } catch {
        // Nothing to do: clearing is best effort.
      }
      lastAttempt = null;
    },
  };
  return { storage, status };
}
