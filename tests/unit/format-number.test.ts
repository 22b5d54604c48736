// formatNumber is written by hand so a round's first question never waits for Intl's locale
// data; it must still print exactly what Intl's en-GB formatter prints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/domain/text';

const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const viaIntl = (value: number) => intl.format(Number.isInteger(value) ? value : Math.round(value * 100) / 100);

describe('formatNumber', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(formatNumber(88966)).toBe('88,966');
    expect(formatNumber(105_000_000)).toBe('105,000,000');
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-4200)).toBe('-4,200');
    expect(formatNumber(0)).toBe('0');
  });

  it('prints what Intl en-GB prints, for integers of every size', () => {
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => formatNumber(n) === viaIntl(n)), { numRuns: 5000 });
  });

  it('prints what Intl en-GB prints, for fractions, tiny and huge numbers and the odd ones', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (n) => formatNumber(n) === viaIntl(n)), { numRuns: 5000 });
    fc.assert(fc.property(fc.double({ noNaN: true }), (n) => formatNumber(n) === viaIntl(n)), { numRuns: 5000 });
    for (const n of [-0, -0.001, 0.004, 0.005, 1.005, 2.675, 1e21, -1e21, 123456789.125, Number.POSITIVE_INFINITY, Number.NaN]) expect(formatNumber(n)).toBe(viaIntl(n));
  });
});
