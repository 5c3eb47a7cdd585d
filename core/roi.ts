import type { Engagement, Range, Roi, Tier } from './analysis';
import type { AnalysisInput } from './analyze';
import { formatExactCount, formatMoney, formatPercent, formatRange, moneyDigits } from './format';
import { selectPosts } from './post-metrics';
import { divideRanges, multiplyRanges, toRange } from './ranges';
import type { Settings } from './settings';
import { cleanCount, median, quantile } from './stats';
import { blockedReason } from './status-reasons';
import { TIER_LABELS } from './tiers';

/**
 * What a sponsored post might cost and return, as low / expected / high.
 *
 * - Engagements per post: expected = the mean of measured posts' likes +
 *   comments (the same posts as the engagement rate); low / high = the 25th /
 *   75th percentile, widened to include the mean when one viral post pulls the
 *   mean outside the middle half.
 * - Reach: Instagram, followers × reach rate. TikTok, the median views of the
 *   visible videos (views count people more than once, close enough here),
 *   with the followers × reach-rate band around it; without followers, the
 *   25th–75th percentile of views; without views, followers × reach rate.
 * - Conversions = reach × click-through rate × conversion rate, and revenue =
 *   conversions × average order value, each bound with bound.
 * Every assumption goes into `reasons` with its value.
 */

const PLATFORM_NAMES = { instagram: 'Instagram', tiktok: 'TikTok' } as const;

function engagementsRange(measured: readonly { interactions: number }[], avg: number): Range | null {
  const values = measured.map((p) => p.interactions);
  const p25 = quantile(values, 0.25);
  const p75 = quantile(values, 0.75);
  if (p25 === null || p75 === null) return null;
  return toRange(Math.min(p25, avg), avg, Math.max(p75, avg));
}

function reachRange(input: AnalysisInput, settings: Settings, views: number[], reasons: string[]): Range | null {
  const followers = cleanCount(input.profile.followers?.value);
  const rate = settings.reachRate[input.platform];
  const byFollowers = followers === null ? null : multiplyRanges(rate, followers);
  const rateText = `${formatPercent(rate.low, 0)}–${formatPercent(rate.high, 0)} of followers (expected ${formatPercent(rate.expected, 0)})`;
  const medianViews = input.platform === 'tiktok' ? median(views) : null;
  if (medianViews !== null) {
    const low = byFollowers ? byFollowers.low : (quantile(views, 0.25) ?? medianViews);
    const high = byFollowers ? byFollowers.high : (quantile(views, 0.75) ?? medianViews);
    reasons.push(
      `Reach: median ${formatExactCount(medianViews)} views over ${formatExactCount(views.length)} videos, ` +
        (byFollowers ? `within the band of ${rateText}` : 'within the 25th–75th percentile of views'),
    );
    return toRange(Math.min(low, medianViews), medianViews, Math.max(high, medianViews));
  }
  if (!byFollowers) {
    reasons.push('No reach: followers are not shown and no view counts are visible');
    return null;
  }
  reasons.push(`Reach rate on ${PLATFORM_NAMES[input.platform]}: ${rateText}`);
  return byFollowers;
}

const nullRoi = (currency: string, reasons: string[]): Roi => ({
  costPerPost: null,
  expectedEngagements: null,
  costPerEngagement: null,
  expectedReach: null,
  expectedConversions: null,
  expectedRevenue: null,
  currency,
  reasons,
});

export function estimateRoi(input: AnalysisInput, engagement: Engagement, tier: Tier | null, settings: Settings): Roi {
  const currency = settings.currency;
  const blocked = blockedReason(input.status);
  if (blocked) return nullRoi(currency, [blocked]);
  const reasons: string[] = [];

  let costPerPost: Range | null = null;
  if (tier === null) {
    reasons.push('No cost per post: the tier is unknown because followers are not shown');
  } else {
    const card = settings.rateCard[input.platform][tier];
    const money = (n: number) => formatMoney(n, currency, undefined, moneyDigits(card.high));
    costPerPost = toRange(card.low, card.expected, card.high);
    reasons.push(
      `Rate card: ${TIER_LABELS[tier].toLowerCase()} on ${PLATFORM_NAMES[input.platform]}, ${money(card.low)}–${money(card.high)} per post (expected ${money(card.expected)})`,
    );
  }

  const { measured, views } = selectPosts(input, settings.excludePinned);
  const avg = measured.length > 0 ? measured.reduce((n, p) => n + p.interactions, 0) / measured.length : null;
  const expectedEngagements = avg === null ? null : engagementsRange(measured, avg);
  if (expectedEngagements) {
    reasons.push(
      `Engagements per post: ${formatRange(expectedEngagements, 'count')}, the average and 25th–75th percentile of ${formatExactCount(measured.length)} measured posts`,
    );
  } else {
    reasons.push('No engagements per post: no post shows a like count');
  }

  let costPerEngagement: Range | null = null;
  if (costPerPost && expectedEngagements) {
    costPerEngagement = divideRanges(costPerPost, expectedEngagements);
    if (!costPerEngagement) reasons.push('No cost per engagement: some measured posts have no likes or comments');
  }

  const expectedReach = reachRange(input, settings, views, reasons);
  const ctr = settings.clickThroughRate;
  const conv = settings.conversionRate;
  reasons.push(`Click-through rate: ${formatRange(ctr, 'percent')}`);
  reasons.push(`Conversion rate: ${formatRange(conv, 'percent')}`);
  reasons.push(`Average order value: ${formatMoney(settings.averageOrderValue, currency)}`);
  const clicks = expectedReach ? multiplyRanges(expectedReach, ctr) : null;
  const expectedConversions = clicks ? multiplyRanges(clicks, conv) : null;
  const expectedRevenue = expectedConversions ? multiplyRanges(expectedConversions, settings.averageOrderValue) : null;

  return {
    costPerPost,
    expectedEngagements,
    costPerEngagement,
    expectedReach,
    expectedConversions,
    expectedRevenue,
    currency,
    reasons,
  };
}
