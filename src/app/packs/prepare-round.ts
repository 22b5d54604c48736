// Turn a round request into a config and its questions: the same code in the worker and inline.
import { MODE_RULES, type RoundConfig } from '../../domain/round';
import { recentWindow, withRecent } from '../../domain/questions/recent';
import { questionsForRound } from '../../domain/round-questions';
import { choosePack, type PackEntry } from '../../domain/pack/pack-entry';
import type { PreparedRound, RoundRequest } from './pack-service';

export function prepareRound(entries: readonly PackEntry[], request: RoundRequest): PreparedRound | null {
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
