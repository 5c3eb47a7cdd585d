import type { Range } from '../score/analysis';
import { fromInterval, normalCdf, normalQuantile, over, toInterval, type LogNormal } from '../score/lognormal';

/**
 * A plan's cost as a whole. Creators' prices are taken to move together
 * (comonotone: one market, one season, one negotiator, and the same
 * assumption bands for everyone), so the plan's q-th percentile cost is the
 * sum of each creator's q-th percentile: exact under that assumption, never
 * below what independence would give at q ≥ 50 %, and the chance of going
 * over budget follows in closed form.
 */

export function costAt(cost: Range, q: number): number {
  const x = fromInterval(cost);
  if (!x) return cost.expected;
  return x.median * Math.exp(x.sigma * normalQuantile(q));
}

/** The plan's cost at percentile q: each creator's own q-th percentile, summed. */
export function totalCostAt(costs: readonly Range[], q: number): number {
  return costs.reduce((s, c) => s + costAt(c, q), 0);
}

/**
 * P(total cost > budget) when every price sits at the same percentile: the
 * total is Σ medianᵢ·e^(σᵢ·z) for one standard normal z, increasing in z, so
 * the chance is 1 − Φ(z*) where the total meets the budget at z*.
 */
export function overBudgetChance(costs: readonly Range[], budget: number): number {
  if (costs.length === 0) return 0;
  const xs = costs.map((c) => fromInterval(c) ?? { median: c.expected, sigma: 0 });
  const total = (z: number) => xs.reduce((s, x) => s + x.median * Math.exp(x.sigma * z), 0);
  if (total(-8) > budget) return 1;
  if (total(8) <= budget) return 0;
  let lo = -8;
  let hi = 8;
  for (let i = 0; i < 60; i += 1) {
    const mid = (lo + hi) / 2;
    if (total(mid) > budget) hi = mid;
    else lo = mid;
  }
  return 1 - normalCdf((lo + hi) / 2);
}

/** a ÷ b of two plan totals (ROAS, cost per result): medians divide, spreads add in quadrature. */
export function ratioOf(a: Range | null, b: Range | null, scale = 1): Range | null {
  const x = a ? fromInterval(a) : null;
  const y = b ? fromInterval(b) : null;
  if (!x || !y || !(y.median > 0)) return null;
  const r: LogNormal = over(x, y);
  return toInterval({ median: r.median * scale, sigma: r.sigma });
}
