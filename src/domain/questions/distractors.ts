// Wrong answers that are plausible, false and give nothing away (GUIDE §3): numbers in steps of
// roughly 8–15 % inside real bounds with the right answer's rank uniform, entities from pools.
import type { Difficulty } from '../pack/schema';
import type { Rng } from '../rng';
import { formatNumber, formatPartialDate, normalizeOption, overlaps } from '../text';
import type { Bounds, FactInfo } from './pack-index';

export interface OptionSet {
  options: string[];
  answer: number;
}

const OPTION_COUNT = 4;
const STEP_SHARE: Record<Difficulty, number> = { easy: 0.15, medium: 0.11, hard: 0.08 };
const YEAR_STEP: Record<Difficulty, number> = { easy: 3, medium: 2, hard: 1 };
const MONTH_STEP: Record<Difficulty, number> = { easy: 5, medium: 3, hard: 1 };
const DAY_STEP: Record<Difficulty, number> = { easy: 60, medium: 21, hard: 7 };
const CLOSEST_SHARE: Record<Difficulty, number> = { easy: 0.3, medium: 0.2, hard: 0.12 };

/** How far one gap may stray from the step: uneven gaps, so the options are no progression
 *  centred on the key ("150 / 183 / 216 / 249" told players to pick a middle one). */
const GAP_JITTER = { low: 0.6, high: 1.6 };
const JITTER_TRIES = 4;

/** Ascending options around the answer with uneven gaps that are whole multiples of `grain`; the
 *  answer's rank is drawn first so it stays uniform across seeds, and only bounds can force
 *  another rank. */
function spacedOptions(
  answer: number,
  steps: readonly number[],
  bounds: Bounds,
  rng: Rng,
  display: (n: number) => string,
  isAllowed: (n: number) => boolean,
  onlyRank?: number,
  grain = 0,
): OptionSet | undefined {
  const wantedRank = onlyRank ?? rng.int(OPTION_COUNT);
  const ranks = onlyRank !== undefined ? [onlyRank] : [wantedRank, ...rng.shuffle([0, 1, 2, 3].filter((r) => r !== wantedRank))];
  for (const rank of ranks) {
    for (const step of steps) {
      const unit = gapUnit(grain, step);
      for (let attempt = 0; attempt <= JITTER_TRIES; attempt++) {
        // The last attempt is the plain even spacing: it fits wherever any spacing does.
        const values = attempt < JITTER_TRIES && unit > 0 ? unevenValues(answer, rank, step, unit, rng, bounds) : evenValues(answer, rank, step);
        if (values[0]! < bounds.min || values[OPTION_COUNT - 1]! > bounds.max) continue;
        if (values.some((n, i) => i !== rank && !isAllowed(n))) continue;
        const options = values.map(display);
        if (!distinctAndApart(options)) continue;
        return { options, answer: rank };
      }
    }
  }
  return undefined;
}

/** The largest of the grain and its round fractions that fits twice in a step, else 0 (even
 *  spacing): gaps stay round enough for the answer's own roundness. */
function gapUnit(grain: number, step: number): number {
  if (grain <= 0) return 0;
  for (const unit of [grain, grain / 2, grain / 5, grain / 10]) {
    const whole = grain >= 1 ? Number.isInteger(unit) : true;
    if (whole && unit <= step / 2) return unit;
  }
  return 0;
}

function evenValues(answer: number, rank: number, step: number): number[] {
  return Array.from({ length: OPTION_COUNT }, (_, i) => answer + (i - rank) * step);
}

/** Gaps drawn between 0.6 and 1.6 steps, each a multiple of `unit`, never all alike. */
function unevenValues(answer: number, rank: number, step: number, unit: number, rng: Rng, bounds: Bounds): number[] {
  const gap = () => unit * Math.max(1, Math.round((step * (GAP_JITTER.low + rng.next() * (GAP_JITTER.high - GAP_JITTER.low))) / unit));
  const gaps = Array.from({ length: OPTION_COUNT - 1 }, gap);
  // Near a real bound, the gaps on that side shrink together (still uneven) rather than the
  // options falling back to an even ladder.
  const fit = (from: number, to: number, room: number) => {
    const span = gaps.slice(from, to).reduce((a, b) => a + b, 0);
    if (span <= room) return;
    for (let i = from; i < to; i++) gaps[i] = unit * Math.max(1, Math.floor((gaps[i]! * room) / span / unit));
  };
  fit(0, rank, answer - bounds.min);
  fit(rank, OPTION_COUNT - 1, bounds.max - answer);
  if (gaps.every((g) => g === gaps[0])) gaps[rng.int(gaps.length)] = gaps[0]! + unit;
  // Both neighbours of a middle key as far away would make it the centre of its options.
  if (rank > 0 && rank < OPTION_COUNT - 1 && gaps[rank - 1] === gaps[rank]) gaps[rank] = gaps[rank]! + unit;
  const values = [answer];
  for (let i = rank - 1; i >= 0; i--) values.unshift(values[0]! - gaps[i]!);
  for (let i = rank; i < OPTION_COUNT - 1; i++) values.push(values[values.length - 1]! + gaps[i]!);
  return values.map((n) => roundStep(n));
}

/** The roundest grain the answer is written in, as the article would: 105 (£m) → 5, 60,000 → 10,000,
 *  37 → 1; fractional answers keep their own decimals. */
export function answerGrain(value: number): number {
  let grain = 1;
  if (!Number.isInteger(value)) {
    const decimals = String(value).split('.')[1]?.length ?? 0;
    return Math.pow(10, -decimals);
  }
  for (let g = 1; g <= Math.abs(value); g *= 10) {
    for (const m of [1, 2, 5]) if (value % (g * m) === 0 && g * m <= Math.abs(value) / 4) grain = g * m;
  }
  return grain;
}

/** Most smaller steps tried: a fixed number, so options cost the same for 37 and for 10⁹ (the
 *  ladder once held every step from the first down to the minimum: 10⁸ entries for 10⁹). */
const MAX_SMALLER_STEPS = 24;

/** Steps to try: the difficulty's own first, then smaller, then a little larger. Down to the
 *  minimum one unit at a time when that is short (every pinned pack is), else in even strides. */
function stepLadder(first: number, minimum: number): number[] {
  const ladder = [first];
  const units = Math.floor((first - minimum) / minimum + 1e-9);
  const stride = units <= MAX_SMALLER_STEPS ? minimum : (first - minimum) / MAX_SMALLER_STEPS;
  // Steps stay whole multiples of the smallest step, or a whole answer would get fractional options.
  const snap = (step: number) => roundStep(Math.max(minimum, Math.round(step / minimum) * minimum));
  for (let k = 1; k <= Math.min(units, MAX_SMALLER_STEPS); k++) ladder.push(snap(first - k * stride));
  if (units > MAX_SMALLER_STEPS) ladder.push(minimum);
  for (let k = 1; k <= 3; k++) ladder.push(roundStep(first + k * minimum));
  return [...new Set(ladder)].filter((s) => s > 0 && Number.isFinite(s));
}

const roundStep = (s: number) => Math.round(s * 1000) / 1000;

export function numberOptions(
  value: number,
  info: FactInfo,
  difficulty: Difficulty,
  rng: Rng,
  kind: 'number' | 'year',
  onlyRank?: number,
): OptionSet | undefined {
  const bounds = info.bounds ?? { min: -Infinity, max: Infinity };
  const whole = Number.isInteger(value);
  let first: number;
  let minimum: number;
  if (kind === 'year') {
    first = YEAR_STEP[difficulty];
    minimum = 1;
  } else if (whole) {
    first = Math.max(1, Math.round(Math.abs(value) * STEP_SHARE[difficulty]));
    minimum = 1;
  } else {
    minimum = Math.max(0.1, Math.pow(10, Math.floor(Math.log10(Math.abs(value) || 1)) - 1));
    first = Math.max(minimum, Math.round((Math.abs(value) * STEP_SHARE[difficulty]) / minimum) * minimum);
  }
  const allowed = (n: number) => !info.trueValues.has(normalizeOption(formatNumber(n)));
  const show = kind === 'year' ? (n: number) => String(n) : formatNumber;
  const grain = kind === 'year' ? 1 : answerGrain(value);
  // The grain steers the first step too: a £105m fee gets £5m steps, not £11m ones.
  const ladder = stepLadder(first, minimum);
  const rounded = grain > minimum ? [...new Set([Math.max(grain, Math.round(first / grain) * grain), ...ladder])] : ladder;
  return spacedOptions(value, rounded, bounds, rng, show, allowed, onlyRank, grain);
}

/** "YYYY-MM" answers step by months, "YYYY-MM-DD" answers by days. */
export function dateOptions(
  value: string,
  info: FactInfo,
  difficulty: Difficulty,
  rng: Rng,
  onlyRank?: number,
): OptionSet | undefined {
  const bounds = info.bounds ?? { min: -Infinity, max: Infinity };
  const [y, m, d] = value.split('-').map(Number) as [number, number, number | undefined];
  const allowed = (label: string) => !info.trueValues.has(normalizeOption(label));
  if (d === undefined) {
    const index = y * 12 + (m - 1);
    const toLabel = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const monthBounds = { min: bounds.min * 12, max: bounds.max * 12 + 11 };
    return spacedOptions(index, stepLadder(MONTH_STEP[difficulty], 1), monthBounds, rng,
      (i) => formatPartialDate(toLabel(i)), (i) => allowed(formatPartialDate(toLabel(i))), onlyRank, 1);
  }
  const day = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  const toIso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const dayBounds = {
    min: Math.floor(Date.UTC(bounds.min, 0, 1) / 86_400_000),
    max: Math.floor(Date.UTC(bounds.max, 11, 31) / 86_400_000),
  };
  return spacedOptions(day, stepLadder(DAY_STEP[difficulty], 1), dayBounds, rng,
    (n) => formatPartialDate(toIso(n)), (n) => allowed(formatPartialDate(toIso(n))), onlyRank, 1);
}

/** Which positions the right answer can take among ascending options, given the bounds: fewer
 *  than all four means the options themselves hint at the answer over many plays. */
export function reachableRanks(info: FactInfo, difficulty: Difficulty, rng: Rng): number[] {
  const a = info.fact.answer;
  const ranks: number[] = [];
  for (let rank = 0; rank < OPTION_COUNT; rank++) {
    const made =
      a.type === 'date' ? dateOptions(a.value, info, difficulty, rng, rank)
      : a.type === 'number' || a.type === 'year' ? numberOptions(a.value, info, difficulty, rng, a.type, rank)
      : undefined;
    if (made) ranks.push(rank);
  }
  return ranks;
}

const NICE_STEPS = [2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/** A grid of round numbers where exactly one is nearest the true value: "pick the closest". */
export function closestOptions(value: number, info: FactInfo, difficulty: Difficulty, rng: Rng): OptionSet | undefined {
  const bounds = info.bounds ?? { min: -Infinity, max: Infinity };
  const target = value * CLOSEST_SHARE[difficulty];
  const steps = NICE_STEPS.slice().sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  for (const step of steps.slice(0, 4)) {
    const nearest = Math.round(value / step) * step;
    if (Math.abs(value - nearest) * 2 === step) continue; // a tie would make two right answers
    if (nearest === value) continue; // then it is a plain "direct" question, not an estimate
    const found = spacedOptions(nearest, [step], bounds, rng, formatNumber, (n) => n > 0);
    if (found) return found;
  }
  return undefined;
}

/** Three wrong entities for a fact: hard rounds lead with the author's near misses. */
export function pickEntities(
  info: FactInfo,
  count: number,
  difficulty: Difficulty,
  rng: Rng,
  alreadyShown: readonly string[],
  from: readonly string[] = info.candidates,
): string[] | undefined {
  const curated = rng.shuffle(from.filter((c) => info.curated.has(c)));
  const pooled = rng.shuffle(from.filter((c) => !info.curated.has(c)));
  const ordered =
    difficulty === 'hard' ? [...curated, ...pooled] : difficulty === 'easy' ? [...pooled, ...curated] : rng.shuffle(from);
  const picked: string[] = [];
  const shown = [...alreadyShown];
  for (const candidate of ordered) {
    if (picked.length === count) break;
    if (shown.some((s) => overlaps(s, candidate))) continue;
    picked.push(candidate);
    shown.push(candidate);
  }
  return picked.length === count ? picked : undefined;
}

/** Distinct after normalising, and none inside another. */
export function distinctAndApart(options: readonly string[]): boolean {
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      if (overlaps(options[i]!, options[j]!)) return false;
    }
  }
  return true;
}
