/**
 * Small descriptive statistics for the figures in core. Inputs are assumed
 * finite (callers clean counts first); empty input gives null, never NaN.
 */

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
}

/**
 * Quantile with linear interpolation between order statistics (the common
 * "type 7" definition used by spreadsheets), so 0.5 is the usual median.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0 || !Number.isFinite(q)) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const lo = sorted[below] ?? 0;
  const hi = sorted[above] ?? lo;
  return lo + (hi - lo) * (position - below);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** Population coefficient of variation (sd / mean); null when the mean is 0. */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || m <= 0) return null;
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return Math.sqrt(squares / values.length) / m;
}

/** A usable count: finite and ≥ 0, or null. Guards figures against hostile input. */
export function cleanCount(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
