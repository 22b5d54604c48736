// Turn a round request into a config and its questions: the same code in the worker and inline.
import { MODE_RULES, type RoundConfig } from '../../domain/round';
import { recentWindow, withRecent } from '../../domain/questions/recent';
import { questionsForRound } from '../../domain/round-questions';
import { choosePack, type PackEntry } from '../../domain/pack/pack-entry';
import { DAILY_PACK_ID, dailyRoundQuestions, dailyVersion } from '../../domain/daily-round';
import type { PreparedRound, RoundRequest } from './pack-service';

/** A request for the Daily across packs (its pack id is 'daily', not a pack's). */
export function isDailyAcrossPacks(request: Pick<RoundRequest, 'packIds' | 'mode'>): boolean {
  return request.mode === 'daily' && request.packIds[0] === DAILY_PACK_ID;
}

/** The Daily across packs: the same 10 questions from every shipped pack for everyone on its day. */
export function prepareDailyRound(entries: readonly PackEntry[], seed: string): PreparedRound | null {
  const packs = entries.flatMap((e) => (e.status === 'ok' ? [e.pack] : []));
  if (packs.length === 0) return null;
  return {
    config: { packId: DAILY_PACK_ID, packVersion: dailyVersion(packs), seed, mode: 'daily', difficulty: 'medium' },
    questions: dailyRoundQuestions(packs, seed),
  };
}

export function prepareRound(entries: readonly PackEntry[], request: RoundRequest): PreparedRound | null {
  if (isDailyAcrossPacks(request)) return prepareDailyRound(entries, request.seed);
  const entry = choosePack(entries, request.packIds);
  if (!entry) return null;
  const seen = request.seen?.packId === entry.pack.id && request.mode !== 'daily' ? request.seen.ids : [];
  const recent = seen.length > 0 ? recentWindow(entry.pack, seen, MODE_RULES[request.mode].questions) : new Set<string>();
  const config: RoundConfig = {
    packId: entry.pack.id,
    packVersion: entry.pack.version,
    seed: withRecent(entry.pack, request.seed, recent),
    mode: request.mode,
    difficulty: request.difficulty,
  };
  return { config, questions: questionsForRound(entry.pack, config) };
}
