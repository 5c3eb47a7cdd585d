import { z } from 'zod/mini';
import { rangeSchema, type Range, type Tier } from '../score/analysis';

/**
 * User-editable assumptions. Every default carries its source in DEFAULTS.md
 * style comments in `defaults.ts`. Read back with `parseSettings`, which
 * repairs a bad field alone instead of resetting everything.
 */

/**
 * 2 added `benchmarks` and `gifting`. 3 replaced the flat rate card, reach
 * rate and click-through rate with the money model's fields (`pricing`,
 * `reach`, `clickThrough`; see core/score/price.ts and core/score/roi.ts). A record from
 * an older version lacks them and gets their defaults silently (see
 * parseSettings); every other field is kept. An old record's `rateCard`,
 * `reachRate` and `clickThroughRate` are ignored: a flat price per tier is
 * not a price per follower, and converting it would invent the curve.
 */
export const SETTINGS_VERSION = 3;

/** Fields added after version 1, with the version that added each. */
export const FIELDS_ADDED_IN: Readonly<Record<string, number>> = {
  benchmarks: 2,
  gifting: 2,
  pricing: 3,
  reach: 3,
  clickThrough: 3,
};

const tierThresholdsSchema = z
  .object({
    nano: z.int().check(z.minimum(1)),
    micro: z.int().check(z.minimum(1)),
    macro: z.int().check(z.minimum(1)),
    mega: z.int().check(z.minimum(1)),
  })
  .check(z.refine((t) => t.nano < t.micro && t.micro < t.macro && t.macro < t.mega, 'thresholds must increase'));
export type TierThresholds = z.infer<typeof tierThresholdsSchema>;

const fractionRange = rangeSchema.check(z.refine((r: Range) => r.high <= 1, 'a rate is at most 100 %'));
/** A log-normal band needs a positive median (see core/score/lognormal.ts). */
const positiveMedian = (r: Range) => r.expected > 0;
const bandOf = (max: number) =>
  rangeSchema.check(
    z.refine((r: Range) => r.high <= max, `at most ${max}`),
    z.refine(positiveMedian, 'the typical value must be above 0'),
  );
const tierBands = (max: number) => {
  const band = bandOf(max);
  return z.object({ 'below-nano': band, nano: band, micro: band, macro: band, mega: band }) satisfies z.ZodMiniType<
    Record<Tier, Range>
  >;
};

/** The format of the sponsored Instagram post, priced by its multiplier (TikTok posts are videos). */
export const INSTAGRAM_FORMATS = ['post', 'carousel', 'reel'] as const;

/**
 * What one sponsored post costs (core/score/price.ts): a price per 1,000 followers
 * by tier (p10, median, p90; between tier centres it moves smoothly), scaled
 * by engagement against the typical rate at the creator's size and by format.
 */
const pricingSchema = z.object({
  perThousand: z.object({ instagram: tierBands(1e5), tiktok: tierBands(1e5) }),
  /** Price ∝ (creator's rate ÷ typical rate)^elasticity, clamped to ×0.5 … ×2. 0 = engagement ignored. */
  engagementElasticity: z.number().check(z.minimum(0), z.maximum(2)),
  instagramFormat: z.enum(INSTAGRAM_FORMATS),
  /** Price multipliers against a single-image post. */
  formatMultiplier: z.object({
    carousel: z.number().check(z.minimum(0.1), z.maximum(10)),
    reel: z.number().check(z.minimum(0.1), z.maximum(10)),
  }),
});

/** Who sees a post: Instagram by tier (share of followers); TikTok views per follower, used only without view counts. */
const reachSchema = z.object({
  instagram: tierBands(1),
  tiktokViewsPerFollower: bandOf(100),
});

/** A typical engagement rate: above 0 (a creator's rate is divided by it), at most 100 %. */
const benchmarkRate = z.number().check(z.gt(0), z.maximum(1));
const tierRates = z.object({
  'below-nano': benchmarkRate,
  nano: benchmarkRate,
  micro: benchmarkRate,
  macro: benchmarkRate,
  mega: benchmarkRate,
}) satisfies z.ZodMiniType<Record<Tier, number>>;

/** Typical engagement rate by tier, per platform and basis (sources in benchmarks.ts). */
const benchmarkTableSchema = z.object({
  instagramByFollowers: tierRates,
  tiktokByFollowers: tierRates,
  tiktokByViews: tierRates,
});
export type BenchmarkTable = z.infer<typeof benchmarkTableSchema>;

const giftingSchema = z.object({
  /** Nano and below-nano creators are paid in product instead of the rate card's fee. */
  nano: z.boolean(),
  /** What one gifted product costs the brand (goods plus shipping), per post. */
  productCost: rangeSchema.check(z.refine((r: Range) => r.high <= 1e7, 'at most 10,000,000')),
});

export const settingsSchema = z.object({
  v: z.literal(SETTINGS_VERSION),
  tierThresholds: tierThresholdsSchema,
  /** Price of a sponsored post, in `currency` (core/score/price.ts). */
  pricing: pricingSchema,
  /** Share of followers who see a sponsored post. */
  reach: reachSchema,
  /** Share of reached people who click through, by tier (smaller creators' audiences act more). */
  clickThrough: tierBands(1),
  /** Share of clicks that buy (the store's own rate: one for every creator). */
  conversionRate: fractionRange.check(z.refine(positiveMedian, 'the typical value must be above 0')),
  averageOrderValue: z.number().check(z.minimum(0), z.maximum(1e7)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Pinned posts are the creator's best, not typical: left out by default. */
  excludePinned: z.boolean(),
  /** Published engagement norms by tier, editable; a creator's rate is shown against them. */
  benchmarks: benchmarkTableSchema,
  gifting: giftingSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
