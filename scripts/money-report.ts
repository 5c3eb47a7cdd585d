/**
 * Prints the money figures of the twelve reference creators and the planner's
 * choice at $2K, $10K and $30K on a mixed shortlist, at the default settings.
 * Run: npx jiti scripts/money-report.ts (the before/after note of the money model).
 */
import { analyze } from '../core/score/analyze';
import { DEFAULT_SETTINGS } from '../core/settings/defaults';
import { planCampaign } from '../core/planner/planner';
import { DEFAULT_PLAN_INPUTS, type Goal } from '../core/planner/plan';
import { PLANNER_EXTRAS, REFERENCE_CREATORS, referenceSnapshot } from '../core/score/reference-creators';
import type { Range } from '../core/score/analysis';

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const r = (x: Range | null | undefined, d = 0) =>
  x
    ? `${x.low.toFixed(d)} / ${x.expected.toFixed(d)} / ${x.high.toFixed(d)} (×${x.low > 0 ? (x.high / x.low).toFixed(1) : '∞'})`
    : '—';

const settings = DEFAULT_SETTINGS;
const rows = REFERENCE_CREATORS.map((c) => analyze(referenceSnapshot(c), settings));
for (const a of rows) {
  const roi = a.roi as typeof a.roi & { roas?: Range | null };
  const roas =
    roi.roas ??
    (roi.expectedRevenue && roi.costPerPost
      ? {
          low: roi.expectedRevenue.low / roi.costPerPost.high,
          expected: roi.expectedRevenue.expected / roi.costPerPost.expected,
          high: roi.expectedRevenue.high / roi.costPerPost.low,
        }
      : null);
  console.log(`${a.handle} (${a.followers}, ${a.tier.id})`);
  console.log(
    `  cost ${r(roi.costPerPost)} | engagements ${r(roi.expectedEngagements)} | reach ${r(roi.expectedReach)}`,
  );
  console.log(
    `  conversions ${r(roi.expectedConversions, 2)} | revenue ${r(roi.expectedRevenue)} | ROAS ${r(roas, 2)}`,
  );
}
const shortlist = [...REFERENCE_CREATORS, ...PLANNER_EXTRAS].map((c) => analyze(referenceSnapshot(c), settings));
for (const goal of ['conversions', 'engagements'] as Goal[]) {
  for (const budget of [2_000, 10_000, 30_000]) {
    const plan = planCampaign(
      shortlist,
      { ...DEFAULT_PLAN_INPUTS, budget, goal, allowUnjudged: true, maxPodRisk: 'high' },
      settings,
    );
    const alt = plan.alternatives;
    const big = alt.singleModelled;
    console.log(`plan ${goal} $${budget}: ${plan.chosen.map((c) => c.handle).join(', ')}`);
    console.log(
      `  cost ${r(plan.totals.cost)} | goal ${r(plan.totals[goal].range, 1)} | revenue ${r(plan.totals.revenue.range)} | ROAS ${r(plan.totals.roas, 2)} | over budget ${pct(plan.overBudgetChance)}`,
    );
    console.log(
      `  all-nano ${alt.allNano.chosen.length} creators, goal ${r(alt.allNano.totals[goal].range, 1)}${alt.allNano.note ? ` (${alt.allNano.note})` : ''}; all-micro ${alt.allMicro.chosen.length}, goal ${r(alt.allMicro.totals[goal].range, 1)}${alt.allMicro.note ? ` (${alt.allMicro.note})` : ''}`,
    );
    console.log(
      `  single big: ${big ? `${big.platform} ${big.tier} ${big.followers} cost ${r(big.cost)} goal ${r(goal === 'reach' ? big.reach : goal === 'engagements' ? big.engagements : big.conversions, 1)}` : '—'}; shortlisted big: ${alt.singleShortlisted?.handle ?? '—'}`,
    );
  }
}
