// The server re-scores from a cache of generated rounds (server/round-cache.ts): it must give
// exactly what generating the round afresh gives, for every mode, difficulty and seed and for the
// Daily across packs; keep a cached round unchangeable; and stay within its bound.
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES } from '../../src/domain/difficulty';
import { DAILY_PACK_ID, dailyRoundQuestions, dailyRoundSeed, dailyVersion } from '../../src/domain/daily-round';
import { MODES } from '../../src/domain/modes';
import { generateRoundQuestions, roundCache } from '../../server/round-cache';
import { issueRun, verifySubmission, type SubmittedAnswer } from '../../server/rounds';
import { historyFor, packs, PACK_ID, PACK_VERSION } from './helpers';

const SECRET = Buffer.from('c'.repeat(40));
const T0 = Date.UTC(2026, 11, 8, 9);
const LATER = T0 + 30 * 60_000;

describe('the round cache', () => {
  it('re-scores every mode, difficulty and seed exactly as a fresh round does, the first time and the next', () => {
    const cache = roundCache(packs());
    let compared = 0;
    for (const mode of MODES.filter((m) => m !== 'daily')) {
      for (const difficulty of DIFFICULTIES) {
        for (let s = 0; s < 6; s++) {
          const issued = issueRun(packs(), SECRET, { packId: PACK_ID, packVersion: PACK_VERSION, mode, difficulty, seed: `cache-${s}` }, T0);
          if (!issued.ok) throw new Error(issued.refusal.message);
          const history = historyFor({ seed: `cache-${s}`, mode, difficulty }, (q) => (q * 7 + s) % 3 !== 0);
          const fresh = verifySubmission(packs(), SECRET, issued.value.token, history, [], LATER);
          expect(fresh.ok).toBe(true);
          expect(verifySubmission(packs(), SECRET, issued.value.token, history, [], LATER, cache)).toEqual(fresh);
          expect(verifySubmission(packs(), SECRET, issued.value.token, history, [], LATER, cache)).toEqual(fresh);
          compared++;
        }
      }
    }
    expect(compared).toBe(3 * DIFFICULTIES.length * 6);
  });

  it('re-scores the Daily across packs as a fresh round does', () => {
    const cache = roundCache(packs());
    const issued = issueRun(packs(), SECRET, { packId: DAILY_PACK_ID, packVersion: dailyVersion(packs().all()), mode: 'daily', difficulty: 'medium' }, T0);
    if (!issued.ok) throw new Error(issued.refusal.message);
    const seed = dailyRoundSeed('2026-12-08');
    const history: SubmittedAnswer[] = dailyRoundQuestions(packs().all(), seed).map((q, i) => ({ questionId: q.id, chosen: i % 3 ? q.answer : (q.answer + 1) % q.options.length, timeMs: 1_000, lifelines: [] }));
    const fresh = verifySubmission(packs(), SECRET, issued.value.token, history, [], LATER);
    expect(fresh).toMatchObject({ ok: true, value: { answered: 10, correct: 6 } });
    expect(verifySubmission(packs(), SECRET, issued.value.token, history, [], LATER, cache)).toEqual(fresh);
    expect(verifySubmission(packs(), SECRET, issued.value.token, history, [], LATER, cache)).toEqual(fresh);
  });

  it('hands out the same frozen round each time, and forgets the least recently used past its bound', () => {
    const cache = roundCache(packs(), 2);
    const config = (seed: string) => ({ packId: PACK_ID, packVersion: PACK_VERSION, seed, mode: 'classic' as const, difficulty: 'medium' as const });
    const a = cache(config('a'));
    expect(a).toEqual(generateRoundQuestions(packs(), config('a')));
    expect(cache(config('a'))).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a[0]) && Object.isFrozen(a[0]!.options)).toBe(true);
    expect(() => a[0]!.options.push('x')).toThrow(TypeError);
    const b = cache(config('b'));
    cache(config('a')); // a is now the most recently used
    cache(config('c')); // so b goes
    expect(cache.size).toBe(2);
    expect(cache(config('a'))).toBe(a);
    expect(cache(config('b'))).not.toBe(b);
    expect(cache(config('b'))).toEqual(b);
  });

  it('refuses a round it cannot make, as generating it does', () => {
    const cache = roundCache(packs());
    expect(() => cache({ packId: 'nope', packVersion: '1', seed: 's', mode: 'classic', difficulty: 'medium' })).toThrow(/no pack nope/);
    expect(() => cache({ packId: DAILY_PACK_ID, packVersion: 'other', seed: dailyRoundSeed('2026-12-08'), mode: 'daily', difficulty: 'medium' })).toThrow(/played on packs/);
    expect(cache.size).toBe(0);
  });
});
