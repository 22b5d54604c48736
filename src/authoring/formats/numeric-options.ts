// A GIFT numerical question ({#37:2}, {#35..40}) becomes multiple choice: the right value and
// three wrong ones outside the accepted range, in ascending order, evenly spaced. Where the right
// one sits (1st–4th) comes from a hash of the question id, so it is the same on every import and
// spread evenly across a file's questions.
import { distinctAndApart } from '../../domain/questions/distractors';
import { hashKey } from '../../domain/rng';

export interface NumericChoice {
  options: string[];
  answer: number;
}

const COUNT = 4;

/** `low`–`high` is what the original question accepted as right. */
export function numericChoice(id: string, value: number, low: number, high: number): NumericChoice | undefined {
  const decimals = Math.min(3, Math.max(places(value), places(low), places(high)));
  const unit = Math.pow(10, -decimals);
  const isYear = Number.isInteger(value) && value >= 1800 && value <= 2100;
  const spread = Math.max(high - value, value - low);
  const base = isYear ? 2 : Math.max(unit, roundTo(Math.abs(value) * 0.1, unit));
  const first = Math.max(base, roundTo(spread + unit, unit));
  const preferred = hashKey(id) % COUNT;
  const ranks = Array.from({ length: COUNT }, (_, i) => (preferred + i) % COUNT);
  for (let k = 1; k <= 6; k++) {
    const step = roundTo(first * k, unit);
    for (const rank of ranks) {
      const values = Array.from({ length: COUNT }, (_, i) => value + (i - rank) * step);
      if (value >= 0 && values[0]! < 0) continue; // no negative counts for a positive answer
      const options = values.map((n) => format(n, decimals));
      if (new Set(options).size === COUNT && distinctAndApart(options)) return { options, answer: rank };
    }
  }
  return undefined;
}

function places(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function roundTo(n: number, unit: number): number {
  return Math.round(n / unit) * unit;
}

function format(n: number, decimals: number): string {
  return decimals === 0 ? String(Math.round(n)) : String(Number(n.toFixed(decimals)));
}
