import { quantile } from '@/core/score/stats';

/** Median and spread (25th–75th percentile, min, max) of one figure's runs. */
export interface Summary {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0)
    return { median: Number.NaN, p25: Number.NaN, p75: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  return {
    median: quantile(finite, 0.5) ?? Number.NaN,
    p25: quantile(finite, 0.25) ?? Number.NaN,
    p75: quantile(finite, 0.75) ?? Number.NaN,
    min: Math.min(...finite),
    max: Math.max(...finite),
    n: finite.length,
  };
}

/** Differences of runs paired by index (run i of B minus run i of A). */
export function paired(b: readonly number[], a: readonly number[]): number[] {
  const n = Math.min(a.length, b.length);
  return Array.from({ length: n }, (_, i) => (b[i] ?? Number.NaN) - (a[i] ?? Number.NaN));
}
