import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeSchema } from '../score/analysis';
import { rangeArb } from '../testing/arbitraries';
import { divideRanges, multiplyRanges, toRange } from './ranges';

describe('toRange', () => {
  it('orders values and clamps expected between low and high', () => {
    expect(toRange(1, 2, 3)).toEqual({ low: 1, expected: 2, high: 3 });
    expect(toRange(3, 2, 1)).toEqual({ low: 1, expected: 2, high: 3 });
    expect(toRange(1, 5, 3)).toEqual({ low: 1, expected: 5, high: 5 });
  });
  it('refuses non-finite and negative values', () => {
    expect(toRange(Number.NaN, 1, 2)).toBeNull();
    expect(toRange(0, 1, Number.POSITIVE_INFINITY)).toBeNull();
    expect(toRange(-1, 1, 2)).toBeNull();
  });
});

describe('range arithmetic', () => {
  it('multiplies bound by bound', () => {
    expect(multiplyRanges({ low: 1, expected: 2, high: 3 }, { low: 10, expected: 20, high: 30 })).toEqual({
      low: 10,
      expected: 40,
      high: 90,
    });
    expect(multiplyRanges({ low: 1, expected: 2, high: 3 }, 2)).toEqual({ low: 2, expected: 4, high: 6 });
  });
  it('divides the lowest cost by the highest quantity', () => {
    expect(divideRanges({ low: 100, expected: 200, high: 400 }, { low: 10, expected: 20, high: 50 })).toEqual({
      low: 2,
      expected: 10,
      high: 40,
    });
    expect(divideRanges({ low: 1, expected: 2, high: 3 }, { low: 0, expected: 1, high: 2 })).toBeNull();
  });
  it('keeps every result a valid range', () => {
    fc.assert(
      fc.property(rangeArb(1e9), rangeArb(1e9), (a, b) => {
        for (const r of [multiplyRanges(a, b), divideRanges(a, b)]) {
          if (r) expect(rangeSchema.safeParse(r).success).toBe(true);
        }
      }),
    );
  });
});
