import { z } from 'zod';
import { rangeSchema, type Range, type Tier } from './analysis';

/**
 * User-editable assumptions. Every default carries its source in DEFAULTS.md
 * style comments in `defaults.ts`. Read back with `parseSettings`, which
 * repairs a bad field alone instead of resetting everything.
 */

export const SETTINGS_VERSION = 1;

export const tierThresholdsSchema = z
  .object({
    nano: z.number().int().min(1),
    micro: z.number().int().min(1),
    macro: z.number().int().min(1),
    mega: z.number().int().min(1),
  })
  .refine((t) => t.nano < t.micro && t.micro < t.macro && t.macro < t.mega, 'thresholds must increase');
export type TierThresholds = z.infer<typeof tierThresholdsSchema>;

const tierRanges = z.object({
  'below-nano': rangeSchema,
  nano: rangeSchema,
  micro: rangeSchema,
  macro: rangeSchema,
  mega: rangeSchema,
}) satisfies z.ZodType<Record<Tier, Range>>;

export const rateCardSchema = z.object({ instagram: tierRanges, tiktok: tierRanges });
export type RateCard = z.infer<typeof rateCardSchema>;

const fraction = z.number().min(0).max(1);
const fractionRange = rangeSchema.refine((r) => r.high <= 1, 'a rate is at most 100 %');

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
  averageOrderValue: z.number().min(0).max(1e7),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Pinned posts are the creator's best, not typical: left out by default. */
  excludePinned: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
export { fraction };
