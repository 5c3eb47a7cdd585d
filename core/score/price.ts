import type { Engagement, Range } from './analysis';
import { exact, fromBand, times, type LogNormal } from './lognormal';
import type { Settings } from '../settings/settings';
import type { Platform } from '../page/snapshot';
import { curveBand, curveValue } from './tier-curve';

/**
 * The price of one sponsored post, continuous in followers and engagement.
 *
 *   fee = followers ÷ 1,000 × price per 1,000 followers (by tier, smooth
 *         between tier centres: core/score/tier-curve.ts)
 *       × (creator's engagement rate ÷ typical rate at that size)^elasticity,
 *         clamped to ×0.5 … ×2
 *       × format multiplier (Instagram carousel or reel; TikTok is video)
 *
 * Gifting (Settings → gifting): creators below the micro threshold are often
 * paid in product. The share so paid falls from all at the nano threshold to
 * none at the micro threshold, linearly in log followers, so the price has no
 * step there either. A gifted post costs the product or the fee, whichever is
 * less: a brand does not gift product dearer than the fee it would pay.
 *
 * An agreed price (entered on the shortlist) replaces all of it.
 */

export interface PriceParts {
  /** The price as a log-normal (median and spread). */
  price: LogNormal;
  /** The pieces, for the reasons shown beside the figure. */
  perThousand: Range;
  engagementFactor: number;
  formatFactor: number;
  /** Share of the cost paid in product (0 … 1). */
  giftedShare: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Typical engagement by followers at this size, for the engagement factor. */
function typicalRate(platform: Platform, followers: number, settings: Settings): number {
  const table =
    platform === 'instagram' ? settings.benchmarks.instagramByFollowers : settings.benchmarks.tiktokByFollowers;
  return curveValue(table, followers, settings.tierThresholds);
}

function engagementFactor(
  platform: Platform,
  followers: number,
  engagement: Pick<Engagement, 'byFollowers'>,
  settings: Settings,
): number {
  const rate = engagement.byFollowers;
  const typical = typicalRate(platform, followers, settings);
  if (rate === null || !(rate > 0) || !(typical > 0)) return 1;
  return clamp((rate / typical) ** settings.pricing.engagementElasticity, 0.5, 2);
}

function formatFactor(platform: Platform, settings: Settings): number {
  if (platform === 'tiktok') return 1;
  const f = settings.pricing.instagramFormat;
  return f === 'post' ? 1 : settings.pricing.formatMultiplier[f];
}

/** Share paid in product at this size: 1 below the nano threshold, 0 from micro up, log-linear between. */
function giftedShare(followers: number, settings: Settings): number {
  if (!settings.gifting.nano) return 0;
  const { nano, micro } = settings.tierThresholds;
  if (followers <= nano) return 1;
  if (followers >= micro) return 0;
  return 1 - Math.log(followers / nano) / Math.log(micro / nano);
}

/** null when followers are unknown or the bands do not make a price. */
export function modelPrice(
  platform: Platform,
  followers: number,
  engagement: Pick<Engagement, 'byFollowers'>,
  settings: Settings,
): PriceParts | null {
  if (!(followers > 0)) return null;
  const perThousand = curveBand(settings.pricing.perThousand[platform], followers, settings.tierThresholds);
  const rate = fromBand(perThousand);
  if (!rate) return null;
  const eFactor = engagementFactor(platform, followers, engagement, settings);
  const fFactor = formatFactor(platform, settings);
  const fee = times(rate, exact((followers / 1000) * eFactor * fFactor));
  const share = giftedShare(followers, settings);
  let price = fee;
  if (share > 0) {
    const product = fromBand(settings.gifting.productCost);
    // The cheaper of product and fee, for the gifted share; the fee for the rest.
    const gifted = product && product.median < fee.median ? product : fee;
    const median = share * gifted.median + (1 - share) * fee.median;
    // The spread of a mix of two log-normals, taken as the weighted spread: close enough for a p10–p90 band.
    price = { median, sigma: share * gifted.sigma + (1 - share) * fee.sigma };
  }
  if (!(price.median > 0) || !Number.isFinite(price.median)) return null;
  return { price, perThousand, engagementFactor: eFactor, formatFactor: fFactor, giftedShare: share };
}
