// Player settings that outlive a page load: sound, and the last menu choices.
// Storage is hostile territory (corrupt JSON, old shapes, quota errors, disabled localStorage),
// so every read is validated field by field and every write is best-effort.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import { DIFFICULTIES, type Difficulty } from '../domain/difficulty';
import { isRecord } from '../domain/guards';
import type { Mode } from '../domain/modes';
import { sanitizePlayerName } from '../domain/player-name';
import { safeStorage } from './safe-storage';

/** Modes a player can pick from the menu (Daily is reached another way). */
export const MENU_MODES = ['classic', 'survival', 'relaxed'] as const satisfies readonly Mode[];
export type MenuMode = (typeof MENU_MODES)[number];

/** Every difficulty is on the menu; the name stays for the views that import it. */
export const MENU_DIFFICULTIES = DIFFICULTIES;

export interface Settings {
  muted: boolean;
  /** 0..1 */
  volume: number;
  lastMode: MenuMode;
  lastDifficulty: Difficulty;
  /** Null until a pack was played; may name a pack that no longer exists. */
  lastPackId: string | null;
  /** The name high scores and challenge links carry (sanitizePlayerName); '' until one is given. */
  playerName: string;
}

export interface SettingsActions {
  setMuted(muted: boolean): void;
  toggleMuted(): void;
  setVolume(volume: number): void;
  setLastMode(mode: MenuMode): void;
  setLastDifficulty(difficulty: Difficulty): void;
  setLastPackId(packId: string | null): void;
  setPlayerName(name: string): void;
}

export type SettingsState = Settings & SettingsActions;
export type SettingsStore = StoreApi<SettingsState>;

export const SETTINGS_KEY = 'football-trivia:settings';
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  muted: false,
  volume: 0.8,
  lastMode: 'classic',
  lastDifficulty: 'medium',
  lastPackId: null,
  playerName: '',
};

/** The subset of the Web Storage API we use; `null` means "no storage at all". */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keep every well-formed field of `raw`, fall back to `base` for the rest. Never throws. */
export function sanitizeSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  if (!isRecord(raw)) return { ...base };
  const out: Settings = { ...base };
  if (typeof raw.muted === 'boolean') out.muted = raw.muted;
  if (typeof raw.volume === 'number' && Number.isFinite(raw.volume)) out.volume = Math.min(1, Math.max(0, raw.volume));
  if (typeof raw.lastMode === 'string' && (MENU_MODES as readonly string[]).includes(raw.lastMode)) out.lastMode = raw.lastMode as MenuMode;
  if (typeof raw.lastDifficulty === 'string' && (MENU_DIFFICULTIES as readonly string[]).includes(raw.lastDifficulty)) {
    out.lastDifficulty = raw.lastDifficulty as Difficulty;
  }
  if (raw.lastPackId === null || (typeof raw.lastPackId === 'string' && raw.lastPackId.length > 0 && raw.lastPackId.length <= 200)) {
    out.lastPackId = raw.lastPackId;
  }
  if (typeof raw.playerName === 'string' && raw.playerName.length <= 256) out.playerName = raw.playerName.trim() === '' ? '' : sanitizePlayerName(raw.playerName);
  return out;
}

/**
 * Version 0 (never shipped, kept as the migration pattern): `{ sound: boolean, mode, difficulty }`.
 * Anything unrecognised falls through to field-by-field sanitising.
 */
export function migrateSettings(persisted: unknown, version: number): Settings {
  if (version === 0 && isRecord(persisted)) {
    return sanitizeSettings({
      muted: typeof persisted.sound === 'boolean' ? !persisted.sound : undefined,
      volume: persisted.volume,
      lastMode: persisted.mode,
      lastDifficulty: persisted.difficulty,
      lastPackId: persisted.pack,
    });
  }
  return sanitizeSettings(persisted);
}

/**
 * Wrap a Web Storage so that nothing it does can throw into the game. A failed write is dropped:
 * the setting still applies for this visit. A record without a version reads as version 0.
 */
export function safeJsonStorage(getStorage: () => KeyValueStorage | null): PersistStorage<Settings> {
  return safeStorage<Settings>(getStorage, { versionWhenMissing: 0 }).storage;
}

export interface SettingsStoreOptions {
  /** Defaults to `window.localStorage`; pass an in-memory one in tests, or `null` for none. */
  storage?: (() => KeyValueStorage | null) | null;
}

export function createSettingsStore(options: SettingsStoreOptions = {}): SettingsStore {
  const getStorage = options.storage === undefined ? () => globalThis.localStorage ?? null : options.storage ?? (() => null);
  return createStore<SettingsState>()(
    persist(
      (set, get) => ({
        ...DEFAULT_SETTINGS,
        setMuted: (muted) => set({ muted: muted === true }),
        toggleMuted: () => set({ muted: !get().muted }),
        setVolume: (volume) => {
          if (typeof volume === 'number' && Number.isFinite(volume)) set({ volume: Math.min(1, Math.max(0, volume)) });
        },
        setLastMode: (lastMode) => {
          if ((MENU_MODES as readonly string[]).includes(lastMode)) set({ lastMode });
        },
        setLastDifficulty: (lastDifficulty) => {
          if ((MENU_DIFFICULTIES as readonly string[]).includes(lastDifficulty)) set({ lastDifficulty });
        },
        setLastPackId: (lastPackId) => set({ lastPackId }),
        setPlayerName: (name) => set({ playerName: typeof name === 'string' && name.trim() !== '' ? sanitizePlayerName(name) : '' }),
      }),
      {
        name: SETTINGS_KEY,
        version: SETTINGS_VERSION,
        storage: safeJsonStorage(getStorage),
        partialize: (s): Settings => ({
          muted: s.muted,
          volume: s.volume,
          lastMode: s.lastMode,
          lastDifficulty: s.lastDifficulty,
          lastPackId: s.lastPackId,
          playerName: s.playerName,
        }),
        migrate: (persisted, version) => migrateSettings(persisted, version),
        // Validate on merge: a same-version record can still be hand-edited or half-written.
        merge: (persisted, current) => ({ ...current, ...sanitizeSettings(persisted, current) }),
      },
    ),
  );
}

export function isMenuMode(x: unknown): x is MenuMode {
  return typeof x === 'string' && (MENU_MODES as readonly string[]).includes(x);
}
