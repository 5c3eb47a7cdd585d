import { describe, expect, it } from 'vitest';
import { engagementSchema } from './analysis';
import { computeEngagement } from './engagement';
import { input, post, settings } from '../../tests/builders/snapshots';

const defaults = settings();

describe('computeEngagement on Instagram', () => {
  it('divides average likes + comments by followers', () => {
    const e = computeEngagement(
      input({ posts: [post({ likes: 1000, comments: 40 }), post({ likes: 1400, comments: 60 })] }, 40_000),
      defaults,
    );
    expect(e.rate).toBeCloseTo((1200 + 50) / 40_000, 12);
    expect(e.basis).toBe('followers');
    expect(e.byFollowers).toBe(e.rate);
    expect(e.byViews).toBeNull();
    expect(e.avgLikes).toBe(1200);
    expect(e.avgComments).toBe(50);
    expect(e.postsMeasured).toBe(2);
    expect(e.reasons[0]).toBe('Average of 2 posts: 1,200 likes + 50 comments per post, over 40,000 followers');
  });
  it('leaves pinned posts out when the setting says so, and counts them', () => {
    const posts = [
      post({ pinned: true, likes: 90_000 }),
      post({ likes: 100, comments: 0 }),
      post({ likes: 300, comments: 0 }),
    ];
    const out = computeEngagement(input({ posts }, 10_000), defaults);
    expect(out.pinnedExcluded).toBe(1);
    expect(out.avgLikes).toBe(200);
    expect(out.reasons[0]).toContain('(1 pinned left out)');
    const kept = computeEngagement(input({ posts }, 10_000), settings({ excludePinned: false }));
    expect(kept.pinnedExcluded).toBe(0);
    expect(kept.avgLikes).toBeCloseTo(90_400 / 3, 9);
  });
  it('skips posts with hidden likes and says how many', () => {
    const e = computeEngagement(
      input({ posts: [post({ likes: null, comments: 5 }), post({ likes: 200, comments: 10 })] }),
      defaults,
    );
    expect(e.postsMeasured).toBe(1);
    expect(e.postsWithoutMetrics).toBe(1);
    expect(e.reasons).toContain('1 post without a like count left out (likes hidden or not shown)');
  });
  it('counts a missing comment count at the average of the others', () => {
    const e = computeEngagement(
      input({ posts: [post({ likes: 100, comments: 20 }), post({ likes: 300, comments: null })] }, 1000),
      defaults,
    );
    expect(e.avgComments).toBe(20);
    expect(e.rate).toBeCloseTo((200 + 20) / 1000, 12);
  });
  it('uses likes only when no post shows comments', () => {
    const e = computeEngagement(input({ posts: [post({ likes: 100, comments: null })] }, 1000), defaults);
    expect(e.avgComments).toBeNull();
    expect(e.rate).toBeCloseTo(0.1, 12);
    expect(e.reasons).toContain('Comment counts are not shown, so the rate counts likes only');
  });
  it('gives no rate, with a reason, when followers are missing or zero', () => {
    const missing = computeEngagement(input({}, null), defaults);
    expect(missing.rate).toBeNull();
    expect(missing.byFollowers).toBeNull();
    expect(missing.basis).toBeNull();
    expect(missing.avgLikes).toBe(100);
    expect(missing.reasons).toContain('Followers are not shown on the page, so there is no rate by followers');
    const zero = computeEngagement(input({}, 0), defaults);
    expect(zero.rate).toBeNull();
    expect(zero.reasons).toContain('The account has 0 followers, so there is no rate by followers');
  });
});

describe('computeEngagement on TikTok', () => {
  it('uses interactions per view as the headline when views are shown', () => {
    const e = computeEngagement(
      input(
        {
          platform: 'tiktok',
          posts: [post({ likes: 500, comments: 20, views: 10_000 }), post({ likes: 900, comments: 80, views: 20_000 })],
        },
        100_000,
      ),
      defaults,
    );
    expect(e.basis).toBe('views');
    expect(e.byViews).toBeCloseTo(1500 / 30_000, 12);
    expect(e.rate).toBe(e.byViews);
    expect(e.byFollowers).toBeCloseTo(750 / 100_000, 12);
    expect(e.avgViews).toBe(15_000);
    expect(
      e.reasons.some((r) => r.startsWith('By views: 1,500 likes and comments over 30,000 views on 2 videos')),
    ).toBe(true);
  });
  it('falls back to followers when no video shows views', () => {
    const e = computeEngagement(
      input({ platform: 'tiktok', posts: [post({ likes: 500, comments: 0 })] }, 10_000),
      defaults,
    );
    expect(e.basis).toBe('followers');
    expect(e.rate).toBeCloseTo(0.05, 12);
    expect(e.reasons).toContain('No view counts on the measured videos, so the rate is by followers');
  });
  it('reports view-only grids as unmeasured but keeps the average views', () => {
    const e = computeEngagement(
      input({ platform: 'tiktok', posts: [post({ likes: null, views: 1000 }), post({ likes: null, views: 3000 })] }),
      defaults,
    );
    expect(e.rate).toBeNull();
    expect(e.avgViews).toBe(2000);
    expect(e.reasons).toEqual(['Only view counts are visible (2 videos); like counts are not shown']);
  });
  it('ignores zero total views instead of dividing by zero', () => {
    const e = computeEngagement(input({ platform: 'tiktok', posts: [post({ likes: 5, views: 0 })] }, 100), defaults);
    expect(e.byViews).toBeNull();
    expect(e.basis).toBe('followers');
  });
});

describe('computeEngagement without metrics', () => {
  it('names the reason for each empty case', () => {
    expect(computeEngagement(input({ posts: [] }), defaults).reasons).toEqual([
      'No post metrics on the page: no posts are visible',
    ]);
    expect(
      computeEngagement(input({ posts: [post({ likes: null }), post({ likes: null })] }), defaults).reasons,
    ).toEqual(['Likes are hidden on every visible post (2 posts)']);
    expect(computeEngagement(input({ posts: [post({ pinned: true })] }), defaults).reasons[0]).toMatch(
      /Only pinned posts/,
    );
  });
  it('returns nulls, never zeros, for blocked pages', () => {
    for (const status of ['private', 'not-found', 'login-wall', 'unreadable'] as const) {
      const e = computeEngagement(input({ status }), defaults);
      expect(e.rate).toBeNull();
      expect(e.avgLikes).toBeNull();
      expect(e.postsMeasured).toBe(0);
      expect(e.reasons).toHaveLength(1);
    }
    expect(computeEngagement(input({ status: 'private' }), defaults).reasons[0]).toMatch(/^Private account/);
  });
  it('ignores evidence-only posts', () => {
    const p = post({ likes: null, comments: null });
    const e = computeEngagement({ ...input({ posts: [post(), p] }), evidenceOnlyIds: [p.id] }, defaults);
    expect(e.postsWithoutMetrics).toBe(0);
    expect(e.postsMeasured).toBe(1);
  });
});

describe('computeEngagement on hostile numbers', () => {
  it('treats NaN, negative and infinite counts as missing and stays finite', () => {
    const e = computeEngagement(
      input(
        {
          posts: [
            post({ likes: Number.NaN }),
            post({ likes: -5 }),
            post({ likes: Number.POSITIVE_INFINITY }),
            post({ likes: 1e13, comments: 1e13 }),
          ],
        },
        1,
      ),
      defaults,
    );
    expect(e.postsMeasured).toBe(1);
    expect(e.postsWithoutMetrics).toBe(3);
    expect(e.rate).toBe(2e13);
    expect(engagementSchema.safeParse(e).success).toBe(true);
  });
});
