import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roiSchema, type Range } from './analysis';
import type { AnalysisInput } from './analysis-input';
import { bandArb, settingsArb, snapshotArb } from '../testing/arbitraries';
import { computeEngagement } from './engagement';
import { Z90 } from './lognormal';
import { estimateRoi } from './roi';
import type { Settings } from '../settings/settings';
import { input, post, settings } from '../../tests/builders/snapshots';
import { classifyTier } from './tiers';

const defaults = settings();

function roi(i: AnalysisInput, s: Settings = defaults) {
  const tier = classifyTier(i.profile.followers?.value ?? null, s.tierThresholds);
  return estimateRoi(i, computeEngagement(i, s), tier, s);
}

const FIGURES = [
  'costPerPost',
  'expectedEngagements',
  'costPerEngagement',
  'expectedReach',
  'expectedConversions',
  'expectedRevenue',
  'roas',
  'costPerThousandReach',
  'costPerConversion',
] as const;

describe('estimateRoi on Instagram', () => {
  // One viral post (5,000): the mean (1,200) lies above the 75th percentile.
  const posts = [100, 200, 300, 400, 500, 300, 250, 5000].map((likes) => post({ likes, comments: 0 }));
  const r = roi(input({ posts }, 20_000));

  it('takes the median post, not the mean, as the typical engagements', () => {
    expect(r.expectedEngagements?.expected).toBe(300);
  });
  it('prices the post from the price model, not a tier card', () => {
    expect(r.costSource).toBe('model');
    expect(r.reasons.some((x) => x.startsWith('Price: $10.00 per 1,000 followers at this size'))).toBe(true);
  });
  it('gives ROAS as revenue ÷ cost and costs per result from the same medians', () => {
    const m = (x: Range | null) => x?.expected ?? Number.NaN;
    expect(m(r.roas)).toBeCloseTo(m(r.expectedRevenue) / m(r.costPerPost), 9);
    expect(m(r.costPerThousandReach)).toBeCloseTo((m(r.costPerPost) / m(r.expectedReach)) * 1000, 9);
    expect(m(r.costPerConversion)).toBeCloseTo(m(r.costPerPost) / m(r.expectedConversions), 9);
    expect(m(r.costPerEngagement)).toBeCloseTo(m(r.costPerPost) / 300, 9);
  });
  it('never multiplies corner cases: conversions span less than reach × click × conversion bands', () => {
    const width = (x: Range | null) => (x ? x.high / x.low : Number.NaN);
    const corner = (0.375 / 0.1667) * (3 / 1) * (4 / 1); // reach, click-through and conversion p90 ÷ p10 at 20K
    expect(width(r.expectedConversions)).toBeLessThan(corner / 3);
  });
  it('lists every assumption', () => {
    expect(r.reasons[0]).toMatch(/median, with the 10th–90th percentile/);
    expect(r.reasons.some((x) => x.startsWith('Reach on Instagram:'))).toBe(true);
    expect(r.reasons.some((x) => x.startsWith('Click-through at this size:'))).toBe(true);
  });
});

describe('estimateRoi on TikTok', () => {
  const videos = (views: number[]) =>
    views.map((v) => post({ kind: 'video', likes: Math.round(v / 10), comments: 0, views: v }));
  it('takes reach from views across the whole interval', () => {
    const views = [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 100_000];
    const r = roi(input({ platform: 'tiktok', posts: videos(views) }, 1_000_000));
    expect(r.expectedReach?.expected).toBe(5500);
    // p10 and p90 come from the views' own spread, not from followers × a rate.
    expect(r.expectedReach?.high).toBeLessThan(1_000_000 * 0.05);
  });
  it('uses views per follower without view counts', () => {
    const r = roi(input({ platform: 'tiktok', posts: [] }, 100_000));
    expect(r.expectedReach?.expected).toBeCloseTo(16_000, 6);
  });
});

describe('the agreed price', () => {
  it('replaces the estimate, with no spread of its own', () => {
    const r = roi({ ...input({}, 50_000), agreedPrice: 420 });
    expect(r.costPerPost).toEqual({ low: 420, expected: 420, high: 420 });
    expect(r.costSource).toBe('agreed');
    expect(r.roas?.expected).toBeCloseTo((r.expectedRevenue?.expected ?? 0) / 420, 9);
  });
});

describe('gifting', () => {
  it('pays nano creators partly in product, fading out at the micro threshold', () => {
    const at = (followers: number, gifting: boolean) =>
      roi(input({}, followers), settings({ gifting: { ...defaults.gifting, nano: gifting } })).costPerPost?.expected ??
      0;
    expect(at(800, true)).toBeLessThanOrEqual(40);
    expect(at(5_000, true)).toBeLessThan(at(5_000, false));
    expect(at(10_000, true)).toBeCloseTo(at(10_000, false), 9);
  });
});

describe('estimateRoi invariants', () => {
  it('validates, and every interval holds its median, for any snapshot and settings', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (snap, s) => {
        const r = roi(snap, s);
        expect(roiSchema.safeParse(r).success).toBe(true);
        for (const k of FIGURES) {
          const x = r[k];
          if (x) expect(x.low <= x.expected && x.expected <= x.high).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('ROAS is revenue ÷ cost at the median, everywhere', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (snap, s) => {
        const r = roi(snap, s);
        if (r.roas && r.expectedRevenue && r.costPerPost) {
          expect(r.roas.expected).toBeCloseTo(r.expectedRevenue.expected / r.costPerPost.expected, 6);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('a wider assumption band never narrows any interval', () => {
    const widen = (b: Range, k: number): Range => ({
      low: b.low / k,
      expected: b.expected,
      high: Math.min(1, b.high * k),
    });
    fc.assert(
      fc.property(
        bandArb(1).filter((b) => b.low > 1e-6 && b.expected > 1e-4),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.integer({ min: 2_000, max: 2_000_000 }),
        (conv, k, followers) => {
          const i = input({ posts: [100, 300, 500, 900].map((likes) => post({ likes, comments: 1 })) }, followers);
          const narrow = roi(i, settings({ conversionRate: conv }));
          const wide = roi(i, settings({ conversionRate: widen(conv, k) }));
          const spread = (x: Range | null) => (x && x.low > 0 ? Math.log(x.high / x.low) : 0);
          for (const f of ['expectedConversions', 'expectedRevenue', 'roas', 'costPerConversion'] as const) {
            expect(spread(wide[f]) + 1e-9).toBeGreaterThanOrEqual(spread(narrow[f]));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
  it('the p10–p90 of a product is ±Z90 log-spreads around the median', () => {
    const r = roi(input({}, 20_000));
    const x = r.expectedReach;
    expect(x).not.toBeNull();
    if (x) expect(Math.log(x.high / x.expected)).toBeCloseTo(Math.log(x.expected / x.low), 9);
    expect(Z90).toBeCloseTo(1.28155, 5);
  });
  it('returns nulls, not zeros, for blocked pages', () => {
    const r = roi(input({ status: 'private' }, 20_000));
    for (const k of FIGURES) expect(r[k]).toBeNull();
  });
});
