import type { Engagement, Range, Roi, Tier } from './analysis';
import type { AnalysisInput } from './analyze';
import { formatExactCount, formatMoney, formatPercent, formatRange, localeOf, moneyDigits } from './format';
import { EN, type Translate } from './i18n';
import { selectPosts } from './post-metrics';
import { divideRanges, multiplyRanges, toRange } from './ranges';
import type { Settings } from './settings';
import type { Platform } from './snapshot';
import { cleanCount, median, quantile } from './stats';
import { blockedReason } from './status-reasons';
import { tierInline } from './tiers';

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

function reachRange(input: AnalysisInput, settings: Settings, views: number[], reasons: string[], t: Translate): Range | null {
  const locale = localeOf(t);
  const followers = cleanCount(input.profile.followers?.value);
  const rate = settings.reachRate[input.platform];
  const byFollowers = followers === null ? null : multiplyRanges(rate, followers);
  const pct = (n: number) => formatPercent(n, 0, locale);
  const rateText = t('roi.reachShare', [pct(rate.low), pct(rate.high), pct(rate.expected)]);
  const medianViews = input.platform === 'tiktok' ? median(views) : null;
  if (medianViews !== null) {
    const low = byFollowers ? byFollowers.low : (quantile(views, 0.25) ?? medianViews);
    const high = byFollowers ? byFollowers.high : (quantile(views, 0.75) ?? medianViews);
    const counts = [formatExactCount(medianViews, locale), formatExactCount(views.length, locale)];
    reasons.push(byFollowers ? t('roi.reachMedianBand', [...counts, rateText]) : t('roi.reachMedianViews', counts));
    return toRange(Math.min(low, medianViews), medianViews, Math.max(high, medianViews));
  }
  if (!byFollowers) {
    reasons.push(t('roi.noReach'));
    return null;
  }
  reasons.push(t('roi.reachRate', [PLATFORM_NAMES[input.platform], rateText]));
  return byFollowers;
}

/** Tiers that may be paid in product instead of a fee (Settings → gifting). */
export const GIFTABLE_TIERS: ReadonlySet<Tier> = new Set(['below-nano', 'nano']);

/** Cost of one post: the rate card, or the gifted product's cost for nano creators when gifting is on. */
export function postCost(platform: Platform, tier: Tier, settings: Settings, reasons: string[], t: Translate = EN): Range | null {
  const currency = settings.currency;
  const gifted = settings.gifting.nano && GIFTABLE_TIERS.has(tier);
  const card = gifted ? settings.gifting.productCost : settings.rateCard[platform][tier];
  const money = (n: number) => formatMoney(n, currency, localeOf(t), moneyDigits(card.high));
  const band = t('roi.costBand', [money(card.low), money(card.high), money(card.expected)]);
  reasons.push(
    gifted
      ? t('roi.gifting', [tierInline(tier, t), band])
      : t('roi.rateCard', [tierInline(tier, t), PLATFORM_NAMES[platform], band]),
  );
  return toRange(card.low, card.expected, card.high);
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

export function estimateRoi(
  input: AnalysisInput,
  engagement: Engagement,
  tier: Tier | null,
  settings: Settings,
  t: Translate = EN,
): Roi {
  const currency = settings.currency;
  const locale = localeOf(t);
  const blocked = blockedReason(input.status, t);
  if (blocked) return nullRoi(currency, [blocked]);
  const reasons: string[] = [];

  let costPerPost: Range | null = null;
  if (tier === null) {
    reasons.push(t('roi.noCost'));
  } else {
    costPerPost = postCost(input.platform, tier, settings, reasons, t);
  }

  const { measured, views } = selectPosts(input, settings.excludePinned);
  const avg = measured.length > 0 ? measured.reduce((n, p) => n + p.interactions, 0) / measured.length : null;
  const expectedEngagements = avg === null ? null : engagementsRange(measured, avg);
  if (expectedEngagements) {
    reasons.push(
      t('roi.engagements', [formatRange(expectedEngagements, 'count', currency, locale), formatExactCount(measured.length, locale)]),
    );
  } else {
    reasons.push(t('roi.noEngagements'));
  }

  let costPerEngagement: Range | null = null;
  if (costPerPost && expectedEngagements) {
    costPerEngagement = divideRanges(costPerPost, expectedEngagements);
    if (!costPerEngagement) reasons.push(t('roi.noCostPerEngagement'));
  }

  const expectedReach = reachRange(input, settings, views, reasons, t);
  const ctr = settings.clickThroughRate;
  const conv = settings.conversionRate;
  reasons.push(t('roi.clickThrough', [formatRange(ctr, 'percent', currency, locale)]));
  reasons.push(t('roi.conversion', [formatRange(conv, 'percent', currency, locale)]));
  reasons.push(t('roi.orderValue', [formatMoney(settings.averageOrderValue, currency, locale)]));
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
