import { TIERS, type Range, type Tier } from '../score/analysis';
import type { Analysis } from '../score/analysis';
import type { PlanCandidate } from './planner-candidates';
import { ratioOf } from './plan-risk';

/**
 * Sums over a set of planned creators: every figure as p10 / median / p90.
 * Summing each percentile is exact when the creators' figures move together
 * (plan-risk.ts): they share the same assumption bands (click-through,
 * conversion rate, price per follower), so that is the model's reading.
 */

export interface RangeTotal {
  /** Sum over the creators that have the figure; null when none has it. */
  range: Range | null;
  /** Creators without the figure (left out of the sum). */
  missing: number;
}

interface TierShare {
  tier: Tier;
  creators: number;
  /** Expected cost of this tier's creators. */
  cost: number;
  followers: number;
}

export interface PlanTotals {
  creators: number;
  cost: Range;
  followers: number;
  reach: RangeTotal;
  engagements: RangeTotal;
  conversions: RangeTotal;
  revenue: RangeTotal;
  /** Revenue ÷ cost, over the creators with a revenue figure. */
  roas: Range | null;
  costPerThousandReach: Range | null;
  costPerEngagement: Range | null;
  costPerConversion: Range | null;
  /** One entry per tier, smallest first, including tiers with no creator. */
  split: TierShare[];
}

function sumRanges(ranges: readonly (Range | null)[]): RangeTotal {
  let missing = 0;
  let low = 0;
  let expected = 0;
  let high = 0;
  for (const r of ranges) {
    if (!r) {
      missing += 1;
      continue;
    }
    low += r.low;
    expected += r.expected;
    high += r.high;
  }
  return { range: missing === ranges.length && ranges.length > 0 ? null : { low, expected, high }, missing };
}

const roiOf = (c: PlanCandidate): Analysis['roi'] => c.analysis.roi;

export function totalsOf(chosen: readonly PlanCandidate[]): PlanTotals {
  const cost = sumRanges(chosen.map((c) => c.cost)).range ?? { low: 0, expected: 0, high: 0 };
  const split = TIERS.map((tier): TierShare => {
    const inTier = chosen.filter((c) => c.tier === tier);
    return {
      tier,
      creators: inTier.length,
      cost: inTier.reduce((s, c) => s + c.cost.expected, 0),
      followers: inTier.reduce((s, c) => s + (c.followers ?? 0), 0),
    };
  });
  const reach = sumRanges(chosen.map((c) => roiOf(c).expectedReach));
  const engagements = sumRanges(chosen.map((c) => roiOf(c).expectedEngagements));
  const conversions = sumRanges(chosen.map((c) => roiOf(c).expectedConversions));
  const revenue = sumRanges(chosen.map((c) => roiOf(c).expectedRevenue));
  // A ratio is over the creators that have both figures, so a missing one never flatters it.
  const costWith = (pick: (c: PlanCandidate) => Range | null) =>
    sumRanges(chosen.filter((c) => pick(c) !== null).map((c) => c.cost)).range;
  return {
    creators: chosen.length,
    cost,
    followers: chosen.reduce((s, c) => s + (c.followers ?? 0), 0),
    reach,
    engagements,
    conversions,
    revenue,
    roas: ratioOf(
      revenue.range,
      costWith((c) => roiOf(c).expectedRevenue),
    ),
    costPerThousandReach: ratioOf(
      costWith((c) => roiOf(c).expectedReach),
      reach.range,
      1000,
    ),
    costPerEngagement: ratioOf(
      costWith((c) => roiOf(c).expectedEngagements),
      engagements.range,
    ),
    costPerConversion: ratioOf(
      costWith((c) => roiOf(c).expectedConversions),
      conversions.range,
    ),
    split,
  };
}
