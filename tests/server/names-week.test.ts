// Names on the boards and the ISO week boards roll over on.
import { describe, expect, it } from 'vitest';
import { checkPlayerName } from '../../server/names';
import { isoWeekOf } from '../../server/rounds';

describe('checkPlayerName', () => {
  it('applies the game\'s own rules first', () => {
    expect(checkPlayerName('  Ann   Lee  ')).toEqual({ ok: true, name: 'Ann Lee' });
    expect(checkPlayerName(42)).toEqual({ ok: true, name: 'Player' });
  });
  it('refuses profanity through leetspeak, spacing and look-alike letters', () => {
    for (const bad of ['fuck', 'FuCk3r', 'f u c k', 'sh1t', '$h!t', 'ｆｕｃｋ']) expect(checkPlayerName(bad).ok, bad).toBe(false);
    for (const good of ['Scunthorpe fan', 'Bukayo', 'Cassano', 'Hitchcock']) expect(checkPlayerName(good).ok, good).toBe(true);
  });
});

describe('isoWeekOf', () => {
  it('follows ISO 8601 in UTC, across year ends', () => {
    expect(isoWeekOf(Date.UTC(2026, 11, 1))).toBe('2026-W49');
    expect(isoWeekOf(Date.UTC(2027, 0, 1))).toBe('2026-W53'); // a Friday: still 2026's last week
    expect(isoWeekOf(Date.UTC(2024, 11, 30))).toBe('2025-W01'); // a Monday in 2025's first week
    expect(isoWeekOf(Date.UTC(2026, 10, 30, 23, 59))).toBe('2026-W49'); // Monday 30 Nov
    expect(isoWeekOf(Date.UTC(2026, 10, 29, 23, 59))).toBe('2026-W48'); // Sunday
  });
});
