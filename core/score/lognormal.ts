import type { Range } from './analysis';

/**
 * Uncertain figures as log-normal distributions, in closed form.
 *
 * Every assumption (a price per follower, a reach rate, a click-through rate,
 * a conversion rate) is a band the user can edit: p10, median, p90. We read it
 * as a log-normal with that median and the spread of that band. Figures are
 * products and quotients of independent assumptions, so each is log-normal
 * too: medians multiply and the log-spreads add in quadrature. The interval
 * shown is the figure's own 10th–90th percentile, never low × low × low.
 * Deterministic and a few multiplications per figure (no Monte Carlo), so the
 * overlay's worker and the planner can afford it per creator.
 *
 * A `Range` built here is { low: p10, expected: median, high: p90 }.
 */

/** The standard normal's 90th percentile: p10 and p90 sit ±Z90 log-spreads from the median. */
export const Z90 = 1.2815515655446004;

export interface LogNormal {
  /** > 0 */
  median: number;
  /** Standard deviation of the logarithm, ≥ 0. */
  sigma: number;
}

/**
 * The log-normal of an edited band. The median is the band's own; the
 * spread is ln(p90 ÷ p10) ÷ 2·Z90, so a band of ×/÷ 2 around its median has
 * σ ≈ 0.54. A p10 of 0 is read as 1 % of the median (a log-normal is never 0).
 * null when the median is not positive.
 */
export function fromBand(band: Range): LogNormal | null {
  const median = band.expected;
  if (!(median > 0) || !Number.isFinite(median)) return null;
  const low = Math.min(Math.max(band.low, median / 100), median);
  const high = Math.max(band.high, median);
  const sigma = Math.log(high / low) / (2 * Z90);
  return { median, sigma: Number.isFinite(sigma) && sigma > 0 ? sigma : 0 };
}

/** A known number: no spread. */
export const exact = (value: number): LogNormal => ({ median: value, sigma: 0 });

/** Product of independent log-normals: medians multiply, σ² add. */
export function times(...factors: LogNormal[]): LogNormal {
  let median = 1;
  let variance = 0;
  for (const f of factors) {
    median *= f.median;
    variance += f.sigma * f.sigma;
  }
  return { median, sigma: Math.sqrt(variance) };
}

/** a ÷ b for independent log-normals (a cost per engagement, a ROAS). */
export function over(a: LogNormal, b: LogNormal): LogNormal {
  return { median: a.median / b.median, sigma: Math.sqrt(a.sigma * a.sigma + b.sigma * b.sigma) };
}

/** p10, median, p90 as a Range; null when not finite. */
export function toInterval(x: LogNormal): Range | null {
  const low = x.median * Math.exp(-Z90 * x.sigma);
  const high = x.median * Math.exp(Z90 * x.sigma);
  if (![low, x.median, high].every((v) => Number.isFinite(v) && v >= 0)) return null;
  return { low: Math.min(low, x.median), expected: x.median, high: Math.max(high, x.median) };
}

/** The log-normal a p10 / median / p90 Range was printed from (inverse of toInterval). */
export function fromInterval(r: Range): LogNormal | null {
  return fromBand(r);
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Standard normal quantile (Acklam's rational approximation; relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p <= 0 ? -Infinity : Infinity;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  const poly = (k: number[], x: number) => k.reduce((s, v) => s * x + v, 0);
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}
