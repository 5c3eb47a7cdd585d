import type { Engagement } from './analysis';
import type { AnalysisInput } from './analyze';
import { formatExactCount, formatPercent } from './format';
import { selectPosts, type PostSelection } from './post-metrics';
import type { Settings } from './settings';
import { cleanCount, mean, sum } from './stats';
import { blockedReason } from './status-reasons';

/**
 * Engagement rate. Instagram: (avg likes + avg comments) / followers, the
 * industry's usual definition. TikTok: interactions per view when the page
 * shows views (its For You feed reaches far beyond followers, so views are
 * the fairer base), per follower otherwise. Which posts count, and how a
 * missing comment count is handled, is documented in post-metrics.ts.
 */

const plural = (n: number, word: string) => `${formatExactCount(n)} ${word}${n === 1 ? '' : 's'}`;

function empty(sel: PostSelection | null, reasons: string[]): Engagement {
  return {
    rate: null,
    basis: null,
    byFollowers: null,
    byViews: null,
    postsMeasured: 0,
    pinnedExcluded: sel?.pinnedExcluded ?? 0,
    postsWithoutMetrics: sel?.withoutMetrics ?? 0,
    avgLikes: null,
    avgComments: null,
    avgViews: sel ? mean(sel.views) : null,
    reasons,
  };
}

function noMetricsReason(input: AnalysisInput, sel: PostSelection): string {
  if (sel.considered === 0 && sel.pinnedExcluded > 0) {
    return 'Only pinned posts are visible, and pinned posts are left out (see settings)';
  }
  if (sel.considered === 0) return 'No post metrics on the page: no posts are visible';
  if (input.platform === 'tiktok' && sel.views.length > 0) {
    return `Only view counts are visible (${plural(sel.considered, 'video')}); like counts are not shown`;
  }
  return `Likes are hidden on every visible post (${plural(sel.considered, 'post')})`;
}

function averageSentence(sel: PostSelection, followers: number | null, platform: AnalysisInput['platform']): string {
  const n = sel.measured.length;
  const pinned = sel.pinnedExcluded > 0 ? ` (${formatExactCount(sel.pinnedExcluded)} pinned left out)` : '';
  const noun = platform === 'tiktok' ? 'video' : 'post';
  const comments = sel.avgComments === null ? '' : ` + ${formatExactCount(sel.avgComments)} comments`;
  const base = followers !== null && followers > 0 ? `, over ${formatExactCount(followers)} followers` : '';
  return `Average of ${plural(n, noun)}${pinned}: ${formatExactCount(sel.avgLikes)} likes${comments} per ${noun}${base}`;
}

export function computeEngagement(input: AnalysisInput, settings: Settings): Engagement {
  const blocked = blockedReason(input.status);
  if (blocked) return empty(null, [blocked]);

  const sel = selectPosts(input, settings.excludePinned);
  if (sel.measured.length === 0) return empty(sel, [noMetricsReason(input, sel)]);

  const followers = cleanCount(input.profile.followers?.value);
  const perPost = mean(sel.measured.map((p) => p.interactions)) ?? 0;
  const byFollowers = followers !== null && followers > 0 ? perPost / followers : null;

  let byViews: number | null = null;
  const withViews = sel.measured.filter((p) => p.views !== null);
  const viewTotal = sum(withViews.map((p) => p.views ?? 0));
  const interactionTotal = sum(withViews.map((p) => p.interactions));
  if (input.platform === 'tiktok' && viewTotal > 0) byViews = interactionTotal / viewTotal;

  const reasons = [averageSentence(sel, followers, input.platform)];
  const noun = input.platform === 'tiktok' ? 'video' : 'post';
  if (sel.avgComments === null) reasons.push('Comment counts are not shown, so the rate counts likes only');
  else if (sel.commentCountsShown < sel.measured.length) {
    const missing = sel.measured.length - sel.commentCountsShown;
    reasons.push(`${plural(missing, noun)} without a comment count counted at the average of the others`);
  }
  if (sel.withoutMetrics > 0) {
    reasons.push(`${plural(sel.withoutMetrics, noun)} without a like count left out (likes hidden or not shown)`);
  }
  if (followers === null) reasons.push('Followers are not shown on the page, so there is no rate by followers');
  else if (followers === 0) reasons.push('The account has 0 followers, so there is no rate by followers');

  const useViews = byViews !== null;
  if (useViews) {
    reasons.push(
      `By views: ${formatExactCount(interactionTotal)} likes and comments over ${formatExactCount(viewTotal)} views on ${plural(withViews.length, 'video')} (${formatPercent(byViews)}); TikTok's feed reaches beyond followers, so views are the headline base`,
    );
  } else if (input.platform === 'tiktok') {
    reasons.push('No view counts on the measured videos, so the rate is by followers');
  }

  return {
    rate: useViews ? byViews : byFollowers,
    basis: useViews ? 'views' : byFollowers === null ? null : 'followers',
    byFollowers,
    byViews,
    postsMeasured: sel.measured.length,
    pinnedExcluded: sel.pinnedExcluded,
    postsWithoutMetrics: sel.withoutMetrics,
    avgLikes: sel.avgLikes,
    avgComments: sel.avgComments,
    avgViews: mean(sel.views),
    reasons,
  };
}
