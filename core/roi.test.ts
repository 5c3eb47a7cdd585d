import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeSchema, roiSchema, type Range } from './analysis';
import type { AnalysisInput } from './analyze';
import { settingsArb, snapshotArb } from './arbitraries';
import { computeEngagement } from './engagement';
import { estimateRoi } from './roi';
import type { Settings } from './settings';
import { input, post, settings } from './test-fixtures';
import { classifyTier } from './tiers';

const defaults = settings();

function roi(i: AnalysisInput, s: Settings = defaults) {
  const tier = classifyTier(i.profile.followers?.value ?? null, s.tierThresholds);
  return estimateRoi(i, computeEngagement(i, s), tier, s);
}

describe('estimateRoi on Instagram', () => {
  const posts = [100, 200, 300, 400, 1000].map((likes) => post({ likes, comments: 0 }));
  const r = roi(input({ posts }, 20_000));

  it('takes cost per post from the rate card for the tier', () => {
    expect(r.costPerPost).toEqual({ low: 100, expected: 300, high: 500 });
    expect(r.reasons).toContain('Rate card: micro on Instagram, $100–$500 per post (expected $300)');
  });
  it('uses the mean and the 25th–75th percentile of engagements, widened to hold the mean', () => {
    // Mean 400 lies above the 75th percentile (400 exactly here), P25 = 200.
    expect(r.expectedEngagements).toEqual({ low: 200, expected: 400, high: 400 });
  });
  it('divides cost by engagements bound by bound', () => {
    expect(r.costPerEngagement).toEqual({ low: 100 / 400, expected: 300 / 400, high: 500 / 200 });
  });
  it('estimates reach, conversions and revenue from the settings', () => {
    expect(r.expectedReach).toEqual({ low: 2000, expected: 3000, high: 4000 });
    expect(r.expectedConversions?.expected).toBeCloseTo(3000 * 0.009 * 0.025, 12);
    expect(r.expectedRevenue?.expected).toBeCloseTo(3000 * 0.009 * 0.025 * 100, 9);
    expect(r.expectedRevenue?.high).toBeCloseTo(4000 * 0.015 * 0.04 * 100, 9);
    expect(r.currency).toBe('USD');
    expect(r.reasons).toContain('Reach rate on Instagram: 10%–20% of followers (expected 15%)');
    expect(r.reasons).toContain('Average order value: $100');
  });
});

describe('estimateRoi on TikTok', () => {
  it('uses median views as expected reach inside the followers band', () => {
    const posts = [1000, 5000, 9000].map((views) => post({ likes: 100, views }));
    const r = roi(input({ platform: 'tiktok', posts }, 50_000));
    expect(r.expectedReach).toEqual({ low: 5000, expected: 5000, high: 25_000 });
    expect(r.reasons).toContain('Reach: median 5,000 views over 3 videos, within the band of 10%–50% of followers (expected 25%)');
  });
  it('uses the views quartiles when followers are missing', () => {
    const posts = [1000, 5000, 9000].map((views) => post({ likes: null, views }));
    const r = roi(input({ platform: 'tiktok', posts }, null));
    expect(r.expectedReach).toEqual({ low: 3000, expected: 5000, high: 7000 });
    expect(r.costPerPost).toBeNull();
    expect(r.expectedEngagements).toBeNull();
    expect(r.expectedRevenue).not.toBeNull();
  });
});

describe('estimateRoi with missing inputs', () => {
  it('names what is missing', () => {
    const r = roi(input({ posts: [post({ likes: null })] }, null));
    expect(r.costPerPost).toBeNull();
    expect(r.expectedReach).toBeNull();
    expect(r.expectedRevenue).toBeNull();
    expect(r.reasons).toContain('No cost per post: the tier is unknown because followers are not shown');
    expect(r.reasons).toContain('No engagements per post: no post shows a like count');
    expect(r.reasons).toContain('No reach: followers are not shown and no view counts are visible');
  });
  it('gives no cost per engagement when a quarter of posts have no engagement', () => {
    const r = roi(input({ posts: [0, 0, 50, 100].map((likes) => post({ likes, comments: 0 })) }, 5000));
    expect(r.costPerEngagement).toBeNull();
    expect(r.reasons).toContain('No cost per engagement: some measured posts have no likes or comments');
  });
  it('returns nulls, not zeros, for blocked pages', () => {
    const r = roi(input({ status: 'login-wall' }));
    expect(Object.values(r).filter((v) => v === null)).toHaveLength(6);
    expect(r.reasons).toEqual(['The site showed a login wall, so the page could not be read']);
  });
});

describe('estimateRoi properties', () => {
  it('keeps every range ordered and valid for arbitrary snapshots and settings', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (snap, s) => {
        const r = roi(snap, s);
        expect(roiSchema.safeParse(r).success).toBe(true);
        const ranges = [r.costPerPost, r.expectedEngagements, r.costPerEngagement, r.expectedReach, r.expectedConversions, r.expectedRevenue];
        for (const range of ranges.filter((x): x is Range => x !== null)) {
          expect(range.low).toBeLessThanOrEqual(range.expected);
          expect(range.expected).toBeLessThanOrEqual(range.high);
          expect(rangeSchema.safeParse(range).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('estimateRoi with gifting', () => {
  const gifting = settings({ gifting: { nano: true, productCost: { low: 20, expected: 40, high: 60 } } });
  it('prices nano and below-nano creators at the product cost', () => {
    const r = roi(input({ posts: [post({ likes: 100, comments: 0 })] }, 5_000), gifting);
    expect(r.costPerPost).toEqual({ low: 20, expected: 40, high: 60 });
    expect(r.costPerEngagement).toEqual({ low: 0.2, expected: 0.4, high: 0.6 });
    expect(r.reasons).toContain('Gifting: nano creators are paid in product instead of a fee, $20.00–$60.00 per post (expected $40.00) product cost');
    expect(roi(input({}, 500), gifting).costPerPost).toEqual({ low: 20, expected: 40, high: 60 });
  });
  it('leaves micro and larger creators on the rate card', () => {
    expect(roi(input({}, 20_000), gifting).costPerPost).toEqual({ low: 100, expected: 300, high: 500 });
  });
});
