import { ANALYSIS_VERSION, type Analysis } from './analysis';
import { computeEngagement } from './engagement';
import { formatExactCount } from './format';
import { scorePod } from './pod';
import { estimateRoi } from './roi';
import type { Settings } from './settings';
import { cleanCount } from './stats';
import { blockedReason } from './status-reasons';
import { classifyTier, TIER_LABELS, tierRangeLabel } from './tiers';
import { creatorKey, type Snapshot } from './snapshot';

export { mergeComments } from './merge-comments';

/**
 * What the figures are computed from: a snapshot's page content, plus the ids
 * of posts that are comment evidence only (opened earlier, no longer in the
 * grid; see mergeComments). Those feed comment-based pod signals and are
 * neither measured nor counted as "without metrics".
 */
export type AnalysisInput = Pick<Snapshot, 'platform' | 'handle' | 'status' | 'capturedAt' | 'profile' | 'posts'> & {
  readonly evidenceOnlyIds?: readonly string[];
};

function followersOf(input: AnalysisInput): number | null {
  // A private profile still prints its follower count; an unreadable page's
  // numbers cannot be trusted, so they are dropped with the rest.
  if (blockedReason(input.status) && input.status !== 'private') return null;
  const value = cleanCount(input.profile.followers?.value);
  return value === null ? null : Math.round(value);
}

function tierReason(input: AnalysisInput, followers: number | null, settings: Settings): string {
  const t = settings.tierThresholds;
  if (followers === null) {
    return blockedReason(input.status) ?? 'Followers are not shown on the page, so the tier is unknown';
  }
  const tier = classifyTier(followers, t);
  if (tier === null) return 'Followers are not shown on the page, so the tier is unknown';
  const field = input.profile.followers;
  const printed = field && !field.exact ? ` (the page printed "${field.raw ?? 'a rounded figure'}", so this is approximate)` : '';
  return `${TIER_LABELS[tier]}: ${formatExactCount(followers)} followers${printed}, in the ${tierRangeLabel(tier, t)} band`;
}

/** Every figure the user sees, from one page read and the current settings. */
export function analyze(input: AnalysisInput, settings: Settings): Analysis {
  const followers = followersOf(input);
  const tier = classifyTier(followers, settings.tierThresholds);
  const engagement = computeEngagement(input, settings);
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
    tier: { id: tier, reason: tierReason(input, followers, settings) },
    engagement,
    roi: estimateRoi(input, engagement, tier, settings),
    pod: scorePod(input, engagement, tier),
  };
}
