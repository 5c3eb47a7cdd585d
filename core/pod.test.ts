import { describe, expect, it } from 'vitest';
import { podSchema } from './analysis';
import type { AnalysisInput } from './analyze';
import { computeEngagement } from './engagement';
import { podLevel, scorePod } from './pod';
import type { Post } from './snapshot';
import { comments, input, post, settings } from './test-fixtures';
import { classifyTier } from './tiers';

const defaults = settings();

function score(i: AnalysisInput) {
  const engagement = computeEngagement(i, defaults);
  const tier = classifyTier(i.profile.followers?.value ?? null, defaults.tierThresholds);
  return scorePod(i, engagement, tier);
}

const signal = (pod: ReturnType<typeof score>, id: string) => pod.signals.find((s) => s.id === id);

/** Natural-looking posts: likes spread widely, comments ~2 % of likes. */
const naturalPosts = (n: number): Post[] =>
  Array.from({ length: n }, (_, i) => post({ likes: 200 + ((i * 137) % 7) * 120, comments: 4 + (i % 5) }));

describe('podLevel', () => {
  it('maps scores to levels at 30 and 60', () => {
    expect(podLevel(0)).toBe('low');
    expect(podLevel(29)).toBe('low');
    expect(podLevel(30)).toBe('medium');
    expect(podLevel(59)).toBe('medium');
    expect(podLevel(60)).toBe('high');
    expect(podLevel(100)).toBe('high');
  });
});

describe('scorePod', () => {
  it('scores a natural account low with no signals', () => {
    const pod = score(input({ posts: naturalPosts(12) }, 30_000));
    expect(pod.score).toBe(0);
    expect(pod.level).toBe('low');
    expect(pod.signals).toEqual([]);
    expect(pod.reasons[0]).toBe('No pod signals found in the checks that could run');
  });

  it('flags engagement far above the tier norm', () => {
    // 20 % on a micro Instagram account: 12.5× the 1.6 % norm.
    const pod = score(input({ posts: naturalPosts(6).map((p) => ({ ...p, likes: (p.likes ?? 0) * 10 })) }, 10_000));
    const s = signal(pod, 'er-above-norm');
    expect(s?.points).toBe(30);
    expect(s?.strength).toBe(1);
    expect(s?.reason).toMatch(/^Engagement of [\d.]+% is [\d.]+× the typical 1\.60% for micro Instagram creators by followers/);
  });

  it('flags comments out of proportion to likes', () => {
    const posts = [post({ likes: 100, comments: 15 }), post({ likes: 100, comments: 15 }), post({ likes: 100, comments: 15 })];
    const s = signal(score(input({ posts }, 1_000_000)), 'comment-like-ratio');
    expect(s?.strength).toBe(1);
    expect(s?.points).toBe(20);
    expect(s?.reason).toBe('Comments are 15.0% of likes (45 comments to 300 likes on 3 posts); typically 1–5%, pods push it past 10%');
  });

  it('ignores the ratio on tiny samples', () => {
    const posts = [post({ likes: 3, comments: 3 }), post({ likes: 3, comments: 3 }), post({ likes: 3, comments: 3 })];
    expect(signal(score(input({ posts })), 'comment-like-ratio')).toBeUndefined();
  });

  it('flags the same commenters across posts, not counting the creator', () => {
    const pod = ['ann', 'bob', 'cat', 'dan'];
    const posts = Array.from({ length: 4 }, (_, i) =>
      post({
        commentSamples: comments([
          ...pod.map((a) => [a, `comment ${i} by ${a}`] as const),
          [`fan${i}`, 'where is this?'],
          ['creator', 'thanks all!'],
        ]),
      }),
    );
    const result = score(input({ posts }));
    const s = signal(result, 'repeat-commenters');
    expect(s?.reason).toBe('4 accounts commented on at least half of the 4 posts with comments and wrote 80% of the 20 comments seen');
    expect(s?.points).toBe(25);
    expect(result.commentsSeen).toBe(24);
    expect(result.postsWithComments).toBe(4);
  });

  it('says why repeat commenters were not checked on too few posts', () => {
    const posts = [post({ commentSamples: comments([['a', 'hi']]) }), post()];
    expect(score(input({ posts })).reasons).toContain(
      'Repeat commenters not checked: needs comments from at least 3 posts (open a few posts)',
    );
  });

  it('flags generic and emoji-only comments', () => {
    const texts = ['nice', '🔥🔥', 'great post', 'love this', '😍😍', 'Amazing!!', 'wow', 'super', 'genial', 'cool'];
    const posts = texts.map((t, i) => post({ commentSamples: comments([[`user${i}`, t]]) }));
    const s = signal(score(input({ posts })), 'generic-comments');
    expect(s?.strength).toBe(1);
    expect(s?.reason).toBe('100% of 10 comments are generic or emoji-only ("nice", "🔥🔥"…)');
  });

  it('flags suspiciously uniform likes', () => {
    const posts = Array.from({ length: 8 }, (_, i) => post({ likes: 1000 + (i % 2) * 10, comments: 20 }));
    const s = signal(score(input({ posts }, 200_000)), 'uniform-engagement');
    expect(s?.strength).toBe(1);
    expect(s?.points).toBe(10);
    expect(s?.reason).toMatch(/^Likes vary by only 0% between 8 posts/);
  });

  it('adds signals into a high score with each signal capped at its maximum', () => {
    const pod = ['ann', 'bob', 'cat'];
    const posts = Array.from({ length: 8 }, (_, i) =>
      post({
        likes: 3000 + (i % 2) * 30,
        comments: 600,
        commentSamples: comments(pod.map((a) => [a, i % 2 ? '🔥🔥🔥' : 'great post'] as const)),
      }),
    );
    const result = score(input({ posts }, 10_000));
    expect(result.score).toBe(100);
    expect(result.level).toBe('high');
    expect(result.signals.map((s) => s.id).sort()).toEqual(
      ['comment-like-ratio', 'er-above-norm', 'generic-comments', 'repeat-commenters', 'uniform-engagement'],
    );
    expect(podSchema.safeParse(result).success).toBe(true);
  });

  it('does not judge without metrics or comments', () => {
    const result = score(input({ posts: [post({ likes: null })] }));
    expect(result.score).toBeNull();
    expect(result.level).toBeNull();
    expect(result.reasons).toEqual(['Too little to judge: no post metrics and no comments on the page']);
  });

  it('does not judge blocked pages', () => {
    const result = score(input({ status: 'private', posts: [] }));
    expect(result.score).toBeNull();
    expect(result.reasons[0]).toMatch(/^Private account/);
  });

  it('notes that the norm was skipped without a tier', () => {
    expect(score(input({ posts: naturalPosts(3) }, null)).reasons).toContain(
      'Engagement not compared with a norm: the tier is unknown',
    );
  });

  it('survives hostile comment text and authors', () => {
    const nasty = ['<script>alert(1)</script>', 'x'.repeat(1_000_000), '\uD800\uDC00\uDFFF', 'a\u0000b', '', '🔥'.repeat(10_000)];
    const posts = Array.from({ length: 4 }, () => post({ commentSamples: nasty.map((t) => ({ author: t, text: t })) }));
    const result = score(input({ posts }));
    expect(podSchema.safeParse(result).success).toBe(true);
    expect(result.commentsSeen).toBe(24);
  });
});

describe('scorePod at scale', () => {
  function bigInput(nComments: number): AnalysisInput {
    const perPost = nComments / 50;
    const posts = Array.from({ length: 50 }, (_, i) =>
      post({
        likes: 1000 + i * 37,
        comments: perPost,
        commentSamples: Array.from({ length: perPost }, (_, j) => ({
          author: `user${(i * 7 + j) % 300}`,
          text: j % 3 === 0 ? 'nice post!' : `comment number ${j} on ${i} with some words`,
        })),
      }),
    );
    return input({ posts }, 50_000);
  }
  // Speed (≤ 0.5 ms at 500 comments, linear growth) is measured by the
  // benchmark, bench/sections/scoring.ts: timings in unit tests are noise on
  // shared machines. Here: the large inputs are scored completely.
  it('scores 50 posts with 500 and with 5,000 comments, counting every comment', () => {
    for (const n of [500, 5000]) {
      const i = bigInput(n);
      const pod = scorePod(i, computeEngagement(i, defaults), 'micro');
      expect(pod.commentsSeen).toBe(n);
      expect(pod.postsWithComments).toBe(50);
      expect(pod.score).not.toBeNull();
    }
  });
});
