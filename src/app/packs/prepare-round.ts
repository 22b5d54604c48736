// Turn a round request into a config and its questions: the same code in the worker and inline.
import type { RoundConfig } from '../../domain/round';
import { questionsForRound } from '../../domain/round-questions';
import { choosePack, type PackEntry } from '../../domain/pack/pack-entry';
import type { PreparedRound, RoundRequest } from './pack-service';

export function prepareRound(entries: readonly PackEntry[], request: RoundRequest): PreparedRound | null {
  const entry = choosePack(entries, request.packIds);
  if (!entry) return null;
  const config: RoundConfig = {
    packId: entry.pack.id,
    packVersion: entry.pack.version,
    seed: request.seed,
    mode: request.mode,
    difficulty: request.difficulty,
  };
  return { config, questions: questionsForRound(entry.pack, config) };
}
