import { describe, expect, it } from 'vitest';
import { analyze, mergeComments } from '../score/analyze';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { MAX_COMMENTS_PER_POST, postSchema, type CommentSample } from './snapshot';
import { comments, post, snapshot } from '../../tests/builders/snapshots';

describe('mergeComments', () => {
  it('merges overlapping lists as multisets: overlap once, repeats within a list kept', () => {
    const p = post({
      id: 'abc',
      commentSamples: comments([
        ['ann', 'hi'],
        ['bob', 'nice'],
      ]),
    });
    const snap = snapshot({ posts: [p, post({ id: 'other' })] });
    const merged = mergeComments(
      snap,
      new Map([
        [
          'abc',
          comments([
            ['ann', 'hi'],
            ['ann', 'hello'],
            ['ann', 'hello'],
          ]),
        ],
      ]),
    );
    expect(merged.posts[0]?.commentSamples).toEqual(
      comments([
        ['ann', 'hi'],
        ['bob', 'nice'],
        ['ann', 'hello'],
        ['ann', 'hello'],
      ]),
    );
    expect(merged.posts[1]?.commentSamples).toEqual([]);
    expect(merged.evidenceOnlyIds).toEqual([]);
    expect(snap.posts[0]?.commentSamples).toHaveLength(2);
  });
  it('a pair repeated in both lists counts as often as the list that has it most', () => {
    const p = post({
      id: 'abc',
      commentSamples: comments([
        ['pod', '🔥'],
        ['pod', '🔥'],
      ]),
    });
    const merged = mergeComments(
      snapshot({ posts: [p] }),
      new Map([
        [
          'abc',
          comments([
            ['pod', '🔥'],
            ['pod', '🔥'],
            ['pod', '🔥'],
          ]),
        ],
      ]),
    );
    expect(merged.posts[0]?.commentSamples).toHaveLength(3);
  });
  it('keeps when each comment was written, and gives a grid copy without a time the stored copy’s', () => {
    const p = post({
      id: 'abc',
      commentSamples: [
        { author: 'ann', text: 'hi' },
        { author: 'bob', text: 'yo', at: 5 },
      ],
    });
    const stored = [
      { author: 'ann', text: 'hi', at: 1_000 },
      { author: 'bob', text: 'yo', at: 9 },
      { author: 'pod', text: '🔥', at: 2_000 },
      { author: 'pod', text: '🔥' },
    ];
    const merged = mergeComments(snapshot({ posts: [p] }), new Map([['abc', stored]]));
    expect(merged.posts[0]?.commentSamples).toEqual([
      { author: 'ann', text: 'hi', at: 1_000 },
      // The grid's own time stands.
      { author: 'bob', text: 'yo', at: 5 },
      { author: 'pod', text: '🔥', at: 2_000 },
      { author: 'pod', text: '🔥' },
    ]);
    expect(postSchema.safeParse(merged.posts[0]).success).toBe(true);
  });
  it('does not confuse pairs that only differ in where a separator sits', () => {
    const merged = mergeComments(
      snapshot({ posts: [post({ id: 'x', commentSamples: comments([['a\u0000b', 'c']]) })] }),
      new Map([['x', comments([['a', 'b\u0000c']])]]),
    );
    expect(merged.posts[0]?.commentSamples).toHaveLength(2);
  });
  it('keeps opened posts missing from the grid as evidence-only posts with null metrics', () => {
    const snap = snapshot({ posts: [post({ id: 'grid', likes: 100, comments: 5 })] });
    const merged = mergeComments(
      snap,
      new Map([
        ['gone', comments([['pod1', '🔥']])],
        ['empty', []],
      ]),
    );
    expect(merged.posts).toHaveLength(2);
    expect(merged.posts[1]).toMatchObject({ id: 'gone', likes: null, comments: null, views: null, pinned: false });
    expect(merged.evidenceOnlyIds).toEqual(['gone']);
    const a = analyze(merged, DEFAULT_SETTINGS);
    expect(a.engagement.postsMeasured).toBe(1);
    expect(a.engagement.postsWithoutMetrics).toBe(0);
    expect(a.pod.commentsSeen).toBe(1);
  });
  it('an opened post the grid no longer shows joins the engagement rate with its own counts, once', () => {
    // The grid: one post, 100 likes + 5 comments. Opened earlier: a video with 300 likes + 15 comments.
    const snap = snapshot({
      posts: [post({ id: 'grid', likes: 100, comments: 5 })],
      profile: { ...snapshot().profile, followers: { value: 10_000, source: 'api', exact: true } },
    });
    const opened = {
      comments: comments([['fan', 'nice']]),
      post: { id: 'old', kind: 'video' as const, pinned: false, likes: 300, comments: 15, views: 9000, takenAt: null },
    };
    const merged = mergeComments(snap, new Map([['old', opened]]));
    expect(merged.posts[1]).toMatchObject({ id: 'old', likes: 300, comments: 15, views: 9000 });
    expect(merged.evidenceOnlyIds).toEqual([]);
    const a = analyze(merged, DEFAULT_SETTINGS);
    expect(a.engagement.postsMeasured).toBe(2);
    // ((100 + 300) / 2 + (5 + 15) / 2) / 10,000 = (200 + 10) / 10,000 = 0.021
    expect(a.engagement.byFollowers).toBeCloseTo(0.021, 10);
  });
  it('an opened post in the grid fills the counts the grid lacked, and keeps the grid’s own', () => {
    const snap = snapshot({
      posts: [post({ id: 'tile', likes: null, comments: null }), post({ id: 'shown', likes: 40, comments: 2 })],
    });
    const merged = mergeComments(
      snap,
      new Map([
        [
          'tile',
          {
            comments: [],
            post: {
              id: 'tile',
              kind: 'image' as const,
              pinned: false,
              likes: 1520,
              comments: 48,
              views: null,
              takenAt: null,
            },
          },
        ],
        [
          'shown',
          {
            comments: [],
            post: {
              id: 'shown',
              kind: 'image' as const,
              pinned: false,
              likes: 39,
              comments: 1,
              views: null,
              takenAt: null,
            },
          },
        ],
      ]),
    );
    expect(merged.posts.map((p) => [p.id, p.likes, p.comments])).toEqual([
      ['tile', 1520, 48],
      ['shown', 40, 2],
    ]);
  });
  it('keeps the result within the snapshot caps', () => {
    const many: CommentSample[] = Array.from({ length: 800 }, (_, i) => ({ author: `u${i}`, text: 'x' }));
    const merged = mergeComments(
      snapshot({ posts: [post({ id: 'a' })] }),
      new Map([
        ['a', many],
        ['b'.repeat(65), many],
      ]),
    );
    expect(merged.posts).toHaveLength(1);
    expect(merged.posts[0]?.commentSamples).toHaveLength(MAX_COMMENTS_PER_POST);
    expect(postSchema.safeParse(merged.posts[0]).success).toBe(true);
  });
  it('passes the snapshot fields analyze needs', () => {
    const snap = snapshot({ platform: 'tiktok', handle: 'x.y', status: 'private', capturedAt: 42 });
    const merged = mergeComments(snap, new Map());
    expect(merged).toMatchObject({
      platform: 'tiktok',
      handle: 'x.y',
      status: 'private',
      capturedAt: 42,
      profile: snap.profile,
    });
  });
});
