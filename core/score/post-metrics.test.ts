import { describe, expect, it } from 'vitest';
import { selectPosts } from './post-metrics';
import { input, post } from '../../tests/builders/snapshots';

describe('selectPosts', () => {
  it('separates measured, pinned, hidden and evidence-only posts', () => {
    const evidence = post({ likes: null, comments: null });
    const i = {
      ...input({
        posts: [
          post({ likes: 100, comments: 10, views: 1000 }),
          post({ likes: 300, comments: null }),
          post({ pinned: true, likes: 5000 }),
          post({ likes: null, views: 50 }),
          evidence,
        ],
      }),
      evidenceOnlyIds: [evidence.id],
    };
    const sel = selectPosts(i, true);
    expect(sel.pinnedExcluded).toBe(1);
    expect(sel.considered).toBe(3);
    expect(sel.withoutMetrics).toBe(1);
    expect(sel.views).toEqual([1000, 50]);
    expect(sel.avgLikes).toBe(200);
    expect(sel.avgComments).toBe(10);
    expect(sel.commentCountsShown).toBe(1);
    expect(sel.measured.map((p) => p.interactions)).toEqual([110, 310]);
    expect(selectPosts(i, false).measured).toHaveLength(3);
  });
  it('returns empty figures for no posts', () => {
    const sel = selectPosts(input({ posts: [] }), true);
    expect(sel.measured).toEqual([]);
    expect(sel.avgLikes).toBeNull();
    expect(sel.avgComments).toBeNull();
  });
});
