// The settings store against hostile storage: defaults, round trips, corrupt JSON, wrong shapes,
// an old version, a full quota and a storage that cannot even be touched.
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  createSettingsStore,
  migrateSettings,
  sanitizeSettings,
  type KeyValueStorage,
  type Settings,
  type SettingsStore,
} from '../../src/state/settings-store';

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const settingsOf = (store: SettingsStore): Settings => {
  const s = store.getState();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS)) out[key] = s[key as keyof Settings];
  return out as unknown as Settings;
};
const stored = (storage: MemoryStorage) => JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null') as { state: Record<string, unknown>; version: number } | null;
const withRecord = (record: unknown) => {
  const storage = new MemoryStorage();
  storage.setItem(SETTINGS_KEY, typeof record === 'string' ? record : JSON.stringify(record));
  return storage;
};

describe('settings store', () => {
  it('starts from the defaults with empty storage, and with no storage at all', () => {
    expect(settingsOf(createSettingsStore({ storage: () => new MemoryStorage() }))).toEqual(DEFAULT_SETTINGS);
    expect(settingsOf(createSettingsStore({ storage: null }))).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ muted: false, volume: 0.8, lastMode: 'classic', lastDifficulty: 'medium', lastPackId: null });
  });

  it('persists every change and reads it back in a new store (a reload)', () => {
    const storage = new MemoryStorage();
    const a = createSettingsStore({ storage: () => storage });
    a.getState().setMuted(true);
    a.getState().setVolume(0.35);
    a.getState().setLastMode('survival');
    a.getState().setLastDifficulty('hard');
    a.getState().setLastPackId('benzema-2022');
    const record = stored(storage)!;
    expect(record.version).toBe(SETTINGS_VERSION);
    expect(record.state).toMatchObject({ muted: true, volume: 0.35, lastMode: 'survival', lastDifficulty: 'hard', lastPackId: 'benzema-2022' });
    // Only data is stored, never the actions.
    expect(Object.values(record.state).some((v) => typeof v === 'function')).toBe(false);
    const b = createSettingsStore({ storage: () => storage });
    expect(settingsOf(b)).toEqual(settingsOf(a));
    b.getState().toggleMuted();
    expect(createSettingsStore({ storage: () => storage }).getState().muted).toBe(false);
  });

  it('actions refuse bad values and clamp the volume', () => {
    const store = createSettingsStore({ storage: null });
    store.getState().setVolume(7);
    expect(store.getState().volume).toBe(1);
    store.getState().setVolume(-1);
    expect(store.getState().volume).toBe(0);
    store.getState().setVolume(Number.NaN);
    expect(store.getState().volume).toBe(0);
    store.getState().setLastMode('daily' as never);
    expect(store.getState().lastMode).toBe('classic');
    store.getState().setLastDifficulty('insane' as never);
    expect(store.getState().lastDifficulty).toBe('medium');
  });

  it.each([
    ['not JSON', '{"state": {"muted": tru'],
    ['empty string', ''],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[1, 2, 3]'],
    ['state is a string', JSON.stringify({ state: 'muted', version: SETTINGS_VERSION })],
    ['state missing', JSON.stringify({ version: SETTINGS_VERSION })],
  ])('corrupt or foreign data (%s) gives the defaults without throwing', (_name, text) => {
    const store = createSettingsStore({ storage: () => withRecord(text) });
    expect(settingsOf(store)).toEqual(DEFAULT_SETTINGS);
  });

  it('wrong shapes: bad fields fall back to the defaults, good ones are kept', () => {
    const storage = withRecord({
      state: { muted: 'yes', volume: 0.2, lastMode: 'relaxed', lastDifficulty: 'nightmare', lastPackId: 12, extra: { evil: true } },
      version: SETTINGS_VERSION,
    });
    const store = createSettingsStore({ storage: () => storage });
    expect(settingsOf(store)).toEqual({ ...DEFAULT_SETTINGS, volume: 0.2, lastMode: 'relaxed' });
    expect('extra' in store.getState()).toBe(false);
    // Out-of-range numbers are clamped, non-finite ones dropped; over-long ids refused.
    expect(sanitizeSettings({ volume: 3 }).volume).toBe(1);
    expect(sanitizeSettings({ volume: -0.5 }).volume).toBe(0);
    expect(sanitizeSettings({ volume: Infinity }).volume).toBe(DEFAULT_SETTINGS.volume);
    expect(sanitizeSettings({ lastPackId: 'x'.repeat(201) }).lastPackId).toBe(null);
    expect(sanitizeSettings({ lastPackId: '' }).lastPackId).toBe(null);
    expect(sanitizeSettings({ lastPackId: null, lastDifficulty: 'easy' })).toEqual({ ...DEFAULT_SETTINGS, lastDifficulty: 'easy' });
  });

  it('migrates the old version 0 shape ({ sound, mode, difficulty, pack }) and rewrites it as the current version', () => {
    const storage = withRecord({ state: { sound: false, volume: 0.5, mode: 'survival', difficulty: 'easy', pack: 'benzema-2022' }, version: 0 });
    const store = createSettingsStore({ storage: () => storage });
    expect(settingsOf(store)).toEqual({ ...DEFAULT_SETTINGS, muted: true, volume: 0.5, lastMode: 'survival', lastDifficulty: 'easy', lastPackId: 'benzema-2022' });
    expect(stored(storage)!.version).toBe(SETTINGS_VERSION);
    expect(stored(storage)!.state).toMatchObject({ muted: true, lastMode: 'survival' });
    // A record with no version at all counts as version 0; junk in it still falls back.
    expect(migrateSettings({ sound: 'loud', mode: 'x' }, 0)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('junk', 0)).toEqual(DEFAULT_SETTINGS);
    const unversioned = createSettingsStore({ storage: () => withRecord({ state: { sound: true, mode: 'relaxed' } }) });
    expect(settingsOf(unversioned)).toMatchObject({ muted: false, lastMode: 'relaxed' });
  });

  it('a throwing setItem (quota exceeded) never throws, and the change still applies in memory', () => {
    const storage = new MemoryStorage();
    const full: KeyValueStorage = {
      getItem: (k) => storage.getItem(k),
      setItem: vi.fn(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }),
      removeItem: (k) => storage.removeItem(k),
    };
    const store = createSettingsStore({ storage: () => full });
    expect(() => store.getState().setMuted(true)).not.toThrow();
    expect(() => store.getState().setVolume(0.1)).not.toThrow();
    expect(full.setItem).toHaveBeenCalled();
    expect(store.getState()).toMatchObject({ muted: true, volume: 0.1 });
    expect(storage.getItem(SETTINGS_KEY)).toBe(null);
  });

  it('a storage getter that throws (cookies blocked: SecurityError) behaves as no storage', () => {
    const getter = vi.fn((): KeyValueStorage => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    let store!: SettingsStore;
    expect(() => (store = createSettingsStore({ storage: getter }))).not.toThrow();
    expect(settingsOf(store)).toEqual(DEFAULT_SETTINGS);
    expect(() => store.getState().setLastMode('relaxed')).not.toThrow();
    expect(store.getState().lastMode).toBe('relaxed');
    expect(getter).toHaveBeenCalled();
    // And a getItem that throws on read.
    const hostile: KeyValueStorage = {
      getItem: () => {
        throw new Error('boom');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(settingsOf(createSettingsStore({ storage: () => hostile }))).toEqual(DEFAULT_SETTINGS);
  });
});
