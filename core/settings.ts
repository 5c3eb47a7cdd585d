import { z } from 'zod/mini';
import { rangeSchema, type Range, type Tier } from './analysis';

/**
 * User-editable assumptions. Every default carries its source in DEFAULTS.md
 * style comments in `defaults.ts`. Read back with `parseSettings`, which
 * repairs a bad field alone instead of resetting everything.
 */

/**
 * 2 added `benchmarks` and `gifting`. A version-1 record lacks them and gets
 * their defaults silently (see parseSettings); every other field is kept.
 */
export const SETTINGS_VERSION = 2;

/** Fields added after version 1, with the version that added each. */
export const FIELDS_ADDED_IN: Readonly<Record<string, number>> = { benchmarks: 2, gifting: 2 };

export const tierThresholdsSchema = z
  .object({
    nano: z.int().check(z.minimum(1)),
    micro: z.int().check(z.minimum(1)),
    macro: z.int().check(z.minimum(1)),
    mega: z.int().check(z.minimum(1)),
  })
  .check(z.refine((t) => t.nano < t.micro && t.micro < t.macro && t.macro < t.mega, 'thresholds must increase'));
export type TierThresholds = z.infer<typeof tierThresholdsSchema>;

const tierRanges = z.object({
  'below-nano': rangeSchema,
  nano: rangeSchema,
  micro: rangeSchema,
  macro: rangeSchema,
  mega: rangeSchema,
}) satisfies z.ZodMiniType<Record<Tier, Range>>;

export const rateCardSchema = z.object({ instagram: tierRanges, tiktok: tierRanges });
export type RateCard = z.infer<typeof rateCardSchema>;

const fraction = z.number().check(z.minimum(0), z.maximum(1));
const fractionRange = rangeSchema.check(z.refine((r: Range) => r.high <= 1, 'a rate is at most 100 %'));

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
export const benchmarkTableSchema = z.object({
  instagramByFollowers: tierRates,
  tiktokByFollowers: tierRates,
  tiktokByViews: tierRates,
});
export type BenchmarkTable = z.infer<typeof benchmarkTableSchema>;

export const giftingSchema = z.object({
  /** Nano and below-nano creators are paid in product instead of the rate card's fee. */
  nano: z.boolean(),
  /** What one gifted product costs the brand (goods plus shipping), per post. */
  productCost: rangeSchema.check(z.refine((r: Range) => r.high <= 1e7, 'at most 10,000,000')),
});
export type Gifting = z.infer<typeof giftingSchema>;

export const settingsSchema = z.object({
  v: z.literal(SETTINGS_VERSION),
  tierThresholds: tierThresholdsSchema,
  /** Fee per sponsored post, in `currency`, by platform and tier. */
  rateCard: rateCardSchema,
  /** Share of followers who see a sponsored post. */
  reachRate: z.object({ instagram: fractionRange, tiktok: fractionRange }),
  /** Share of reached people who click through. */
  clickThroughRate: fractionRange,
  /** Share of clicks that buy. */
  conversionRate: fractionRange,
  averageOrderValue: z.number().check(z.minimum(0), z.maximum(1e7)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Pinned posts are the creator's best, not typical: left out by default. */
  excludePinned: z.boolean(),
  /** Published engagement norms by tier, editable; a creator's rate is shown against them. */
  benchmarks: benchmarkTableSchema,
  gifting: giftingSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
export { fraction };
