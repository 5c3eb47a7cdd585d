import type { Audience, AudienceFlag, Engagement, Tier } from './analysis';
import { publishedBenchmarkTable, userNorm } from './benchmarks';
import { formatDecimal, formatExactCount, formatPercent, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import { ramp } from './pod-signals';
import type { BenchmarkTable } from '../settings/settings';
import type { PageStatus, Platform, Profile } from '../page/snapshot';
import { blockedReason } from '../page/status-reasons';
import { tierInline } from './tiers';

/**
 * Audience quality: signs of bought, inactive or follow-back followers. It is
 * judged from the profile and the posts' counts alone, apart from the pod
 * verdict (which waits for comments), and it never makes a pod score look
 * better or worse. A flag is a prompt to look closer, never proof.
 */

/** Below this share of the tier's typical rate the flag starts; at the second it is full. */
const BELOW_NORM_FROM = 0.25;
const BELOW_NORM_FULL = 0.1;
/** One or two posts are too few to call a rate low. Our assumption. */
const MIN_POSTS_MEASURED = 3;

/**
 * Engagement far below the tier's norm, by followers: followers who never
 * engage were bought or are inactive (BrandHero, "Don't engage fake
 * influencers", 2020: comparing influencers suspected of buying followers
 * with 200 others in HypeAuditor, a low engagement rate was one of the three
 * signs that set them apart). The 0.25× and
 * 0.1× are our assumption, set low on purpose: the norms in benchmarks.ts
 * take the higher of the published figures (HypeAuditor's 2026 report puts
 * the 10K–50K Instagram median at 0.54 %, a third of our 1.6 %), so only a
 * rate far below every published figure is flagged.
 */
function belowNorm(
  platform: Platform,
  engagement: Engagement,
  tier: Tier | null,
  benchmarks: BenchmarkTable,
  t: Translate,
): AudienceFlag | string | null {
  const rate = engagement.byFollowers;
  if (rate === null || engagement.postsMeasured < MIN_POSTS_MEASURED) return null;
  if (tier === null) return t('pod.audience.belowNoTier');
  const norm = userNorm(benchmarks, platform, 'followers', tier);
  if (!norm || norm.typical <= 0) return null;
  const ratio = rate / norm.typical;
  const strength = ramp(ratio, BELOW_NORM_FROM, BELOW_NORM_FULL);
  if (strength <= 0) return null;
  const locale = localeOf(t);
  return {
    id: 'er-below-norm',
    strength,
    reason: t('pod.audience.belowNorm', [
      formatPercent(rate, 2, locale),
      formatDecimal(ratio, 2, locale),
      formatPercent(norm.typical, 2, locale),
      tierInline(tier, t),
      platform === 'tiktok' ? 'TikTok' : 'Instagram',
      norm.source,
    ]),
  };
}

/**
 * HypeAuditor counts an account following more than 1,500 others as a "mass
 * follower", one far less likely to see what it follows (HypeAuditor Help
 * Center, "Demography data", and blog, "What Is the Audience Quality Score",
 * both undated). Instagram lets an account follow at
 * most 7,500 (as widely reported; no Instagram page found), so that is full
 * strength; TikTok is held to the same figures (our assumption).
 */
const MASS_FOLLOWING_FROM = 1_500;
const MASS_FOLLOWING_FULL = 7_500;

function massFollowing(following: number, t: Translate): AudienceFlag | null {
  const strength = ramp(following, MASS_FOLLOWING_FROM, MASS_FOLLOWING_FULL);
  if (strength <= 0) return null;
  const locale = localeOf(t);
  return {
    id: 'mass-following',
    strength,
    reason: t('pod.audience.massFollowing', [
      formatExactCount(following, locale),
      formatExactCount(MASS_FOLLOWING_FROM, locale),
      formatExactCount(MASS_FOLLOWING_FULL, locale),
    ]),
  };
}

/** Below this many followers an account is a person's own, which follows as many as follow it. Our assumption. */
const MIN_FOLLOWERS_FOR_RATIO = 1_000;

/**
 * Followers per account followed. A creator follows far fewer accounts than
 * follow them; following as many as follow you (1) is how follow-for-follow
 * growth looks, twice as many (0.5) is full strength. HypeAuditor's
 * suspicious-account model uses the followers/followings ratio among its
 * main features (Help Center, "What are Suspicious Accounts?", undated) but
 * publishes no threshold: 1 and 0.5 are our assumption.
 */
function followRatio(followers: number, following: number, t: Translate): AudienceFlag | null {
  if (followers < MIN_FOLLOWERS_FOR_RATIO || following <= 0) return null;
  const ratio = followers / following;
  const strength = ramp(ratio, 1, 0.5);
  if (strength <= 0) return null;
  const locale = localeOf(t);
  return {
    id: 'follow-ratio',
    strength,
    reason: t('pod.audience.ratio', [
      formatDecimal(ratio, 2, locale),
      formatExactCount(followers, locale),
      formatExactCount(following, locale),
    ]),
  };
}

export interface AudienceInput {
  platform: Platform;
  status: PageStatus;
  profile: Pick<Profile, 'followers' | 'following'>;
}

const whole = (n: number | undefined): number | null => (n !== undefined && Number.isFinite(n) && n >= 0 ? n : null);

export function assessAudience(
  input: AudienceInput,
  engagement: Engagement,
  tier: Tier | null,
  benchmarks: BenchmarkTable = publishedBenchmarkTable(),
  t: Translate = EN,
  blocked: string | null = blockedReason(input.status, t),
): Audience {
  // A private profile still shows its follower and following counts.
  if (blocked && input.status !== 'private') return { level: null, flags: [], reasons: [blocked] };
  const followers = whole(input.profile.followers?.value);
  const following = whole(input.profile.following?.value);
  const flags: AudienceFlag[] = [];
  const reasons: string[] = [];
  const below = belowNorm(input.platform, engagement, tier, benchmarks, t);
  if (typeof below === 'string') reasons.push(below);
  else if (below) flags.push(below);
  if (following !== null) {
    const mass = massFollowing(following, t);
    if (mass) flags.push(mass);
    const ratio = followers === null ? null : followRatio(followers, following, t);
    if (ratio) flags.push(ratio);
  }
  const checked =
    (engagement.byFollowers !== null && engagement.postsMeasured >= MIN_POSTS_MEASURED) || following !== null;
  if (!checked) return { level: null, flags: [], reasons: [t('pod.audience.notChecked')] };
  flags.sort((a, b) => b.strength - a.strength);
  if (flags.length === 0) reasons.unshift(t('pod.audience.ok'));
  return { level: flags.length > 0 ? 'flagged' : 'ok', flags, reasons };
}
