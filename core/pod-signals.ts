import type { Engagement, PodSignal, Tier } from './analysis';
import { engagementNorm } from './benchmarks';
import { isGenericComment, normalizeAuthor } from './comment-text';
import { formatExactCount, formatPercent } from './format';
import type { MeasuredPost } from './post-metrics';
import type { Platform, Post } from './snapshot';
import { coefficientOfVariation, sum } from './stats';
import { TIER_LABELS } from './tiers';

/**
 * The five pod signals. Each returns a signal (when it fires), a note saying
 * why it could not be checked, or nothing. Maximum points add up to 100:
 *   er-above-norm 30, repeat-commenters 25, comment-like-ratio 20,
 *   generic-comments 15, uniform-engagement 10.
 * Engagement far above the norm weighs most because it is what a pod buys;
 * uniform engagement least because some honest accounts are steady too.
 * Every signal starts well past what honest accounts show, so one alone
 * rarely reaches "high".
 */

export const MAX_POINTS = {
  'er-above-norm': 30,
  'repeat-commenters': 25,
  'comment-like-ratio': 20,
  'generic-comments': 15,
  'uniform-engagement': 10,
} as const;
type SignalId = keyof typeof MAX_POINTS;

export type SignalResult = { signal: PodSignal } | { note: string } | null;

/** strength 0 at `from`, 1 at `to` (either direction), linear between. */
function ramp(value: number, from: number, to: number): number {
  const t = (value - from) / (to - from);
  return Number.isFinite(t) ? Math.min(Math.max(t, 0), 1) : 0;
}

function fire(id: SignalId, strength: number, reason: string): SignalResult {
  const points = Math.round(strength * MAX_POINTS[id]);
  return points >= 1 ? { signal: { id, strength, points, reason } } : null;
}

/** Engagement 2× the tier's norm starts the signal; 5× is full strength. */
export function erAboveNorm(platform: Platform, engagement: Engagement, tier: Tier | null): SignalResult {
  if (tier === null) {
    return engagement.postsMeasured > 0 ? { note: 'Engagement not compared with a norm: the tier is unknown' } : null;
  }
  if (engagement.rate === null || engagement.basis === null) return null;
  const norm = engagementNorm(platform, engagement.basis, tier);
  if (!norm || norm.typical <= 0) return null;
  const ratio = engagement.rate / norm.typical;
  const where = `${TIER_LABELS[tier].toLowerCase()} ${platform === 'tiktok' ? 'TikTok' : 'Instagram'} creators by ${engagement.basis}`;
  return fire(
    'er-above-norm',
    ramp(ratio, 2, 5),
    `Engagement of ${formatPercent(engagement.rate)} is ${ratio.toFixed(1)}× the typical ${formatPercent(norm.typical)} for ${where} (${norm.source})`,
  );
}

/** Comments are typically 1–5 % of likes; from 5 % the signal starts, 15 % is full. */
export function commentLikeRatio(measured: readonly MeasuredPost[]): SignalResult {
  const posts = measured.filter((p) => p.comments !== null);
  const likes = sum(posts.map((p) => p.likes));
  const comments = sum(posts.map((p) => p.comments ?? 0));
  // A handful of likes makes any ratio noise: 3 comments on 10 likes is nothing.
  if (posts.length < 3 || likes < 100) return null;
  const ratio = comments / likes;
  return fire(
    'comment-like-ratio',
    ramp(ratio, 0.05, 0.15),
    `Comments are ${formatPercent(ratio, 1)} of likes (${formatExactCount(comments)} comments to ${formatExactCount(likes)} likes on ${formatExactCount(posts.length)} posts); typically 1–5%, pods push it past 10%`,
  );
}

interface AuthorTally {
  posts: number;
  comments: number;
  lastPost: number;
}

/** Comment samples by other people: the creator's own replies are natural, not a pod. */
export function othersComments(posts: readonly Post[], handle: string): Array<Array<{ author: string; text: string }>> {
  const own = normalizeAuthor(handle);
  // Pods reuse a few names, so each distinct raw name is normalised once.
  const authors = new Map<string, string>();
  return posts.map((p) => {
    const out: Array<{ author: string; text: string }> = [];
    for (const c of p.commentSamples) {
      let author = authors.get(c.author);
      if (author === undefined) {
        author = normalizeAuthor(c.author);
        authors.set(c.author, author);
      }
      if (author !== own) out.push({ author, text: typeof c.text === 'string' ? c.text : '' });
    }
    return out;
  });
}

/** Share of comments written by accounts that comment on at least half the posts. */
export function repeatCommenters(byPost: ReadonlyArray<ReadonlyArray<{ author: string }>>): SignalResult {
  const sampled = byPost.filter((comments) => comments.length > 0);
  const total = sum(sampled.map((c) => c.length));
  if (sampled.length < 3 || total < 10) {
    return { note: 'Repeat commenters not checked: needs comments from at least 3 posts (open a few posts)' };
  }
  const tally = new Map<string, AuthorTally>();
  sampled.forEach((comments, postIndex) => {
    for (const { author } of comments) {
      if (author === '') continue;
      const t = tally.get(author) ?? { posts: 0, comments: 0, lastPost: -1 };
      if (t.lastPost !== postIndex) {
        t.posts += 1;
        t.lastPost = postIndex;
      }
      t.comments += 1;
      tally.set(author, t);
    }
  });
  const threshold = Math.max(2, Math.ceil(sampled.length / 2));
  let core = 0;
  let coreComments = 0;
  for (const t of tally.values()) {
    if (t.posts >= threshold) {
      core += 1;
      coreComments += t.comments;
    }
  }
  const share = coreComments / total;
  return fire(
    'repeat-commenters',
    ramp(share, 0.2, 0.6),
    `${formatExactCount(core)} accounts commented on at least half of the ${formatExactCount(sampled.length)} posts with comments and wrote ${formatPercent(share, 0)} of the ${formatExactCount(total)} comments seen`,
  );
}

/** Generic or emoji-only comments: from 40 % of comments the signal starts, 80 % is full. */
export function genericComments(byPost: ReadonlyArray<ReadonlyArray<{ text: string }>>): SignalResult {
  const total = sum(byPost.map((c) => c.length));
  if (total < 10) return { note: 'Generic comments not checked: fewer than 10 comments seen' };
  // Pods paste the same few texts, so classifying each distinct text once is cheap.
  const seen = new Map<string, boolean>();
  let generic = 0;
  for (const comments of byPost) {
    for (const { text } of comments) {
      let isGeneric = seen.get(text);
      if (isGeneric === undefined) {
        isGeneric = isGenericComment(text);
        if (text.length <= 200) seen.set(text, isGeneric);
      }
      if (isGeneric) generic += 1;
    }
  }
  const share = generic / total;
  return fire(
    'generic-comments',
    ramp(share, 0.4, 0.8),
    `${formatPercent(share, 0)} of ${formatExactCount(total)} comments are generic or emoji-only ("nice", "🔥🔥"…)`,
  );
}

/** Natural like counts vary 40–100 % between posts; below 25 % the signal starts, 5 % is full. */
export function uniformEngagement(measured: readonly MeasuredPost[]): SignalResult {
  if (measured.length < 6) return null;
  const cv = coefficientOfVariation(measured.map((p) => p.likes));
  if (cv === null) return null;
  return fire(
    'uniform-engagement',
    ramp(cv, 0.25, 0.05),
    `Likes vary by only ${formatPercent(cv, 0)} between ${formatExactCount(measured.length)} posts (coefficient of variation); natural accounts vary about 40–100%`,
  );
}
