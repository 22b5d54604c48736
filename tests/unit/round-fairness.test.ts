// Issue 23's must-holds as properties over every shipped pack and many seeds: hints that keep the
// secret, true/false as a last resort, numeric options that do not betray the key, numbers with
// thousands separators, and rounds that steer away from facts a device saw.
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack/schema';
import { hintShowsKey, questionKeys } from '../../src/domain/questions/audit';
import { reachableRanks } from '../../src/domain/questions/distractors';
import { generateQuestions } from '../../src/domain/questions/generate';
import { indexPack } from '../../src/domain/questions/pack-index';
import { groupCount, recentOf, recentWindow, withRecent } from '../../src/domain/questions/recent';
import type { Question } from '../../src/domain/questions/types';
import { createRng } from '../../src/domain/rng';
import { questionsForRound } from '../../src/domain/round-questions';
import { parseNumber } from '../../src/domain/text';
import { allPackPaths, loadValidPack } from './helpers';

const packs: Array<[string, Pack]> = allPackPaths().map((p) => [p, loadValidPack(p)]);
const shipped = packs.filter(([p]) => p.startsWith('questions/'));
const SEEDS = 150;

/** A second, independent reading of "the hint shows the key": plain regular expressions over the
 *  folded text, not the tokenizer the blanker uses. */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/(\d),(?=\d{3})/g, '$1').replace(/’/g, "'");
function regexLeak(hint: string, key: string): boolean {
  const text = fold(hint);
  const number = parseNumber(key);
  if (!Number.isNaN(number)) {
    if (new RegExp(`(?<![\\d.])${String(number).replace('.', '\\.')}(?![\\d])`).test(text)) return true;
    const n = Math.round(number);
    return n === number && n >= 0 && n < WORDS.length && new RegExp(`\\b(${WORDS[n]}|${ORDINALS[n]})\\b`).test(text);
  }
  const parts = fold(key).split(/[^\p{L}\p{N}']+/u).filter((w) => w.length >= 4);
  return parts.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text));
}

describe('hints never show their key (every pack × seeds × difficulties)', () => {
  it.each(packs)('%s', (_, pack) => {
    let checked = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      for (const difficulty of ['easy', 'medium', 'hard'] as const) {
        for (const q of generateQuestions(pack, { seed, count: 10, difficulty })) {
          expect(hintShowsKey(pack, q), `${q.id}: ${q.hint}`).toBeUndefined();
          for (const key of questionKeys(pack, q)) expect(regexLeak(q.hint, key), `${q.id} shows "${key}": ${q.hint}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(SEEDS);
  });

  it('the independent reading does catch a leak', () => {
    expect(regexLeak('a crowd of 88,966', '88,966')).toBe(true);
    expect(regexLeak('he scored seven', '7')).toBe(true);
    expect(regexLeak('the 23rd minute', '23')).toBe(true);
    expect(regexLeak('Mbappe equalised', 'Kylian Mbappé')).toBe(true);
    expect(regexLeak('_____ equalised', 'Kylian Mbappé')).toBe(false);
  });
});

describe('true/false is a last resort', () => {
  it.each(packs)('%s: at most 2 in any 10-question round, and none while a four-option question was possible', (_, pack) => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const round = generateQuestions(pack, { seed, count: 10 });
      const tf = round.filter((q) => q.form === 'true-false');
      expect(tf.length, `seed ${seed}`).toBeLessThanOrEqual(2);
      // A true/false question means its fact could make no other form this round.
      if (tf.length > 0) {
        const other = generateQuestions(pack, { seed, count: 10, forms: ['direct', 'identify', 'closest', 'odd-one-out', 'which-first', 'order'] });
        for (const q of tf) expect(other.some((o) => o.factIds.includes(q.factIds[0]!)), `${q.id} had a better form`).toBe(false);
      }
    }
  });

  it('a pack of statements alone still gets at most 2 in a round', () => {
    const [, pack] = packs.find(([p]) => p.includes('mini-pack'))!;
    for (let seed = 0; seed < 40; seed++) {
      expect(generateQuestions(pack, { seed, count: 10, forms: ['true-false'] }).length).toBeLessThanOrEqual(2);
    }
  });
});

const numericOptions = (q: Question) => q.options.map(parseNumber);

describe('numeric options do not betray the key', () => {
  it.each(shipped)('%s: the key\'s rank is uniform over seeds wherever the bounds allow all four (χ² < 16.3, p = 0.001)', (_, pack) => {
    const index = indexPack(pack);
    for (const fact of pack.facts) {
      if (fact.answer.type !== 'number' && fact.answer.type !== 'year') continue;
      const info = index.facts.get(fact.id)!;
      if (reachableRanks(info, 'medium', createRng('x')).length < 4) continue;
      const counts = [0, 0, 0, 0];
      for (let seed = 0; seed < 400; seed++) {
        const [q] = generateQuestions({ ...pack, facts: [fact], questions: [] }, { seed, count: 1, forms: ['direct'] });
        if (q) counts[q.answer]!++;
      }
      const total = counts.reduce((a, b) => a + b, 0);
      const chi = counts.reduce((s, c) => s + (c - total / 4) ** 2 / (total / 4), 0);
      expect(chi, `${fact.id}: ${counts.join('/')}`).toBeLessThan(16.27);
    }
  });

  it.each(shipped)('%s: gaps are uneven where the step allows, whole where the key is whole, thousands separated', (_, pack) => {
    let spaced = 0;
    let even = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      for (const q of generateQuestions(pack, { seed, count: 10, forms: ['direct'] })) {
        const values = numericOptions(q);
        if (values.some(Number.isNaN)) continue;
        const key = values[q.answer]!;
        if (Number.isInteger(key)) expect(values.every(Number.isInteger), q.options.join(' / ')).toBe(true);
        for (const o of q.options) if (/^\d{4,}$/.test(o) && !/^(1[89]|20)\d\d$/.test(o)) throw new Error(`${q.id}: "${o}" lacks separators`);
        const gaps = values.slice(1).map((v, i) => v - values[i]!);
        if (Math.min(...gaps) < 4) continue;
        spaced++;
        if (gaps.every((g) => g === gaps[0])) even++;
      }
    }
    // An even ladder is left only where real bounds squeeze every uneven one out.
    expect(even, `${even} of ${spaced} even`).toBeLessThanOrEqual(Math.ceil(spaced * 0.05));
  });
});

describe('fewer repeats: a seed may carry the groups a device saw', () => {
  const [, pack] = shipped.find(([p]) => p.includes('england-euro'))!;
  const config = (seed: string) => ({ packId: pack.id, packVersion: pack.version, seed, mode: 'classic' as const, difficulty: 'medium' as const });

  it('round-trips the seen groups through the seed, and the seed alone rebuilds the round', () => {
    const first = questionsForRound(pack, config('abc'));
    const seen = first.flatMap((q) => q.factIds);
    const recent = recentWindow(pack, seen, 10);
    const seed = withRecent(pack, 'abc', recent);
    expect(seed).toMatch(/^abc-r[0-9a-v]+$/);
    expect(seed.length).toBeLessThanOrEqual(32);
    expect(recentOf(pack, seed)).toEqual(recent);
    expect(questionsForRound(pack, config(seed))).toEqual(questionsForRound(pack, config(seed)));
  });

  it('a second round shares no group with the first while the pack has enough groups', () => {
    expect(groupCount(pack)).toBeGreaterThanOrEqual(20);
    for (let d = 0; d < 40; d++) {
      const first = questionsForRound(pack, config(`dev${d}`));
      // As the controller records them: a hand-written question by its own id.
      const seen = first.flatMap((q) => (q.factIds.length > 0 ? q.factIds : [q.id]));
      const second = questionsForRound(pack, config(withRecent(pack, `dev${d}b`, recentWindow(pack, seen, 10))));
      const firstGroups = new Set(first.flatMap((q) => q.groups));
      const repeated = second.filter((q) => q.groups.some((g) => firstGroups.has(g)));
      // Only what the pack's size forces (pigeonholes): multi-fact forms spend several groups.
      const forced = Math.max(0, firstGroups.size + second.flatMap((q) => q.groups).length - groupCount(pack));
      expect(repeated.length, repeated.map((q) => q.id).join(', ')).toBeLessThanOrEqual(forced);
    }
  });

  it('a Daily ignores a mask: it is the same for everyone', () => {
    const daily = { ...config('d20261207-0000abcd'), mode: 'daily' as const };
    const masked = { ...daily, seed: `${daily.seed}-r1` };
    expect(questionsForRound(pack, masked).map((q) => q.id)).toEqual(generateQuestions(pack, { seed: `daily:${masked.seed}`, count: 10, difficulty: 'medium' }).map((q) => q.id));
  });

  it('ignores a malformed mask', () => {
    expect(recentOf(pack, 'abc')).toBeUndefined();
    expect(recentOf(pack, 'abc-rXYZ')).toBeUndefined();
    expect(recentOf(pack, `abc-r${'v'.repeat(17)}`)).toBeUndefined();
  });
});
