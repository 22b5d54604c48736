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
  const status: WriteStatus = { ok: true, cause: null, unavailable: false };
  const fail = (cause: unknown, unavailable = false) => {
    status.ok = false;
    status.cause = cause;
    status.unavailable = unavailable;
  };
  const storage: PersistStorage<T> = {
    getItem(name) {
      try {
        const raw = source()?.getItem(name);
        if (typeof raw !== 'string' || raw.length > maxChars) return null;
        const parsed: unknown = JSON.parse(raw);
        if (!isRecord(parsed)) return null;
        // Remember what is there, so an unchanged state is not written back.
        lastAttempt = raw;
        const version = typeof parsed.version === 'number' && Number.isInteger(parsed.version) ? parsed.version : options.versionWhenMissing;
        return { state: parsed.state, version } as StorageValue<T>;
      } catch {
        return null;
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
