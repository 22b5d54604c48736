// One Daily for everyone, drawn across every shipped pack: the same questions whatever the order
// the packs come in, spread across packs, scored and re-scored by the same core.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/daily';
import { DAILY_PACK_ID, dailyRoundConfig, dailyRoundQuestions, dailyVersion, rescoreDailyRound } from '../../src/domain/daily-round';
import { auditQuestion } from '../../src/domain/questions/audit';
import { allPackPaths, loadValidPack } from './helpers';

const packs = allPackPaths().filter((p) => p.startsWith('questions/')).map(loadValidPack);
const byId = new Map(packs.map((p) => [p.id, p]));

describe('the Daily across packs', () => {
  it('is the same 10 questions whatever order the packs are listed in', () => {
    const config = dailyRoundConfig(packs, '2026-12-07');
    expect(config).toMatchObject({ packId: DAILY_PACK_ID, mode: 'daily', difficulty: 'medium' });
    const a = dailyRoundQuestions(packs, config.seed);
    const b = dailyRoundQuestions(packs.slice().reverse(), config.seed);
    expect(a).toHaveLength(10);
    expect(b).toEqual(a);
  });

  it('spreads across packs, with unique ids, fair questions and at most 2 true/false, over 60 days', () => {
    let day = '2026-11-01';
    for (let i = 0; i < 60; i++, day = addDays(day, 1)!) {
      const questions = dailyRoundQuestions(packs, dailyRoundConfig(packs, day).seed);
      expect(questions).toHaveLength(10);
      expect(new Set(questions.map((q) => q.id)).size).toBe(10);
      expect(new Set(questions.map((q) => q.packId)).size).toBeGreaterThanOrEqual(Math.min(packs.length, 9));
      expect(questions.filter((q) => q.form === 'true-false').length).toBeLessThanOrEqual(2);
      for (const q of questions) {
        const pack = byId.get(q.packId!)!;
        expect(auditQuestion(pack, { ...q, id: q.id.slice(pack.id.length + 1) })).toEqual([]);
      }
    }
  });

  it('differs from day to day', () => {
    const ids = (day: string) => dailyRoundQuestions(packs, dailyRoundConfig(packs, day).seed).map((q) => q.id).join();
    expect(ids('2026-12-07')).not.toBe(ids('2026-12-08'));
  });

  it('is re-scored from the packs and its history alone, and refuses other packs or seeds', () => {
    const config = dailyRoundConfig(packs, '2026-12-07');
    const questions = dailyRoundQuestions(packs, config.seed);
    const history = questions.map((q, i) => ({ questionId: q.id, chosen: i % 3 === 0 ? (q.answer + 1) % q.options.length : q.answer, timeMs: 4000, lifelines: [] }));
    const { state, problems } = rescoreDailyRound(packs, config, history);
    expect(problems).toEqual([]);
    expect(state.correctCount).toBe(6);
    expect(state.endReason).toBe('complete');
    expect(() => rescoreDailyRound(packs.slice(1), config, history)).toThrow(/played on packs/);
    expect(() => rescoreDailyRound(packs, { ...config, seed: 'abc' }, history)).toThrow(/not a Daily seed/);
    expect(dailyVersion(packs)).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
