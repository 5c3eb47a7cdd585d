import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../score/analyze';
import { DEFAULT_PLAN_INPUTS } from './plan';
import { PLAN_CSV_HEADER, planFilename, planToCsv } from './plan-csv';
import { planCampaign } from './planner';
import { count, post, settings, snapshot } from '../../tests/builders/snapshots';

const s = settings();
const evil = analyze(
  {
    ...snapshot(
      {
        handle: 'evil',
        profile: { ...snapshot().profile, followers: count(5_000), displayName: '=HYPERLINK("http://x")' },
        posts: [post({ likes: 200, comments: 0 })],
      },
      5_000,
    ),
    agreedPrice: 55,
  },
  s,
);
// Agreed prices keep the sums readable: $55 + $300 fits the $400 budget.
const micro = analyze(
  { ...snapshot({ handle: 'micro', posts: [post({ likes: 900, comments: 0 })] }, 30_000), agreedPrice: 300 },
  s,
);
const plan = planCampaign(
  [evil, micro],
  { ...DEFAULT_PLAN_INPUTS, budget: 400, maxPodRisk: 'high', allowUnjudged: true },
  s,
);

describe('planToCsv', () => {
  const csv = planToCsv(plan, 'Spring, "launch"');
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  it('writes a BOM, the header and one row per creator, total and alternative', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...PLAN_CSV_HEADER]);
    expect(parsed.data.map((r) => r['row'])).toEqual([
      'creator',
      'creator',
      'plan total',
      'alternative: all nano',
      'alternative: all micro',
      'alternative: one creator priced by the model',
    ]);
  });
  it('writes figures as numbers that match the plan, and neutralises page text', () => {
    const evilRow = parsed.data.find((r) => r['handle'] === 'evil');
    expect(evilRow?.['display name']).toBe(`'=HYPERLINK("http://x")`);
    expect(evilRow?.['cost expected']).toBe('55');
    expect(evilRow?.['plan']).toBe('Spring, "launch"');
    const total = parsed.data.find((r) => r['row'] === 'plan total');
    expect(Number(total?.['cost expected'])).toBe(plan.totals.cost.expected);
    expect(Number(total?.['expected engagements expected'])).toBe(plan.totals.engagements.range?.expected);
    expect(total?.['creators']).toBe('2');
  });
  it('names the file by date', () => {
    expect(planFilename(new Date(2026, 2, 1))).toBe('creator-scout-plan-2026-03-01.csv');
  });
});
