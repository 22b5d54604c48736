// What the online leaderboard keeps on this device: a random device id (the player's key to
// "one Daily a day" and "delete my online scores") and the submissions waiting for a connection.
// Saved through zustand `persist` and the safe-storage wrapper; every saved row is validated on
// load with valibot, bad rows are dropped one by one (with a message), and the queue is capped.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import { DIFFICULTIES } from '../domain/difficulty';
import { isRecord } from '../domain/guards';
import { MODES } from '../domain/modes';
import { LIFELINES } from '../domain/scoring';
import { defaultStorage, safeStorage, setAsideMessage, setAsideText, type SyncStorage } from './safe-storage';

export const ONLINE_STORAGE_KEY = 'football-trivia:online';
export const ONLINE_VERSION = 1;
/** Waiting submissions kept at most; the oldest go first (they expire first anyway). */
export const MAX_PENDING = 20;

const DEVICE_ID_RE = /^[A-Za-z0-9_-]{16,128}$/;
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** Which board a submission goes to (what the results show after it lands). */
export const BoardKeySchema = v.object({
  packId: Id,
  packVersion: Id,
  seed: v.pipe(v.string(), v.maxLength(64)),
  mode: v.picklist(MODES),
  difficulty: v.picklist(DIFFICULTIES),
});
export type BoardKey = v.InferOutput<typeof BoardKeySchema>;

export const PendingSchema = v.object({
  runId: Id,
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  name: v.pipe(v.string(), v.maxLength(400)),
  history: v.pipe(
    v.array(
      v.object({
        questionId: v.pipe(v.string(), v.maxLength(200)),
        chosen: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9))),
        timeMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
        lifelines: v.array(v.picklist(LIFELINES)),
      }),
    ),
    v.minLength(1),
    v.maxLength(1000),
  ),
  board: BoardKeySchema,
  /** What the player is told about it ("Classic · Medium on …"). */
  label: v.pipe(v.string(), v.maxLength(300)),
  /** Local clock: after this the server would refuse the run as expired. */
  expiresAt: v.pipe(v.number(), v.finite()),
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Local clock: not retried before this (backoff). */
  nextAt: v.pipe(v.number(), v.finite()),
});
export type PendingSubmission = v.InferOutput<typeof PendingSchema>;

export interface OnlineData {
  deviceId: string | null;
  /** The player id the server issued (POST /api/players): what the Daily's one entry counts by. */
  playerId?: string | null;
  pending: PendingSubmission[];
}

export interface OnlineActions {
  /** The device id, made (and saved) on first use. */
  ensureDeviceId(): string;
  /** Keep the player id the server issued (null forgets it, when the server no longer knows it). */
  setPlayerId(id: string | null): void;
  /** Queue a submission (replacing one with the same run id); returns whether it was saved. */
  enqueue(p: PendingSubmission): boolean;
  remove(runId: string): void;
  /** After a failed try: count it and set when to try next. */
  reschedule(runId: string, nextAt: number): void;
  /** A message about saved data that had to be dropped, once; null when none. */
  takeLoadNotice(): string | null;
}

export type OnlineState = OnlineData & OnlineActions & { loadNotice: string | null };
export type OnlineStore = StoreApi<OnlineState>;

/** 16 random bytes as base64url (22 characters): unguessable, and what the server's id rule takes. */
export function makeDeviceId(random: (bytes: Uint8Array) => void = (b) => crypto.getRandomValues(b)): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Keep the well-formed parts of saved data; count what had to go. Never throws. */
export function sanitizeOnlineData(raw: unknown): { data: OnlineData; dropped: number } {
  if (!isRecord(raw)) return { data: { deviceId: null, playerId: null, pending: [] }, dropped: raw === undefined || raw === null ? 0 : 1 };
  const deviceId = typeof raw.deviceId === 'string' && DEVICE_ID_RE.test(raw.deviceId) ? raw.deviceId : null;
  const playerId = typeof raw.playerId === 'string' && DEVICE_ID_RE.test(raw.playerId) ? raw.playerId : null;
  let dropped = raw.deviceId !== undefined && raw.deviceId !== null && deviceId === null ? 1 : 0;
  if (raw.playerId !== undefined && raw.playerId !== null && playerId === null) dropped++;
  const pending: PendingSubmission[] = [];
  const list = Array.isArray(raw.pending) ? raw.pending : [];
  if (raw.pending !== undefined && !Array.isArray(raw.pending)) dropped++;
  for (const item of list) {
    const parsed = v.safeParse(PendingSchema, item);
    if (parsed.success && !pending.some((p) => p.runId === parsed.output.runId)) pending.push(parsed.output);
    else dropped++;
  }
  return { data: { deviceId, playerId, pending: pending.slice(-MAX_PENDING) }, dropped };
}

export interface OnlineStoreOptions {
  /** Defaults to localStorage; an in-memory one in tests, or `() => null` for none. */
  storage?: () => SyncStorage | null;
  makeDeviceId?: () => string;
}

export function createOnlineStore(options: OnlineStoreOptions = {}): OnlineStore {
  const { storage, status } = safeStorage<OnlineData>(options.storage ?? defaultStorage, { maxChars: 2_000_000 });
  const newId = options.makeDeviceId ?? (() => makeDeviceId());
  return createStore<OnlineState>()(
    persist(
      (set, get) => ({
        deviceId: null,
        playerId: null,
        pending: [],
        loadNotice: null,
        setPlayerId: (id) => set({ playerId: id }),
        ensureDeviceId: () => {
          const have = get().deviceId;
          if (have) return have;
          const id = newId();
          set({ deviceId: id });
          return id;
        },
        enqueue: (p) => {
          const rest = get().pending.filter((x) => x.runId !== p.runId);
          set({ pending: [...rest, p].slice(-MAX_PENDING) });
          return status.ok;
        },
        remove: (runId) => {
          if (get().pending.some((p) => p.runId === runId)) set({ pending: get().pending.filter((p) => p.runId !== runId) });
        },
        reschedule: (runId, nextAt) => set({ pending: get().pending.map((p) => (p.runId === runId ? { ...p, attempts: p.attempts + 1, nextAt } : p)) }),
        takeLoadNotice: () => {
          const notice = get().loadNotice;
          if (notice) set({ loadNotice: null });
          return notice;
        },
      }),
      {
        name: ONLINE_STORAGE_KEY,
        version: ONLINE_VERSION,
        storage,
        partialize: (s): OnlineData => ({ deviceId: s.deviceId, playerId: s.playerId ?? null, pending: s.pending }),
        // Only one version so far: whatever is there is validated as today's shape.
        migrate: (persisted) => sanitizeOnlineData(persisted).data,
        merge: (persisted, current) => {
          const { data, dropped } = sanitizeOnlineData(persisted);
          // Rows that do not read are copied aside whole before the queue is saved without them.
          let aside = status.setAside;
          if (!aside && dropped > 0) {
            let target: SyncStorage | null = null;
            try {
              target = (options.storage ?? defaultStorage)();
            } catch {
              // no storage: nothing was saved either
            }
            aside = (target && setAsideText(target, ONLINE_STORAGE_KEY, JSON.stringify(persisted))) ?? null;
          }
          const loadNotice = aside
            ? setAsideMessage('waiting online scores', aside)
            : dropped > 0 ? 'Some saved online-leaderboard data was damaged and could not be kept. Your game and local scores are fine.' : null;
          return { ...current, ...data, loadNotice };
        },
      },
    ),
  );
}
