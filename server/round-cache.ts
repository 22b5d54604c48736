// The questions of a round, generated once per round and kept: re-scoring a submission replays its
// history over them. Generating a round is the costly part of re-scoring (8–15 ms of CPU here
// against 0.05 ms for the replay), and every ranked run of one board and week shares its seed,
// so a small cache turns almost every submission's re-score into a replay. Bounded (least
// recently used goes first), so challenge seeds chosen by clients cannot grow it.
import { DAILY_PACK_ID, dailyRoundQuestionsFor } from '../src/domain/daily-round';
import type { Question } from '../src/domain/questions/types';
import type { RoundConfig } from '../src/domain/round';
import { questionsForRound } from '../src/domain/round-questions';
import type { PackIndex } from './packs';

/** A round's questions (frozen when cached: a mutation throws instead of reaching the next submission). */
export type RoundQuestions = (config: RoundConfig) => Question[];

/** Frozen all the way down: a cached round is shared by every submission, so nothing may change it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The round a config names, from these packs, with the domain's own checks (throws for an unknown pack or a config that does not fit). */
export function generateRoundQuestions(packs: PackIndex, config: RoundConfig): Question[] {
  if (config.packId === DAILY_PACK_ID) return dailyRoundQuestionsFor(packs.all(), config);
  const pack = packs.get(config.packId, config.packVersion);
  if (!pack) throw new Error(`no pack ${config.packId}@${config.packVersion}`);
  return questionsForRound(pack, config);
}

export function roundCache(packs: PackIndex, capacity = 256): RoundQuestions & { readonly size: number } {
  const rounds = new Map<string, Question[]>();
  const questionsOf = (config: RoundConfig): Question[] => {
    const key = JSON.stringify([config.packId, config.packVersion, config.seed, config.mode, config.difficulty]);
    let questions = rounds.get(key);
    if (questions) rounds.delete(key); // re-inserted below: a Map keeps insertion order, so the first key is the least recently used
    else questions = deepFreeze(generateRoundQuestions(packs, config));
    rounds.set(key, questions);
    if (rounds.size > capacity) rounds.delete(rounds.keys().next().value!);
    return questions;
  };
  return Object.defineProperty(questionsOf, 'size', { get: () => rounds.size }) as RoundQuestions & { readonly size: number };
}
