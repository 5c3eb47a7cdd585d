import type { Range } from '../score/analysis';
import { writeCsv, type CsvCell } from '../text/csv';
import { GOAL_LABELS } from './plan';
import type { PlanResult } from './planner';
import type { PlanTotals } from './planner-totals';
import { profileUrl } from '../shortlist/shortlist-columns';
import { TIER_LABELS } from '../score/tiers';

/**
 * A plan as CSV, by the shortlist CSV's rules (writeCsv: BOM, CRLF, text
 * neutralised against formulas, figures as numbers): one row per picked
 * creator, then the plan's total, then each alternative's total, told apart
 * by the first column.
 */

const RANGE = (name: string) => [`${name} low`, `${name} expected`, `${name} high`];

export const PLAN_CSV_HEADER: readonly string[] = [
  'row',
  'plan',
  'goal',
  'budget',
  'currency',
  'platform',
  'handle',
  'profile URL',
  'display name',
  'tier',
  'creators',
  'followers',
  ...RANGE('cost'),
  ...RANGE('expected reach'),
  ...RANGE('expected engagements'),
  ...RANGE('expected conversions'),
  ...RANGE('expected revenue'),
  'pod score',
  'must include',
];

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function cells(range: Range | null, digits: number): CsvCell[] {
  return range
    ? [round(range.low, digits), round(range.expected, digits), round(range.high, digits)]
    : [null, null, null];
}

function totalRow(label: string, totals: PlanTotals): CsvCell[] {
  return [
    label,
    totals.creators,
    totals.followers,
    ...cells(totals.cost, 2),
    ...cells(totals.reach.range, 0),
    ...cells(totals.engagements.range, 0),
    ...cells(totals.conversions.range, 2),
    ...cells(totals.revenue.range, 2),
    null,
    '',
  ];
}

export function planToCsv(plan: PlanResult, name: string): string {
  const head: CsvCell[] = [name, GOAL_LABELS[plan.inputs.goal], plan.inputs.budget, plan.currency];
  const must = new Set(plan.inputs.mustInclude);
  const rows: CsvCell[][] = [[...PLAN_CSV_HEADER]];
  for (const c of plan.chosen) {
    const roi = c.analysis.roi;
    rows.push([
      'creator',
      ...head,
      c.platform,
      c.handle,
      profileUrl(c.platform, c.handle),
      c.displayName ?? '',
      TIER_LABELS[c.tier],
      1,
      c.followers,
      ...cells(c.cost, 2),
      ...cells(roi.expectedReach, 0),
      ...cells(roi.expectedEngagements, 0),
      ...cells(roi.expectedConversions, 2),
      ...cells(roi.expectedRevenue, 2),
      c.analysis.pod.score,
      must.has(c.key) ? 'yes' : 'no',
    ]);
  }
  const summary = (row: string, totals: PlanTotals, tier = '') => {
    const [, creators, followers, ...rest] = totalRow(row, totals);
    rows.push([row, ...head, '', '', '', '', tier, creators ?? null, followers ?? null, ...rest]);
  };
  summary('plan total', plan.totals);
  summary('alternative: all nano', plan.alternatives.allNano.totals, TIER_LABELS.nano);
  summary('alternative: all micro', plan.alternatives.allMicro.totals, TIER_LABELS.micro);
  const big = plan.alternatives.singleModelled;
  if (big) {
    rows.push([
      'alternative: one creator priced by the model',
      ...head,
      big.platform,
      '',
      '',
      '',
      TIER_LABELS[big.tier],
      1,
      big.followers,
      ...cells(big.cost, 2),
      ...cells(big.reach, 0),
      ...cells(big.engagements, 0),
      ...cells(big.conversions, 2),
      ...cells(big.revenue, 2),
      null,
      '',
    ]);
  }
  return writeCsv(rows);
}

/** `creator-scout-plan-2026-03-01.csv`, in the user's local date. */
export function planFilename(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `creator-scout-plan-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
