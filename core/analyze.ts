import { ANALYSIS_VERSION, type Analysis } from './analysis';
import { computeEngagement } from './engagement';
import { formatExactCount, localeOf } from './format';
import { EN, type Translate } from './i18n';
import { scorePod } from './pod';
import { assessAudience } from './audience';
import { estimateRoi } from './roi';
import type { Settings } from './settings';
import { cleanCount } from './stats';
import { blockedReason } from './status-reasons';
import { classifyTier, tierLabel, tierRangeLabel } from './tiers';
import { creatorKey, type Snapshot } from './snapshot';
import { mergeComments, type PostEvidence } from './merge-comments';

export { mergeComments } from './merge-comments';

/** What a shortlisted creator is analysed from: its snapshot, the comments kept for it, and the price agreed with it. */
export function entryInput(
  entry: { snapshot: Snapshot; agreedPrice?: number | null },
  comments: ReadonlyMap<string, PostEvidence>,
): AnalysisInput {
  return { ...mergeComments(entry.snapshot, comments), agreedPrice: entry.agreedPrice ?? null };
}

/**
 * What the figures are computed from: a snapshot's page content, plus the ids
 * of posts that are comment evidence only (opened earlier, no longer in the
 * grid; see mergeComments). Those feed comment-based pod signals and are
 * neither measured nor counted as "without metrics".
 */
export type AnalysisInput = Pick<Snapshot, 'platform' | 'handle' | 'status' | 'capturedAt' | 'profile' | 'posts'> & {
  readonly evidenceOnlyIds?: readonly string[];
  /** A price per post agreed with the creator (shortlist): replaces the estimate everywhere. */
  readonly agreedPrice?: number | null;
};

function followersOf(input: AnalysisInput): number | null {
  // A private profile still prints its follower count; an unreadable page's
  // numbers cannot be trusted, so they are dropped with the rest.
  if (blockedReason(input.status) && input.status !== 'private') return null;
  const value = cleanCount(input.profile.followers?.value);
  return value === null ? null : Math.round(value);
}

function tierReason(input: AnalysisInput, followers: number | null, settings: Settings, tr: Translate): string {
  const t = settings.tierThresholds;
  if (followers === null) {
    return blockedReason(input.status, tr) ?? tr('tier.reason.noFollowers');
  }
  const tier = classifyTier(followers, t);
  if (tier === null) return tr('tier.reason.noFollowers');
  const field = input.profile.followers;
  const count = formatExactCount(followers, localeOf(tr));
  const band = tierRangeLabel(tier, t, tr);
  return field && !field.exact
    ? tr('tier.reason.rounded', [tierLabel(tier, tr), count, field.raw ?? tr('tier.reason.roundedFigure'), band])
    : tr('tier.reason.exact', [tierLabel(tier, tr), count, band]);
}

/** Every figure the user sees, from one page read and the current settings; sentences in `t`'s language. */
export function analyze(input: AnalysisInput, settings: Settings, t: Translate = EN): Analysis {
  const followers = followersOf(input);
  const tier = classifyTier(followers, settings.tierThresholds);
  const engagement = computeEngagement(input, settings, t);
  const capturedAt = cleanCount(input.capturedAt);
  return {
    v: ANALYSIS_VERSION,
    key: creatorKey(input.platform, input.handle),
    platform: input.platform,
    handle: input.handle,
    displayName: input.profile.displayName,
    status: input.status,
    capturedAt: capturedAt === null ? 0 : Math.round(capturedAt),
    followers,
    tier: { id: tier, reason: tierReason(input, followers, settings, t) },
    engagement,
    roi: estimateRoi(input, engagement, tier, settings, t),
    pod: scorePod(input, engagement, tier, settings.benchmarks, t),
    audience: assessAudience(input, engagement, tier, settings.benchmarks, t),
  };
}
