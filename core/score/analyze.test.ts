import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisSchema } from './analysis';
import { analyze } from './analyze';
import { settingsArb, snapshotArb } from '../testing/arbitraries';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Snapshot } from '../page/snapshot';
import type { Settings } from '../settings/settings';
import { count, input, post, settings, snapshot } from '../../tests/builders/snapshots';
import { TIER_ORDER } from './tiers';

const BLOCKED = new Set(['private', 'not-found', 'login-wall', 'unreadable']);

/**
 * The posts the rate rests on, worked out here from the definition (not with
 * post-metrics.ts): not blocked, not a pinned post when pinned posts are left
 * out, and showing a like count.
 */
function measurable(snap: Snapshot, s: Settings) {
  if (BLOCKED.has(snap.status)) return [];
  return snap.posts.filter((p) => !(s.excludePinned && p.pinned) && p.likes !== null);
}

describe('analyze', () => {
  it('puts every figure together under the creator key', () => {
    const a = analyze(
      input({ handle: 'some.creator', posts: [post({ likes: 900, comments: 100 })] }, 50_000),
      DEFAULT_SETTINGS,
    );
    expect(a.key).toBe('instagram:some.creator');
    expect(a.v).toBe(3);
    expect(a.status).toBe('ok');
    expect(a.followers).toBe(50_000);
    expect(a.tier).toEqual({ id: 'micro', reason: 'Micro: 50,000 followers, in the 10K–100K followers band' });
    expect(a.engagement.rate).toBeCloseTo(0.02, 12);
    // No comments read: the pod verdict waits for them, and one post is too few to judge the audience by.
    expect(a.pod).toMatchObject({
      score: null,
      level: null,
      reasons: ['Not judged yet: open a post to read its comments (the verdict needs at least 10 comments by others)'],
    });
    expect(a.audience).toEqual({
      level: null,
      flags: [],
      reasons: [
        'Audience not checked: it needs the number of accounts followed, or the engagement of at least 3 posts',
      ],
    });
    // Price (core/score/price.ts): 50 × $10 per 1K followers × the engagement factor, which is clamped to ×0.5…×2,
    // so the median lies in $250…$1,000; the price band is ×/÷2 around it (p10 = median ÷ 2, p90 = median × 2).
    const cost = a.roi.costPerPost;
    expect(cost?.expected).toBeGreaterThanOrEqual(250);
    expect(cost?.expected).toBeLessThanOrEqual(1_000);
    expect(cost?.low).toBeCloseTo((cost?.expected ?? 0) / 2, 6);
    expect(cost?.high).toBeCloseTo((cost?.expected ?? 0) * 2, 6);
    expect(analysisSchema.parse(a)).toEqual(a);
  });
  it('re-tiers when the thresholds change', () => {
    const s = settings({ tierThresholds: { nano: 100, micro: 1_000, macro: 10_000, mega: 40_000 } });
    const a = analyze(input({}, 50_000), s);
    expect(a.tier.id).toBe('mega');
    expect(a.tier.reason).toMatch(/^Mega: 50,000 followers/);
  });
  it('says when the follower count was printed rounded', () => {
    const snap = snapshot();
    snap.profile.followers = count(12_300, false, '12.3K');
    expect(analyze(snap, DEFAULT_SETTINGS).tier.reason).toBe(
      'Micro: 12,300 followers (the page printed "12.3K", so this is approximate), in the 10K–100K followers band',
    );
  });
  it('has no tier, with a reason, without followers', () => {
    const a = analyze(input({}, null), DEFAULT_SETTINGS);
    expect(a.tier).toEqual({ id: null, reason: 'Followers are not shown on the page, so the tier is unknown' });
    expect(a.followers).toBeNull();
  });
  it('keeps a private account’s followers but no other figure', () => {
    const a = analyze(input({ status: 'private', posts: [] }, 5_000), DEFAULT_SETTINGS);
    expect(a.followers).toBe(5_000);
    expect(a.tier.id).toBe('nano');
    expect(a.engagement.rate).toBeNull();
    expect(a.roi.costPerPost).toBeNull();
    expect(a.pod.score).toBeNull();
    expect(a.engagement.reasons[0]).toMatch(/^Private account/);
  });
  it('gives nulls with the status as the reason for unreadable pages', () => {
    for (const status of ['not-found', 'login-wall', 'unreadable'] as const) {
      const a = analyze(input({ status }, 5_000), DEFAULT_SETTINGS);
      expect(a.followers).toBeNull();
      expect(a.tier.id).toBeNull();
      expect(a.tier.reason).not.toMatch(/Followers are not shown/);
      expect(a.engagement.rate).toBeNull();
      expect(a.roi.expectedRevenue).toBeNull();
      expect(a.pod.level).toBeNull();
      expect(analysisSchema.safeParse(a).success).toBe(true);
    }
  });
  it('still prices a profile with no posts yet', () => {
    const a = analyze(input({ status: 'no-posts', posts: [] }, 20_000), DEFAULT_SETTINGS);
    // No posts, so no engagement factor: 20 × $10 per 1K = $200, ×/÷2; no gifting above 10K followers.
    expect(a.roi.costPerPost).toEqual({ low: 100, expected: 200, high: 400 });
    // Reach rate between the nano centre (3,162: 30 %) and the micro centre (31,623: 25 %), linear in ln followers:
    // w = (ln 20,000 − ln 3,162.3) / ln 10 = 0.80106; 30 % − 5 % × 0.80106 = 25.995 %; 20,000 × 25.995 % = 5,199.
    expect(a.roi.expectedReach?.expected).toBeCloseTo(5_199, 0);
    expect(a.engagement.rate).toBeNull();
    expect(a.pod.score).toBeNull();
  });
  it('never throws and always passes analysisSchema for arbitrary valid snapshots and settings', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (snap, s) => {
        const a = analyze(snap, s);
        const parsed = analysisSchema.safeParse(a);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(a.key).toBe(`${snap.platform}:${snap.handle}`);
        expect(a.status).toBe(snap.status);
      }),
      { numRuns: 500 },
    );
  });
  it('has a rate exactly when some post is measurable and there is a base to divide by', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (snap, s) => {
        const a = analyze(snap, s);
        const posts = measurable(snap, s);
        const followers = snap.profile.followers?.value ?? 0;
        const viewBase = snap.platform === 'tiktok' && posts.some((p) => (p.views ?? 0) > 0);
        const hasRate = posts.length > 0 && (viewBase || followers > 0);
        expect(a.engagement.rate !== null, `rate ${a.engagement.rate}, ${posts.length} measurable`).toBe(hasRate);
        expect(a.engagement.postsMeasured).toBe(posts.length);
        if (posts.length === 0) expect(a.engagement.basis).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
  it('gives the rate its formula: interactions per follower, or per view on TikTok when views are shown', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (snap, s) => {
        const a = analyze(snap, s);
        const posts = measurable(snap, s);
        if (a.engagement.rate === null) return;
        const shown = posts.flatMap((p) => (p.comments === null ? [] : [p.comments]));
        const avgComments = shown.length === 0 ? 0 : shown.reduce((n, c) => n + c, 0) / shown.length;
        // A missing comment count counts as the average of the shown ones.
        const interactions = (p: (typeof posts)[number]) => (p.likes ?? 0) + (p.comments ?? avgComments);
        const withViews = posts.filter((p) => p.views !== null);
        const views = withViews.reduce((n, p) => n + (p.views ?? 0), 0);
        if (snap.platform === 'tiktok' && views > 0) {
          expect(a.engagement.basis).toBe('views');
          const expected = withViews.reduce((n, p) => n + interactions(p), 0) / views;
          expect(Math.abs(a.engagement.rate - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
        } else {
          const followers = snap.profile.followers?.value ?? 0;
          expect(a.engagement.basis).toBe('followers');
          const expected = posts.reduce((n, p) => n + interactions(p), 0) / posts.length / followers;
          expect(Math.abs(a.engagement.rate - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
        }
      }),
      { numRuns: 500 },
    );
  });
  it('never puts a creator with more followers in a lower tier', () => {
    fc.assert(
      fc.property(settingsArb, fc.nat(200_000_000), fc.nat(200_000_000), (s, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const a = analyze(input({}, low), s).tier.id;
        const b = analyze(input({}, high), s).tier.id;
        expect(a).not.toBeNull();
        expect(b).not.toBeNull();
        if (a !== null && b !== null) expect(TIER_ORDER[a]).toBeLessThanOrEqual(TIER_ORDER[b]);
      }),
      { numRuns: 500 },
    );
  });
  it('survives hostile numbers from an unvalidated caller', () => {
    const snap = snapshot({
      capturedAt: Number.NaN,
      posts: [post({ likes: Number.NaN, comments: -1, views: Number.POSITIVE_INFINITY })],
    });
    snap.profile.followers = count(Number.NaN);
    const a = analyze(snap, DEFAULT_SETTINGS);
    expect(a.followers).toBeNull();
    expect(a.capturedAt).toBe(0);
    expect(analysisSchema.safeParse(a).success).toBe(true);
  });
});
