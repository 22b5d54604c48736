// Which board a round goes on, and how the game names it: a Daily's day board, a challenge link's
// own board (its pack version and seed), else the table's all-time board.
import { dayOfDailySeed } from '../../domain/daily';
import type { RoundConfig } from '../../domain/round';
import type { BoardKey } from '../../state/online-store';
import { DIFFICULTY_LABEL, ROUND_MODE_LABEL } from '../format';
import type { BoardRequest } from './leaderboard-client';

/** Rows of the top of a board. */
export const TOP_N = 10;

export function boardFor(key: BoardKey, clientSeed: boolean): BoardRequest {
  if (key.mode === 'daily') {
    const day = dayOfDailySeed(key.seed);
    return { packId: key.packId, mode: 'daily', difficulty: key.difficulty, period: 'daily', ...(day ? { day } : {}), limit: TOP_N };
  }
  if (clientSeed) return { packId: key.packId, mode: key.mode, difficulty: key.difficulty, period: 'challenge', version: key.packVersion, seed: key.seed, limit: TOP_N };
  return { packId: key.packId, mode: key.mode, difficulty: key.difficulty, period: 'all', limit: TOP_N };
}

export function roundLabel(packTitle: string, config: Pick<RoundConfig, 'mode' | 'difficulty'>): string {
  return `${ROUND_MODE_LABEL[config.mode]} · ${DIFFICULTY_LABEL[config.difficulty]} · ${packTitle}`;
}
