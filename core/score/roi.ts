import type { Engagement, Range, Roi, Tier } from './analysis';
import type { AnalysisInput } from './analysis-input';
import { formatExactCount, formatMoney, formatPercent, formatRange, localeOf, moneyDigits } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import { exact, fromBand, over, times, toInterval, Z90, type LogNormal } from './lognormal';
import { readPage, type PageRead } from './post-metrics';
import { modelPrice } from './price';
import type { Settings } from '../settings/settings';
import { cleanCount, median, quantile } from './stats';
import { curveBand } from './tier-curve';

/**
 * What a sponsored post might cost and return: every figure is a median with
 * its 10th–90th percentile (core/score/lognormal.ts), from one base per figure.
 *
 * - Cost: the price model (core/score/price.ts), or the price agreed with the creator.
 * - Engagements: the median post's likes + comments; the spread of the
 *   measured posts gives the interval (a viral post moves neither).
 * - Reach: Instagram, followers × the reach rate at the creator's size.
 *   TikTok, the median views of the visible videos, the spread of those views
 *   giving the interval; without view counts, followers × views per follower.
 * - Conversions = reach × click-through at the creator's size × the store's
 *   conversion rate; revenue = conversions × order value.
 * - ROAS = revenue ÷ cost; cost per 1,000 reached, per engagement, per conversion.
 * Every assumption goes into `reasons` with its value.
 */

const PLATFORM_NAMES = { instagram: 'Instagram', tiktok: 'TikTok' } as const;

/** Fewer values than this and their own spread is not trusted (the assumption's is used). */
const MIN_FOR_SPREAD = 3;

/**
 * A log-normal fitted to observed counts: their median, and the spread of
 * their 10th–90th percentile (counts of 0 are read as 1). null without values.
 */
function observed(values: readonly number[]): { x: LogNormal; measured: boolean } | null {
  const m = median([...values]);
  if (m === null || !(m > 0)) return null;
  if (values.length < MIN_FOR_SPREAD) return { x: exact(m), measured: false };
  const p10 = Math.max(quantile([...values], 0.1) ?? m, 1);
  const p90 = Math.max(quantile([...values], 0.9) ?? m, 1);
  return { x: { median: m, sigma: Math.max(0, Math.log(p90 / p10) / (2 * Z90)) }, measured: true };
}

interface Cost {
  x: LogNormal;
  source: 'model' | 'gifted' | 'agreed';
}

function costOf(
  input: AnalysisInput,
  followers: number | null,
  engagement: Engagement,
  settings: Settings,
  reasons: string[],
  t: Translate,
): Cost | null {
  const currency = settings.currency;
  const locale = localeOf(t);
  const agreed = input.agreedPrice;
  if (typeof agreed === 'number' && Number.isFinite(agreed) && agreed > 0) {
    reasons.push(t('roi.agreed', [formatMoney(agreed, currency, locale)]));
    return { x: exact(agreed), source: 'agreed' };
  }
  if (followers === null) {
    reasons.push(t('roi.noCost'));
    return null;
  }
  const parts = modelPrice(input.platform, followers, engagement, settings);
  if (!parts) {
    reasons.push(t('roi.noCost'));
    return null;
  }
  const band = parts.perThousand;
  const money = (n: number) => formatMoney(n, currency, locale, moneyDigits(band.high));
  reasons.push(
    t('roi.price', [
      money(band.expected),
      `${money(band.low)}–${money(band.high)}`,
      PLATFORM_NAMES[input.platform],
      formatExactCount(followers, locale),
      parts.engagementFactor.toFixed(2),
      parts.formatFactor.toFixed(2),
    ]),
  );
  if (parts.giftedShare > 0) {
    reasons.push(
      t('roi.gifted', [
        formatPercent(parts.giftedShare, 0, locale),
        formatRange(settings.gifting.productCost, 'money', currency, locale),
      ]),
    );
  }
  return { x: parts.price, source: parts.giftedShare > 0 ? 'gifted' : 'model' };
}

function reachOf(
  input: AnalysisInput,
  followers: number | null,
  views: number[],
  settings: Settings,
  reasons: string[],
  t: Translate,
): LogNormal | null {
  const locale = localeOf(t);
  const pct = (r: Range) => [
    formatPercent(r.expected, 0, locale),
    formatPercent(r.low, 0, locale),
    formatPercent(r.high, 0, locale),
  ];
  if (input.platform === 'tiktok') {
    const seen = observed(views);
    const perFollower = settings.reach.tiktokViewsPerFollower;
    if (seen) {
      const counts = [formatExactCount(seen.x.median, locale), formatExactCount(views.length, locale)];
      if (seen.measured) {
        reasons.push(t('roi.reachViews', counts));
        return seen.x;
      }
      // Too few videos to measure a spread: the views-per-follower band's spread, around the median views.
      reasons.push(t('roi.reachViewsFew', [...counts, ...pct(perFollower)]));
      return { median: seen.x.median, sigma: fromBand(perFollower)?.sigma ?? 0 };
    }
    const rate = fromBand(perFollower);
    if (followers === null || !rate) {
      reasons.push(t('roi.noReach'));
      return null;
    }
    reasons.push(t('roi.reachTiktokFollowers', pct(perFollower)));
    return times(rate, exact(followers));
  }
  if (followers === null) {
    reasons.push(t('roi.noReach'));
    return null;
  }
  const band = curveBand(settings.reach.instagram, followers, settings.tierThresholds);
  const rate = fromBand(band);
  if (!rate) {
    reasons.push(t('roi.noReach'));
    return null;
  }
  reasons.push(t('roi.reachFollowers', [PLATFORM_NAMES.instagram, ...pct(band)]));
  return times(rate, exact(followers));
}

const nullRoi = (currency: string, reasons: string[]): Roi => ({
  costPerPost: null,
  expectedEngagements: null,
  costPerEngagement: null,
  expectedReach: null,
  expectedConversions: null,
  expectedRevenue: null,
  roas: null,
  costPerThousandReach: null,
  costPerConversion: null,
  costSource: null,
  currency,
  reasons,
});

const interval = (x: LogNormal | null): Range | null => (x ? toInterval(x) : null);

export function estimateRoi(
  input: AnalysisInput,
  engagement: Engagement,
  tier: Tier | null,
  settings: Settings,
  t: Translate = EN,
  read: PageRead = readPage(input, settings.excludePinned, t),
): Roi {
  void tier; // every assumption is read at the creator's own size, not its tier (core/score/tier-curve.ts)
  const currency = settings.currency;
  const locale = localeOf(t);
  if (read.blocked !== null) return nullRoi(currency, [read.blocked]);
  const reasons: string[] = [t('roi.interval')];
  const followers = cleanCount(input.profile.followers?.value);

  const cost = costOf(input, followers, engagement, settings, reasons, t);

  const { measured, views } = read.posts;
  const engagements = observed(measured.map((p) => p.interactions));
  if (engagements) {
    reasons.push(
      t('roi.engagements', [formatExactCount(engagements.x.median, locale), formatExactCount(measured.length, locale)]),
    );
  } else {
    reasons.push(t('roi.noEngagements'));
  }

  const reach = reachOf(input, followers, views, settings, reasons, t);
  const ctrBand =
    followers === null
      ? settings.clickThrough.micro
      : curveBand(settings.clickThrough, followers, settings.tierThresholds);
  const ctr = fromBand(ctrBand);
  const conv = fromBand(settings.conversionRate);
  reasons.push(t('roi.clickThrough', [formatRange(ctrBand, 'percent', currency, locale)]));
  reasons.push(t('roi.conversion', [formatRange(settings.conversionRate, 'percent', currency, locale)]));
  reasons.push(t('roi.orderValue', [formatMoney(settings.averageOrderValue, currency, locale)]));

  const conversions = reach && ctr && conv ? times(reach, ctr, conv) : null;
  const aov = settings.averageOrderValue;
  const revenue = conversions && aov > 0 ? times(conversions, exact(aov)) : null;
  const per = (x: LogNormal | null, scale = 1) =>
    cost && x && x.median > 0 ? interval(times(over(cost.x, x), exact(scale))) : null;
  const costPerEngagement = per(engagements?.x ?? null);

  return {
    costPerPost: interval(cost?.x ?? null),
    expectedEngagements: interval(engagements?.x ?? null),
    costPerEngagement,
    expectedReach: interval(reach),
    expectedConversions: interval(conversions),
    expectedRevenue: interval(revenue),
    roas: cost && revenue ? interval(over(revenue, cost.x)) : null,
    costPerThousandReach: per(reach, 1000),
    costPerConversion: per(conversions),
    costSource: cost?.source ?? null,
    currency,
    reasons,
  };
}
