import type { Engagement, PodSignal, Tier } from './analysis';
import { publishedBenchmarkTable, userNorm } from './benchmarks';
import type { BenchmarkTable } from '../settings/settings';
import { isGenericComment, normalizeAuthor } from '../text/comment-text';
import { formatDecimal, formatExactCount, formatPercent, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import type { MeasuredPost } from './post-metrics';
import type { Platform, Post } from '../page/snapshot';
import { coefficientOfVariation, sum } from './stats';
import { tierInline } from './tiers';

/**
 * The pod signals. Each returns a signal (when it fires), a note saying why it
 * could not be checked, or nothing. Maximum points add up to 100:
 *   from the posts' counts (40): er-above-norm 20, comment-like-ratio 10,
 *     uniform-engagement 10;
 *   from comments read on opened posts (60): repeat-commenters 20,
 *     post-concentration 15, generic-comments 15, burst-timing 10
 *     (the last two in pod-comment-signals.ts).
 * Comments weigh most: they are where a pod shows itself, and the verdict is
 * only given once some have been read (pod.ts). Engagement far above the norm
 * is what a pod buys, but honest viral posts do it too, so it is capped at 20;
 * uniform engagement least because some honest accounts are steady too.
 * Every signal starts well past what honest accounts show, so one alone
 * never reaches "high".
 */

export const MAX_POINTS = {
  'er-above-norm': 20,
  'repeat-commenters': 20,
  'post-concentration': 15,
  'generic-comments': 15,
  'burst-timing': 10,
  'comment-like-ratio': 10,
  'uniform-engagement': 10,
} as const;
export type SignalId = keyof typeof MAX_POINTS;

export type SignalResult = { signal: PodSignal } | { note: string } | null;

/** strength 0 at `from`, 1 at `to` (either direction), linear between. */
export function ramp(value: number, from: number, to: number): number {
  const t = (value - from) / (to - from);
  return Number.isFinite(t) ? Math.min(Math.max(t, 0), 1) : 0;
}

export function fire(id: SignalId, strength: number, reason: string): SignalResult {
  const points = Math.round(strength * MAX_POINTS[id]);
  return points >= 1 ? { signal: { id, strength, points, reason } } : null;
}

/**
 * Engagement 2× the tier's norm starts the signal; 5× is full strength. The
 * norm comes from the user's benchmark table (published figures by default),
 * the same one the "× the tier average" position uses.
 */
export function erAboveNorm(
  platform: Platform,
  engagement: Engagement,
  tier: Tier | null,
  benchmarks: BenchmarkTable = publishedBenchmarkTable(),
  t: Translate = EN,
): SignalResult {
  if (tier === null) {
    return engagement.postsMeasured > 0 ? { note: t('pod.signal.erNoTier') } : null;
  }
  if (engagement.rate === null || engagement.basis === null) return null;
  const norm = userNorm(benchmarks, platform, engagement.basis, tier);
  if (!norm || norm.typical <= 0) return null;
  const ratio = engagement.rate / norm.typical;
  const locale = localeOf(t);
  return fire(
    'er-above-norm',
    ramp(ratio, 2, 5),
    t('pod.signal.erAboveNorm', [
      formatPercent(engagement.rate, 2, locale),
      formatDecimal(ratio, 1, locale),
      formatPercent(norm.typical, 2, locale),
      tierInline(tier, t),
      platform === 'tiktok' ? 'TikTok' : 'Instagram',
      t(engagement.basis === 'views' ? 'basis.views' : 'basis.followers'),
      norm.source,
    ]),
  );
}

/** Comments are typically 1–5 % of likes; from 5 % the signal starts, 15 % is full. */
export function commentLikeRatio(measured: readonly MeasuredPost[], t: Translate = EN): SignalResult {
  const posts = measured.filter((p) => p.comments !== null);
  const likes = sum(posts.map((p) => p.likes));
  const comments = sum(posts.map((p) => p.comments ?? 0));
  // A handful of likes makes any ratio noise: 3 comments on 10 likes is nothing.
  if (posts.length < 3 || likes < 100) return null;
  const ratio = comments / likes;
  return fire(
    'comment-like-ratio',
    ramp(ratio, 0.05, 0.15),
    t('pod.signal.commentRatio', [
      formatPercent(ratio, 1, localeOf(t)),
      formatExactCount(comments, localeOf(t)),
      formatExactCount(likes, localeOf(t)),
      formatExactCount(posts.length, localeOf(t)),
    ]),
  );
}

interface AuthorTally {
  posts: number;
  comments: number;
  lastPost: number;
}

/** A comment by someone other than the creator: author normalised, text always a string, time when known. */
export interface OthersComment {
  author: string;
  text: string;
  at?: number;
}

/** Comment samples by other people: the creator's own replies are natural, not a pod. */
export function othersComments(posts: readonly Post[], handle: string): OthersComment[][] {
  const own = normalizeAuthor(handle);
  // Pods reuse a few names, so each distinct raw name is normalised once.
  const authors = new Map<string, string>();
  return posts.map((p) => {
    const out: OthersComment[] = [];
    for (const c of p.commentSamples) {
      let author = authors.get(c.author);
      if (author === undefined) {
        author = normalizeAuthor(c.author);
        authors.set(c.author, author);
      }
      if (author === own) continue;
      const text = typeof c.text === 'string' ? c.text : '';
      out.push(typeof c.at === 'number' ? { author, text, at: c.at } : { author, text });
    }
    return out;
  });
}

/** Share of comments written by accounts that comment on at least half the posts. */
export function repeatCommenters(
  byPost: ReadonlyArray<ReadonlyArray<{ author: string }>>,
  t: Translate = EN,
): SignalResult {
  const sampled = byPost.filter((comments) => comments.length > 0);
  const total = sum(sampled.map((c) => c.length));
  if (sampled.length < 3 || total < 10) {
    return { note: t('pod.signal.repeatNotChecked') };
  }
  const tally = new Map<string, AuthorTally>();
  sampled.forEach((comments, postIndex) => {
    for (const { author } of comments) {
      if (author === '') continue;
      const seen = tally.get(author) ?? { posts: 0, comments: 0, lastPost: -1 };
      if (seen.lastPost !== postIndex) {
        seen.posts += 1;
        seen.lastPost = postIndex;
      }
      seen.comments += 1;
      tally.set(author, seen);
    }
  });
  const threshold = Math.max(2, Math.ceil(sampled.length / 2));
  let core = 0;
  let coreComments = 0;
  for (const author of tally.values()) {
    if (author.posts >= threshold) {
      core += 1;
      coreComments += author.comments;
    }
  }
  const share = coreComments / total;
  return fire(
    'repeat-commenters',
    ramp(share, 0.2, 0.6),
    t('pod.signal.repeat', [
      formatExactCount(core, localeOf(t)),
      formatExactCount(sampled.length, localeOf(t)),
      formatPercent(share, 0, localeOf(t)),
      formatExactCount(total, localeOf(t)),
    ]),
  );
}

/** Generic or emoji-only comments: from 40 % of comments the signal starts, 80 % is full. */
export function genericComments(
  byPost: ReadonlyArray<ReadonlyArray<{ text: string }>>,
  t: Translate = EN,
): SignalResult {
  const total = sum(byPost.map((c) => c.length));
  if (total < 10) return { note: t('pod.signal.genericNotChecked') };
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
    t('pod.signal.generic', [formatPercent(share, 0, localeOf(t)), formatExactCount(total, localeOf(t))]),
  );
}

/** Natural like counts vary 40–100 % between posts; below 25 % the signal starts, 5 % is full. */
export function uniformEngagement(measured: readonly MeasuredPost[], t: Translate = EN): SignalResult {
  if (measured.length < 6) return null;
  const cv = coefficientOfVariation(measured.map((p) => p.likes));
  if (cv === null) return null;
  return fire(
    'uniform-engagement',
    ramp(cv, 0.25, 0.05),
    t('pod.signal.uniform', [formatPercent(cv, 0, localeOf(t)), formatExactCount(measured.length, localeOf(t))]),
  );
}
