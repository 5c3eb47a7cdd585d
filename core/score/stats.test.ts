import { describe, expect, it } from 'vitest';
import { cleanCount, coefficientOfVariation, mean, median, quantile, sum } from './stats';

describe('stats', () => {
  it('sums and averages', () => {
    expect(sum([])).toBe(0);
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(mean([])).toBeNull();
    expect(mean([2, 4])).toBe(3);
  });
  it('interpolates quantiles between order statistics', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([7], 0.25)).toBe(7);
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([1, 2, 3], 2)).toBe(3);
    expect(quantile([1, 2, 3], Number.NaN)).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
  it('measures spread relative to the mean', () => {
    expect(coefficientOfVariation([5, 5, 5])).toBe(0);
    expect(coefficientOfVariation([0, 0])).toBeNull();
    expect(coefficientOfVariation([])).toBeNull();
    expect(coefficientOfVariation([1, 3])).toBeCloseTo(0.5, 10);
  });
  it('keeps only usable counts', () => {
    expect(cleanCount(12)).toBe(12);
    expect(cleanCount(0)).toBe(0);
    expect(cleanCount(-1)).toBeNull();
    expect(cleanCount(Number.NaN)).toBeNull();
    expect(cleanCount(Number.POSITIVE_INFINITY)).toBeNull();
    expect(cleanCount(null)).toBeNull();
    expect(cleanCount(undefined)).toBeNull();
  });
});
