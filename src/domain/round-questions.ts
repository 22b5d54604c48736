// Which questions a round asks, and re-scoring a round from its pack and history: what a
// leaderboard server runs. Apart from the reducer so the generator loads only where it is used.
import type { Pack } from './pack/schema';
import { generateQuestions } from './questions/generate';
import { recentOf } from './questions/recent';
import type { Question } from './questions/types';
import { MODE_RULES } from './modes';
import { replayRound, type ReplayResult, type RoundConfig } from './round';

export function questionsForRound(pack: Pack, config: RoundConfig): Question[] {
  if (config.packId !== pack.id || config.packVersion !== pack.version) {
    throw new Error(`round is for ${config.packId}@${config.packVersion}, pack is ${pack.id}@${pack.version}`);
  }
  // A Daily is the same for everyone: a mask of seen facts never applies to it.
  const recent = config.mode === 'daily' ? undefined : recentOf(pack, config.seed);
  return generateQuestions(pack, {
    seed: `${config.mode}:${config.seed}`,
    count: MODE_RULES[config.mode].questions,
    difficulty: config.difficulty,
    ...(recent ? { recent } : {}),
  });
}

/** Re-score a round from the pack and its history alone. */
export function rescoreRound(pack: Pack, config: RoundConfig, history: Parameters<typeof replayRound>[2]): ReplayResult {
  return replayRound(config, questionsForRound(pack, config), history);
}
