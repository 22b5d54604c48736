// The two small additions the results panel needs: renaming this round's stored score, and the
// remembered player name in the settings store.
import { describe, expect, it } from 'vitest';
import { createScoresStore, type SyncStorage } from '../../src/state/scores-store';
import { createSettingsStore, sanitizeSettings } from '../../src/state/settings-store';
import { dailySeed, dayOfDailySeed } from '../../src/domain/daily';

const memory = (): SyncStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

const entry = { name: 'Player', score: 900, correct: 6, total: 10, timeMs: 1000, date: '2026-11-26T10:00:00.000Z', seed: 'abc123', packId: 'p', packVersion: '1.0.0', mode: 'classic', difficulty: 'medium' } as const;

describe('renameScore', () => {
  it('renames the entry found by seed and date, sanitized, and persists it', () => {
    const storage = memory();
    const store = createScoresStore({ storage });
    store.getState().addScore(entry);
    expect(store.getState().renameScore(entry, entry.seed, entry.date, '  Sam\u200b  ')).toEqual({ found: true, saved: true });
    expect(store.getState().topScores(entry)[0]!.name).toBe('Sam');
    expect(createScoresStore({ storage }).getState().topScores(entry)[0]!.name).toBe('Sam');
    expect(store.getState().renameScore(entry, 'other', entry.date, 'X').found).toBe(false);
  });
  it('reports a failed write but keeps the new name in memory', () => {
    const broken = createScoresStore({
      storage: { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } },
    });
    broken.getState().addScore(entry);
    const result = broken.getState().renameScore(entry, entry.seed, entry.date, 'Sam');
    expect(result).toEqual({ found: true, saved: false });
    expect(broken.getState().topScores(entry)[0]!.name).toBe('Sam');
    expect(broken.getState().lastSaveError?.kind).toBe('quota');
  });
});

describe('player name setting', () => {
  it('is sanitized, remembered, and blank means "not set"', () => {
    const data = new Map<string, string>();
    const storage = () => ({ getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) });
    const store = createSettingsStore({ storage });
    expect(store.getState().playerName).toBe('');
    store.getState().setPlayerName('  Zoë   K ');
    expect(store.getState().playerName).toBe('Zoë K');
    expect(createSettingsStore({ storage }).getState().playerName).toBe('Zoë K');
    store.getState().setPlayerName('   ');
    expect(store.getState().playerName).toBe('');
    expect(sanitizeSettings({ playerName: 42 }).playerName).toBe('');
    expect(sanitizeSettings({ playerName: 'x'.repeat(300) }).playerName).toBe('');
  });
});

describe('dayOfDailySeed', () => {
  it('reads the UTC day back out of a Daily seed, and nothing out of other seeds', () => {
    expect(dayOfDailySeed(dailySeed('pack', '2026-11-26'))).toBe('2026-11-26');
    expect(dayOfDailySeed('d20261399-00000000')).toBeNull();
    expect(dayOfDailySeed('abc')).toBeNull();
  });
});
