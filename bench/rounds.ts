// Rounds a fan enjoys, measured over every shipped pack: the true/false share, hints that show
// their key, where the key sits among numeric options, and facts repeated across three rounds on
// one device (with the seen store's own logic). Figures, not assertions: see docs/BENCHMARKS.md.
// Run: npm run bench:rounds [-- --seeds 200]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePackText } from '../src/domain/pack/validate-text';
import type { Pack } from '../src/domain/pack/schema';
import { hintShowsKey } from '../src/domain/questions/audit';
import { NO_HINT } from '../src/domain/questions/forms';
import { recentWindow, withRecent } from '../src/domain/questions/recent';
import { groupCount } from '../src/domain/questions/generate';
import type { Question } from '../src/domain/questions/types';
import { questionsForRound } from '../src/domain/round-questions';
import { rememberSeen } from '../src/state/seen-store';

const QUESTIONS_DIR = join(import.meta.dirname, '..', 'questions');
const seedsArg = process.argv.indexOf('--seeds');
const SEEDS = seedsArg > 0 ? Number(process.argv[seedsArg + 1]) : 200;
const DEVICES = Math.max(20, Math.floor(SEEDS / 2));
const ROUND = 10;

interface Tally {
  questions: number;
  trueFalse: number;
  leaks: number;
  ranks: number[];
  repeated: number;
  laterFacts: number;
  repeatedPlain: number;
  laterPlain: number;
  maxTrueFalse: number;
  noHint: number;
  leakExample?: string;
}

const emptyTally = (): Tally => ({ questions: 0, trueFalse: 0, leaks: 0, ranks: [0, 0, 0, 0], repeated: 0, laterFacts: 0, repeatedPlain: 0, laterPlain: 0, maxTrueFalse: 0, noHint: 0 });

function loadPacks(): Pack[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const result = validatePackText(readFileSync(join(QUESTIONS_DIR, f), 'utf8'));
      if (!result.ok) throw new Error(`${f} does not validate`);
      return result.pack;
    });
}

const classic = (pack: Pack, seed: string): Question[] =>
  questionsForRound(pack, { packId: pack.id, packVersion: pack.version, seed, mode: 'classic', difficulty: 'medium' });

const NUMERIC_ANSWER = /^-?[\d,]+(\.\d+)?$/;

function measureRounds(pack: Pack, t: Tally): void {
  for (let s = 0; s < SEEDS; s++) {
    const round = classic(pack, `bench${s}`);
    const tf = round.filter((q) => q.form === 'true-false').length;
    t.maxTrueFalse = Math.max(t.maxTrueFalse, tf);
    t.questions += round.length;
    t.trueFalse += tf;
    for (const q of round) {
      if (q.hint === NO_HINT) t.noHint++;
      const shown = hintShowsKey(pack, q);
      if (shown !== undefined) {
        t.leaks++;
        t.leakExample ??= `${q.id}: "${shown}" in “${q.hint}”`;
      }
      const numeric = (q.form === 'direct' || q.form === 'closest') && q.options.length === 4 && q.options.every((o) => NUMERIC_ANSWER.test(o));
      if (numeric || (q.form === 'direct' && q.options.length === 4)) t.ranks[q.answer]!++;
    }
  }
}

/** Three rounds in a row on one device: the share of facts in rounds 2 and 3 already asked. */
function measureRepeats(pack: Pack, t: Tally): void {
  for (let d = 0; d < DEVICES; d++) {
    let seen: string[] = [];
    const asked = new Set<string>();
    const askedPlain = new Set<string>();
    for (let r = 0; r < 3; r++) {
      const seed = `dev${d}x${r}`;
      const round = classic(pack, withRecent(pack, seed, recentWindow(pack, seen, ROUND)));
      const plain = classic(pack, seed);
      const facts = round.flatMap((q) => (q.factIds.length > 0 ? q.factIds : [q.id]));
      const factsPlain = plain.flatMap((q) => (q.factIds.length > 0 ? q.factIds : [q.id]));
      if (r > 0) {
        t.laterFacts += facts.length;
        t.repeated += facts.filter((f) => asked.has(f)).length;
        t.laterPlain += factsPlain.length;
        t.repeatedPlain += factsPlain.filter((f) => askedPlain.has(f)).length;
      }
      for (const f of facts) asked.add(f);
      for (const f of factsPlain) askedPlain.add(f);
      seen = rememberSeen(seen, facts);
    }
  }
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

/** Pearson's chi-square of the four rank counts against uniform (3 degrees of freedom: 7.81 is
 *  the 5 % critical value). */
function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

function row(name: string, groups: number | string, t: Tally): string {
  const rankTotal = t.ranks.reduce((a, b) => a + b, 0);
  const spread = t.ranks.map((c) => pct(c, rankTotal).replace(' %', '')).join('/');
  return `| ${name} | ${groups} | ${pct(t.trueFalse, t.questions)} (max ${t.maxTrueFalse}) | ${t.leaks} of ${t.questions} (${pct(t.leaks, t.questions)}; no hint, said plainly: ${pct(t.noHint, t.questions)}) | ${spread} (χ² ${chiSquare(t.ranks).toFixed(1)}, n=${rankTotal}) | ${pct(t.repeated, t.laterFacts)} (without the store ${pct(t.repeatedPlain, t.laterPlain)}) |`;
}

const packs = loadPacks();
const total = emptyTally();
console.log(`bench:rounds — ${packs.length} packs, ${SEEDS} Classic rounds (medium) each, ${DEVICES} devices × 3 rounds for repeats, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| pack | groups | true/false share (max in a round) | hints showing the key | key rank 1st/2nd/3rd/4th on numeric questions (%) | facts repeated in rounds 2–3 |');
console.log('|---|---|---|---|---|---|');
const examples: string[] = [];
for (const pack of packs) {
  const t = emptyTally();
  measureRounds(pack, t);
  measureRepeats(pack, t);
  console.log(row(pack.id, groupCount(pack), t));
  if (t.leakExample) examples.push(t.leakExample);
  for (const key of Object.keys(total) as Array<keyof Tally>) {
    if (key === 'ranks') t.ranks.forEach((c, i) => (total.ranks[i]! += c));
    else if (key === 'maxTrueFalse') total.maxTrueFalse = Math.max(total.maxTrueFalse, t.maxTrueFalse);
    else if (key !== 'leakExample') total[key] += t[key];
  }
}
console.log(row('**total**', packs.reduce((n, p) => n + groupCount(p), 0), total));
console.log(`\nTargets in total: hints 0 % (${pct(total.leaks, total.questions)}), true/false ≤ 20 % (${pct(total.trueFalse, total.questions)}), repeats ≤ 10 % (${pct(total.repeated, total.laterFacts)}).`);
if (examples.length > 0) console.log(`\nFirst leak per pack:\n${examples.map((e) => `- ${e}`).join('\n')}`);
