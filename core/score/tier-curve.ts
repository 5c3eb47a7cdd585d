import type { Range, Tier } from './analysis';
import type { TierThresholds } from '../settings/settings';

/**
 * A per-tier assumption as a smooth function of followers. Each tier's value
 * holds at the tier's centre (the geometric middle of its band: 3,162 for
 * nano at the default 1K–10K), and between two centres the value moves
 * linearly in log followers. A creator at 99K and one at 101K therefore get
 * almost the same price per follower, reach rate and click-through: no step
 * at a tier edge for the planner to flip on. Below the first centre and above
 * the last the tier's value holds. Ordered tier values stay ordered at every
 * follower count (nano ≥ micro ≥ macro stays so in between).
 */

const ORDER: readonly Tier[] = ['below-nano', 'nano', 'micro', 'macro', 'mega'];

/** ln of each tier's centre, smallest tier first. */
function tierCentres(t: TierThresholds): number[] {
  const ln = Math.log;
  return [
    ln(t.nano) - ln(10) / 2,
    (ln(t.nano) + ln(t.micro)) / 2,
    (ln(t.micro) + ln(t.macro)) / 2,
    (ln(t.macro) + ln(t.mega)) / 2,
    ln(t.mega) + ln(10) / 2,
  ];
}

/** Where `followers` sits: the lower tier's index and the weight of the next (0 … 1). */
function position(followers: number, t: TierThresholds): { i: number; w: number } {
  const centres = tierCentres(t);
  const x = Math.log(Math.max(followers, 1));
  if (x <= (centres[0] ?? 0)) return { i: 0, w: 0 };
  for (let i = 0; i < centres.length - 1; i += 1) {
    const a = centres[i] ?? 0;
    const b = centres[i + 1] ?? 0;
    if (x <= b) return { i, w: b > a ? (x - a) / (b - a) : 0 };
  }
  return { i: centres.length - 1, w: 0 };
}

/** A per-tier number at a follower count. */
export function curveValue(values: Readonly<Record<Tier, number>>, followers: number, t: TierThresholds): number {
  const { i, w } = position(followers, t);
  const a = values[ORDER[i] ?? 'mega'];
  const b = values[ORDER[Math.min(i + 1, ORDER.length - 1)] ?? 'mega'];
  return a + (b - a) * w;
}

/** A per-tier band (p10, median, p90) at a follower count, each part moved alike. */
export function curveBand(values: Readonly<Record<Tier, Range>>, followers: number, t: TierThresholds): Range {
  const part = (k: keyof Range) =>
    curveValue(Object.fromEntries(ORDER.map((tier) => [tier, values[tier][k]])) as Record<Tier, number>, followers, t);
  return { low: part('low'), expected: part('expected'), high: part('high') };
}
