import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../score/analysis';
import { analyze } from '../score/analyze';
import { DEFAULT_PLAN_INPUTS, planInputsSchema, type PlanInputs } from './plan';
import { evaluatePicks, planCampaign } from './planner';
import { post, settings, snapshot } from '../../tests/builders/snapshots';

const s = settings();

/**
 * A creator with `followers` and posts of `likes` likes and 0 comments, at an
 * agreed price (round numbers keep the arithmetic below readable; the model's
 * own prices are tested in price.test.ts and roi-reference.test.ts).
 */
function creator(
  handle: string,
  followers: number,
  likes: number,
  platform: 'instagram' | 'tiktok' = 'instagram',
  price = PRICE[handle] ?? 55,
): Analysis {
  const posts = Array.from({ length: 4 }, () =>
    post({ likes, comments: 0, views: platform === 'tiktok' ? likes * 10 : null }),
  );
  return analyze({ ...snapshot({ handle, platform, posts }, followers), agreedPrice: price }, s);
}
const PRICE: Record<string, number> = { n1: 55, n2: 55, n3: 55, m1: 300, m2: 300, big: 5_000 };

const inputs = (patch: Partial<PlanInputs> = {}): PlanInputs => ({
  ...DEFAULT_PLAN_INPUTS,
  maxPodRisk: 'high',
  allowUnjudged: true,
  ...patch,
});

// Agreed prices: nano $55, micro $300, macro $5,000.
const shortlist = [
  creator('n1', 5_000, 300),
  creator('n2', 6_000, 250),
  creator('n3', 8_000, 100),
  creator('m1', 40_000, 1_200),
  creator('m2', 20_000, 500),
  creator('big', 300_000, 4_000),
];

describe('planCampaign', () => {
  it('maximises engagements within the budget, at median cost', () => {
    const plan = planCampaign(shortlist, inputs({ budget: 700 }), s);
    // m1 + m2 + n1 = 1,200 + 500 + 300 = 2,000 for $655 beats m1 + three nano
    // (1,850 for $465) and the all-micro pair (1,700 for $600).
    expect(plan.chosen.map((c) => c.handle).sort()).toEqual(['m1', 'm2', 'n1']);
    expect(plan.totals.cost).toEqual({ low: 655, expected: 655, high: 655 });
    expect(plan.overBudgetChance).toBe(0);
    expect(plan.totals.engagements.range?.expected).toBe(2_000);
    expect(plan.totals.followers).toBe(65_000);
    expect(plan.totals.split.find((t) => t.tier === 'nano')).toMatchObject({ creators: 1, cost: 55, followers: 5_000 });
    expect(plan.totals.split.find((t) => t.tier === 'micro')).toMatchObject({
      creators: 2,
      cost: 600,
      followers: 60_000,
    });
    expect(plan.method).toBe('exact');
    expect(plan.feasible).toBe(true);
  });

  it('gives all-nano, all-micro and single big-creator alternatives at the same budget', () => {
    const plan = planCampaign(shortlist, inputs({ budget: 700 }), s);
    expect(plan.alternatives.allNano.chosen.map((c) => c.handle).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(plan.alternatives.allMicro.chosen.map((c) => c.handle).sort()).toEqual(['m1', 'm2']);
    expect(plan.alternatives.allMicro.totals.engagements.range?.expected).toBe(1_700);
    // $700 buys no Instagram macro: the model prices 100K followers at $1,000.
    expect(
      planCampaign(shortlist, inputs({ budget: 700, platforms: ['instagram'] }), s).alternatives.singleModelled,
    ).toBeNull();
    const rich = planCampaign(shortlist, inputs({ budget: 6_000, platforms: ['instagram'] }), s);
    // The biggest Instagram creator $6,000 buys at $10 per 1,000 followers (typical engagement): 600K.
    expect(rich.alternatives.singleModelled).toMatchObject({
      platform: 'instagram',
      tier: 'macro',
      followers: 599_000,
    });
    expect(rich.alternatives.singleModelled?.cost.expected).toBeLessThanOrEqual(6_000);
    expect(rich.alternatives.singleShortlisted?.handle).toBe('big');
  });

  it('handles budgets of zero, below every price, and enough for everyone', () => {
    expect(planCampaign(shortlist, inputs({ budget: 0 }), s).chosen).toEqual([]);
    expect(planCampaign(shortlist, inputs({ budget: 54 }), s).chosen).toEqual([]);
    const all = planCampaign(shortlist, inputs({ budget: 1e6 }), s);
    expect(all.chosen).toHaveLength(shortlist.length);
    expect(all.totals.cost.expected).toBe(55 * 3 + 300 * 2 + 5_000);
  });

  it('always includes must-include creators and reports an impossible one', () => {
    const plan = planCampaign(shortlist, inputs({ budget: 700, mustInclude: ['instagram:m2', 'instagram:gone'] }), s);
    expect(plan.chosen.map((c) => c.handle)).toContain('m2');
    expect(plan.totals.cost.expected).toBeLessThanOrEqual(700);
    expect(plan.unplannable).toEqual([{ key: 'instagram:gone', reason: 'not on the shortlist any more' }]);
    const over = planCampaign(shortlist, inputs({ budget: 700, mustInclude: ['instagram:big'] }), s);
    expect(over.feasible).toBe(false);
    expect(over.reason).toBe('The must-include creators cost $5,000, more than the $700 budget');
    expect(over.chosen).toEqual([]);
  });

  it('respects creator counts, platforms and pod risk', () => {
    expect(planCampaign(shortlist, inputs({ budget: 700, maxCreators: 2 }), s).chosen).toHaveLength(2);
    expect(planCampaign(shortlist, inputs({ budget: 700, minCreators: 5 }), s).reason).toBe(
      'No mix of at least 5 creators fits the budget',
    );
    const tiktokOnly = planCampaign(shortlist, inputs({ budget: 700, platforms: ['tiktok'] }), s);
    expect(tiktokOnly.chosen).toEqual([]);
    expect(tiktokOnly.excluded.every((e) => e.reason === 'platform not selected')).toBe(true);
    const strict = planCampaign(shortlist, inputs({ budget: 700, maxPodRisk: 'low', allowUnjudged: false }), s);
    for (const c of strict.chosen) expect(c.analysis.pod.level).toBe('low');
  });

  it('plots every eligible creator and marks the chosen ones', () => {
    const plan = planCampaign(shortlist, inputs({ budget: 700 }), s);
    expect(plan.points).toHaveLength(6);
    expect(
      plan.points
        .filter((p) => p.chosen)
        .map((p) => p.handle)
        .sort(),
    ).toEqual(['m1', 'm2', 'n1']);
    expect(plan.points.find((p) => p.handle === 'big')).toMatchObject({ cost: 5_000, value: 4_000, tier: 'macro' });
  });

  it('reopens saved picks with current figures and names the missing', () => {
    const r = evaluatePicks(shortlist, ['instagram:n1', 'instagram:gone'], inputs());
    expect(r.chosen.map((c) => c.handle)).toEqual(['n1']);
    expect(r.missing).toEqual(['instagram:gone']);
    expect(r.totals.cost.expected).toBe(55);
  });

  it('never exceeds the budget or breaks its limits, for any inputs', () => {
    const arb = fc.record({
      budget: fc.integer({ min: 0, max: 20_000 }),
      goal: fc.constantFrom('reach', 'engagements', 'conversions'),
      min: fc.option(fc.nat(6), { nil: null }),
      max: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    });
    fc.assert(
      fc.property(arb, ({ budget, goal, min, max }) => {
        const i = inputs({
          budget,
          goal: goal as PlanInputs['goal'],
          minCreators: min !== null && max !== null ? Math.min(min, max) : min,
          maxCreators: max,
        });
        expect(planInputsSchema.safeParse(i).success).toBe(true);
        const plan = planCampaign(shortlist, i, s);
        if (!plan.feasible) return;
        expect(plan.totals.cost.expected).toBeLessThanOrEqual(budget + 1e-9);
        expect(plan.costAtPercentile).toBeLessThanOrEqual(budget + 1e-9);
        if (i.maxCreators !== null) expect(plan.chosen.length).toBeLessThanOrEqual(i.maxCreators);
        if (i.minCreators !== null) expect(plan.chosen.length).toBeGreaterThanOrEqual(i.minCreators);
        // The mix is at least as good as each single-tier alternative (same pool, same budget).
        const mine = plan.totals[i.goal].range?.expected ?? 0;
        if (i.minCreators === null && i.maxCreators === null) {
          expect(mine).toBeGreaterThanOrEqual((plan.alternatives.allNano.totals[i.goal].range?.expected ?? 0) - 1e-9);
          expect(mine).toBeGreaterThanOrEqual((plan.alternatives.allMicro.totals[i.goal].range?.expected ?? 0) - 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('reopenPlan', () => {
  it('keeps the saved picks, marks them on the chart and warns when today they exceed the budget', async () => {
    const { reopenPlan } = await import('./planner');
    const r = reopenPlan(shortlist, inputs({ budget: 100 }), ['instagram:m1', 'instagram:n1'], s);
    expect(r.chosen.map((c) => c.handle)).toEqual(['m1', 'n1']);
    expect(
      r.points
        .filter((p) => p.chosen)
        .map((p) => p.handle)
        .sort(),
    ).toEqual(['m1', 'n1']);
    expect(r.note).toBe('Today these picks cost $355, over the $100 budget');
    expect(r.alternatives.allNano.chosen.map((c) => c.handle)).toEqual(['n1']);
  });
});

describe('planning to a cost percentile', () => {
  // Model-priced creators (no agreed price): each cost is a p10–p90 interval.
  const modelled = [3_000, 6_000, 9_000, 20_000, 45_000, 150_000].map((f, i) =>
    analyze(
      snapshot({ handle: `c${i}`, posts: Array.from({ length: 5 }, () => post({ likes: f / 40, comments: 0 })) }, f),
      s,
    ),
  );
  it('never exceeds the budget at the chosen percentile, and says how likely going over is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000 }), fc.double({ min: 0.5, max: 0.95, noNaN: true }), (budget, q) => {
        const plan = planCampaign(modelled, inputs({ budget, costPercentile: q, goal: 'conversions' }), s);
        expect(plan.costAtPercentile).toBeLessThanOrEqual(budget + 1e-9);
        // At its own percentile the mix fits, so going over is at most 1 − q likely.
        expect(plan.overBudgetChance).toBeLessThanOrEqual(1 - q + 1e-6);
      }),
      { numRuns: 100 },
    );
  });
  it('buys less at the 90th percentile than at the median', () => {
    const median = planCampaign(modelled, inputs({ budget: 1_000, goal: 'conversions' }), s);
    const safe = planCampaign(modelled, inputs({ budget: 1_000, goal: 'conversions', costPercentile: 0.9 }), s);
    expect(safe.totals.cost.expected).toBeLessThanOrEqual(median.totals.cost.expected);
    expect(safe.overBudgetChance).toBeLessThanOrEqual(0.1 + 1e-6);
  });
});
