import { ANALYSIS_VERSION, type Analysis } from './analysis';
import { computeEngagement } from './engagement';
import { formatExactCount, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import { scorePod } from './pod';
import { assessAudience } from './audience';
import { estimateRoi } from './roi';
import type { Settings } from '../settings/settings';
import { cleanCount } from './stats';
import { classifyTier, tierLabel, tierRangeLabel } from './tiers';
import { creatorKey, type Snapshot } from '../page/snapshot';
import type { AnalysisInput } from './analysis-input';
import { mergeComments, type PostEvidence } from '../page/merge-comments';
import { readPage } from './post-metrics';

export { mergeComments } from '../page/merge-comments';

/** What a shortlisted creator is analysed from: its snapshot, the comments kept for it, and the price agreed with it. */
export function entryInput(
  entry: { snapshot: Snapshot; agreedPrice?: number | null },
  comments: ReadonlyMap<string, PostEvidence>,
): AnalysisInput {
  return { ...mergeComments(entry.snapshot, comments), agreedPrice: entry.agreedPrice ?? null };
}

function followersOf(input: AnalysisInput, blocked: string | null): number | null {
  // A private profile still prints its follower count; an unreadable page's
  // numbers cannot be trusted, so they are dropped with the rest.
  if (blocked && input.status !== 'private') return null;
  const value = cleanCount(input.profile.followers?.value);
  return value === null ? null : Math.round(value);
}

function tierReason(
  input: AnalysisInput,
  blocked: string | null,
  followers: number | null,
  settings: Settings,
  tr: Translate,
): string {
  const t = settings.tierThresholds;
  if (followers === null) {
    return blocked ?? tr('tier.reason.noFollowers');
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

/**
 * Every figure the user sees, from one page read and the current settings;
 * sentences in `t`'s language. The page's status and its posts are read once
 * (readPage) and handed to each figure.
 */
export function analyze(input: AnalysisInput, settings: Settings, t: Translate = EN): Analysis {
  const read = readPage(input, settings.excludePinned, t);
  const followers = followersOf(input, read.blocked);
  const tier = classifyTier(followers, settings.tierThresholds);
  const engagement = computeEngagement(input, settings, t, read);
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
    tier: { id: tier, reason: tierReason(input, read.blocked, followers, settings, t) },
    engagement,
    roi: estimateRoi(input, engagement, tier, settings, t, read),
    // Pinned posts are left out of the pod's posts exactly when engagement left them out; with none pinned the selections agree.
    pod: scorePod(input, engagement, tier, settings.benchmarks, t, read),
    audience: assessAudience(input, engagement, tier, settings.benchmarks, t, read.blocked),
  };
}
