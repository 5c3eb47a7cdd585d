import type { AnalysisInput } from './analysis-input';
import { EN, type Translate } from '../text/i18n';
import { cleanCount, mean } from './stats';
import { blockedReason } from '../page/status-reasons';

/**
 * Which posts feed the figures, shared by engagement, ROI and pod scoring so
 * they never disagree about what was measured.
 *
 * A post is *measured* when it shows a like count. Hidden likes (Instagram's
 * "hide like counts") leave likes null, so the post is left out rather than
 * counted as 0. A measured post whose comment count is missing (comments
 * turned off or not rendered) gets the average comment count of the other
 * measured posts, or 0 when none shows one: imputing the mean keeps
 * avg(likes + comments) equal to avgLikes + avgComments, so every figure built
 * on per-post interactions agrees with the headline rate.
 */

export interface MeasuredPost {
  likes: number;
  comments: number | null;
  views: number | null;
  /** likes + comments, with a missing comment count imputed as above. */
  interactions: number;
}

export interface PostSelection {
  measured: MeasuredPost[];
  pinnedExcluded: number;
  /** Considered posts (not pinned-out, not evidence-only) without a like count. */
  withoutMetrics: number;
  /** Considered posts in the grid, measured or not. */
  considered: number;
  /** View counts of considered posts that show one (TikTok grids show views only). */
  views: number[];
  avgLikes: number | null;
  /** Over measured posts that show a comment count; null when none does. */
  avgComments: number | null;
  commentCountsShown: number;
}

/**
 * What every figure starts from, worked out once per analysis: why the page
 * yields no figures (null when it does), and otherwise the posts that feed them.
 */
export type PageRead = { blocked: string; posts: null } | { blocked: null; posts: PostSelection };

export function readPage(input: AnalysisInput, excludePinned: boolean, t: Translate = EN): PageRead {
  const blocked = blockedReason(input.status, t);
  return blocked ? { blocked, posts: null } : { blocked: null, posts: selectPosts(input, excludePinned) };
}

export function selectPosts(input: AnalysisInput, excludePinned: boolean): PostSelection {
  const evidenceOnly = new Set(input.evidenceOnlyIds ?? []);
  let pinnedExcluded = 0;
  let withoutMetrics = 0;
  let considered = 0;
  const views: number[] = [];
  const raw: Array<{ likes: number; comments: number | null; views: number | null }> = [];
  for (const post of input.posts) {
    if (evidenceOnly.has(post.id)) continue;
    if (excludePinned && post.pinned) {
      pinnedExcluded += 1;
      continue;
    }
    considered += 1;
    const postViews = cleanCount(post.views);
    if (postViews !== null) views.push(postViews);
    const likes = cleanCount(post.likes);
    if (likes === null) {
      withoutMetrics += 1;
      continue;
    }
    raw.push({ likes, comments: cleanCount(post.comments), views: postViews });
  }
  const shown = raw.flatMap((p) => (p.comments === null ? [] : [p.comments]));
  const avgComments = mean(shown);
  const measured = raw.map((p) => ({ ...p, interactions: p.likes + (p.comments ?? avgComments ?? 0) }));
  return {
    measured,
    pinnedExcluded,
    withoutMetrics,
    considered,
    views,
    avgLikes: mean(raw.map((p) => p.likes)),
    avgComments,
    commentCountsShown: shown.length,
  };
}
