// One Daily for everyone: Daily #N is the same 10 questions for every player, whatever pack the
// menu has selected, drawn across all shipped packs from the day's seed — one group per fact as
// in any round, the packs taken in a seeded order so the questions spread across them. Pure:
// the game asks it, and a leaderboard server re-scores with it (rescoreDailyRound).
import { dailySeed, dayOfDailySeed, type UtcDate } from './daily';
import type { Pack } from './pack/schema';
import { generateQuestions } from './questions/generate';
import { spreadBy } from './questions/spread';
import { QUESTION_FORMS, type Question } from './questions/types';
import { MODE_RULES } from './modes';
import { createRng, hashKey } from './rng';
import { replayRound, type ReplayResult, type RoundConfig } from './round';

/** The pack id a Daily across packs carries in its config, links and boards. */
export const DAILY_PACK_ID = 'daily';
/** What the Daily's seed is keyed by (not a pack: every pack). */
const DAILY_SCOPE = 'all-packs';
const DAILY_FORMAT = 1;

/** The packs' ids and versions in one version string ("1.9.48213": format, pack count, hash): a
 *  Daily played on another build's packs is told apart, as a pack version is. */
export function dailyVersion(packs: readonly Pick<Pack, 'id' | 'version'>[]): string {
  const key = packs.map((p) => `${p.id}@${p.version}`).sort().join('|');
  return `${DAILY_FORMAT}.${packs.length}.${hashKey(key) % 100_000}`;
}

/** The seed of the Daily across packs on a UTC day: the game asks for it before any pack is loaded. */
export function dailyRoundSeed(utcDate: UtcDate): string {
  return dailySeed(DAILY_SCOPE, utcDate);
}

/** The config of the Daily across packs on a UTC day (throws RangeError for a day that is not one). */
export function dailyRoundConfig(packs: readonly Pick<Pack, 'id' | 'version'>[], utcDate: UtcDate): RoundConfig {
  return { packId: DAILY_PACK_ID, packVersion: dailyVersion(packs), seed: dailyRoundSeed(utcDate), mode: 'daily', difficulty: 'medium' };
}

const FOUR_OPTION_FORMS = QUESTION_FORMS.filter((f) => f !== 'true-false');

/**
 * The Daily's questions for a seed: the packs (by id, whatever order they were given in) in a
 * seeded order, each asked for its share of the 10, true/false only where a pack has nothing
 * else. Every question's id and groups carry its pack id (unique across packs) and `packId`
 * names where it came from.
 */
export function dailyRoundQuestions(packs: readonly Pack[], seed: string): Question[] {
  const count = MODE_RULES.daily.questions;
  const sorted = packs.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length === 0) return [];
  const order = createRng(`daily-order#${seed}`).shuffle(sorted);
  const wanted = new Map<Pack, number>();
  for (let i = 0; i < count; i++) wanted.set(order[i % order.length]!, (wanted.get(order[i % order.length]!) ?? 0) + 1);
  const byPack = new Map<Pack, Question[]>();
  for (const [pack, n] of wanted) {
    const options = { seed: `daily:${seed}`, count: n, difficulty: 'medium' as const };
    let made = generateQuestions(pack, { ...options, forms: FOUR_OPTION_FORMS });
    if (made.length < n) made = generateQuestions(pack, options);
    byPack.set(pack, made.map((q) => ({ ...q, id: `${pack.id}:${q.id}`, groups: q.groups.map((g) => `${pack.id}:${g}`), packId: pack.id })));
  }
  // Round-robin over the seeded pack order, so neighbours come from different packs.
  const out: Question[] = [];
  for (let round = 0; out.length < count && round < count; round++) {
    for (const pack of order) {
      const q = byPack.get(pack)?.[round];
      if (q && out.length < count) out.push(q);
    }
  }
  return spreadBy(out, (q) => q.form);
}

/** The questions of the Daily across packs a config names; throws when the config is not one for these packs. */
export function dailyRoundQuestionsFor(packs: readonly Pack[], config: RoundConfig): Question[] {
  if (config.packId !== DAILY_PACK_ID || config.mode !== 'daily') throw new Error(`not a Daily across packs: ${config.packId}/${config.mode}`);
  if (config.packVersion !== dailyVersion(packs)) throw new Error(`the Daily was played on packs ${config.packVersion}, these are ${dailyVersion(packs)}`);
  if (dayOfDailySeed(config.seed) === null) throw new Error(`not a Daily seed: ${config.seed}`);
  return dailyRoundQuestions(packs, config.seed);
}

/** Re-score a Daily across packs from the packs and its history alone (the server's check). */
export function rescoreDailyRound(packs: readonly Pack[], config: RoundConfig, history: Parameters<typeof replayRound>[2]): ReplayResult {
  return replayRound(config, dailyRoundQuestionsFor(packs, config), history);
}
