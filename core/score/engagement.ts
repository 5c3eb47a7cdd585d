import type { Engagement } from './analysis';
import type { AnalysisInput } from './analysis-input';
import { formatExactCount, formatPercent, localeOf } from '../text/format';
import { EN, type MessageKey, type Translate } from '../text/i18n';
import { readPage, type PageRead, type PostSelection } from './post-metrics';
import type { Settings } from '../settings/settings';
import { cleanCount, mean, sum } from './stats';

/**
 * Engagement rate. Instagram: (avg likes + avg comments) / followers, the
 * industry's usual definition. TikTok: interactions per view when the page
 * shows views (its For You feed reaches far beyond followers, so views are
 * the fairer base), per follower otherwise. Which posts count, and how a
 * missing comment count is handled, is documented in post-metrics.ts.
 */

/** "3 posts", "1 video": a count with its noun, in the translator's language and number format. */
function counted(t: Translate, key: MessageKey, n: number): string {
  return t(key, [formatExactCount(n, localeOf(t))], n);
}

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

function noMetricsReason(input: AnalysisInput, sel: PostSelection, t: Translate): string {
  if (sel.considered === 0 && sel.pinnedExcluded > 0) return t('engagement.onlyPinned');
  if (sel.considered === 0) return t('engagement.noPosts');
  if (input.platform === 'tiktok' && sel.views.length > 0) {
    return t('engagement.onlyViews', [counted(t, 'count.videos', sel.considered)]);
  }
  return t('engagement.likesHidden', [counted(t, 'count.posts', sel.considered)]);
}

function averageSentence(
  sel: PostSelection,
  followers: number | null,
  platform: AnalysisInput['platform'],
  t: Translate,
): string {
  const num = (n: number | null) => formatExactCount(n, localeOf(t));
  const videos = platform === 'tiktok';
  const pinned = sel.pinnedExcluded > 0 ? t('engagement.averagePinned', [num(sel.pinnedExcluded)]) : '';
  const comments = sel.avgComments === null ? '' : t('engagement.averageComments', [num(sel.avgComments)]);
  const base = followers !== null && followers > 0 ? t('engagement.averageFollowers', [num(followers)]) : '';
  // No two substitutions may touch in a message: Chrome reads "$1$2" as a
  // named placeholder "$1$" and refuses to load the extension.
  return t('engagement.average', [
    counted(t, videos ? 'count.videos' : 'count.posts', sel.measured.length) + pinned,
    num(sel.avgLikes),
    comments,
    t(videos ? 'noun.video' : 'noun.post') + base,
  ]);
}

export function computeEngagement(
  input: AnalysisInput,
  settings: Settings,
  t: Translate = EN,
  read: PageRead = readPage(input, settings.excludePinned, t),
): Engagement {
  if (read.blocked !== null) return empty(null, [read.blocked]);

  const sel = read.posts;
  if (sel.measured.length === 0) return empty(sel, [noMetricsReason(input, sel, t)]);

  const followers = cleanCount(input.profile.followers?.value);
  const perPost = mean(sel.measured.map((p) => p.interactions)) ?? 0;
  const byFollowers = followers !== null && followers > 0 ? perPost / followers : null;

  let byViews: number | null = null;
  const withViews = sel.measured.filter((p) => p.views !== null);
  const viewTotal = sum(withViews.map((p) => p.views ?? 0));
  const interactionTotal = sum(withViews.map((p) => p.interactions));
  if (input.platform === 'tiktok' && viewTotal > 0) byViews = interactionTotal / viewTotal;

  const reasons = [averageSentence(sel, followers, input.platform, t)];
  const noun: MessageKey = input.platform === 'tiktok' ? 'count.videos' : 'count.posts';
  if (sel.avgComments === null) reasons.push(t('engagement.commentsHidden'));
  else if (sel.commentCountsShown < sel.measured.length) {
    const missing = sel.measured.length - sel.commentCountsShown;
    reasons.push(t('engagement.commentsImputed', [counted(t, noun, missing)]));
  }
  if (sel.withoutMetrics > 0) {
    reasons.push(t('engagement.withoutLikes', [counted(t, noun, sel.withoutMetrics)]));
  }
  if (followers === null) reasons.push(t('engagement.noFollowers'));
  else if (followers === 0) reasons.push(t('engagement.zeroFollowers'));

  const useViews = byViews !== null;
  const locale = localeOf(t);
  if (useViews) {
    reasons.push(
      t('engagement.byViews', [
        formatExactCount(interactionTotal, locale),
        formatExactCount(viewTotal, locale),
        counted(t, 'count.videos', withViews.length),
        formatPercent(byViews, 2, locale),
      ]),
    );
  } else if (input.platform === 'tiktok') {
    reasons.push(t('engagement.noViews'));
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
