import { z } from 'zod/mini';
import { PAGE_STATUSES, PLATFORMS } from './snapshot-constants';

/**
 * The analysis: every figure the user sees, computed by `analyze()` from a
 * snapshot and the settings. Stored in IndexedDB and re-validated on read.
 * zod/mini (same validation as zod, functions instead of methods): the content
 * script validates every analysis the worker sends back, and zod/mini is the
 * part of zod small enough to ship into every Instagram and TikTok page.
 */

const nonNegative = (max?: number) => z.number().check(z.minimum(0), ...(max === undefined ? [] : [z.maximum(max)]));
const whole = () => z.int().check(z.minimum(0));

export const TIERS = ['below-nano', 'nano', 'micro', 'macro', 'mega'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

/** A figure we can only estimate: always shown as low / expected / high. */
export const rangeSchema = z
  .object({ low: nonNegative(), expected: nonNegative(), high: nonNegative() })
  .check(z.refine((r) => r.low <= r.expected && r.expected <= r.high, 'range: low ≤ expected ≤ high'));
export type Range = z.infer<typeof rangeSchema>;

export const podSignalSchema = z.object({
  /** Stable id, e.g. 'er-above-norm', 'comment-like-ratio', 'repeat-commenters'. */
  id: z.string(),
  /** 0 (absent) … 1 (as strong as this signal gets). */
  strength: nonNegative(1),
  /** Points this signal adds to the 0–100 score. */
  points: nonNegative(100),
  /** One sentence a marketer can read, with the numbers behind it. */
  reason: z.string(),
});
export type PodSignal = z.infer<typeof podSignalSchema>;

export const engagementSchema = z.object({
  /** The headline figure: a fraction (0.0431 = 4.31 %). null when not computable. */
  rate: z.nullable(nonNegative()),
  basis: z.nullable(z.enum(['followers', 'views'])),
  byFollowers: z.nullable(nonNegative()),
  byViews: z.nullable(nonNegative()),
  /** Posts whose metrics went into the rate. */
  postsMeasured: whole(),
  pinnedExcluded: whole(),
  /** Posts on the page without like/comment counts (e.g. hidden likes). */
  postsWithoutMetrics: whole(),
  avgLikes: z.nullable(nonNegative()),
  avgComments: z.nullable(nonNegative()),
  avgViews: z.nullable(nonNegative()),
  /** Why the figure is what it is, or why it is missing. */
  reasons: z.array(z.string()),
});
export type Engagement = z.infer<typeof engagementSchema>;

export const roiSchema = z.object({
  costPerPost: z.nullable(rangeSchema),
  expectedEngagements: z.nullable(rangeSchema),
  costPerEngagement: z.nullable(rangeSchema),
  expectedReach: z.nullable(rangeSchema),
  expectedConversions: z.nullable(rangeSchema),
  expectedRevenue: z.nullable(rangeSchema),
  currency: z.string(),
  /** The assumptions that drove the figures, each with its value. */
  reasons: z.array(z.string()),
});
export type Roi = z.infer<typeof roiSchema>;

export const podSchema = z.object({
  /** 0–100; null when there is too little on the page to judge. */
  score: z.nullable(nonNegative(100)),
  level: z.nullable(z.enum(['low', 'medium', 'high'])),
  signals: z.array(podSignalSchema),
  postsWithComments: whole(),
  commentsSeen: whole(),
  reasons: z.array(z.string()),
});
export type Pod = z.infer<typeof podSchema>;

export const ANALYSIS_VERSION = 1;

export const analysisSchema = z.object({
  v: z.literal(ANALYSIS_VERSION),
  key: z.string(),
  platform: z.enum(PLATFORMS),
  handle: z.string(),
  displayName: z.nullable(z.string()),
  status: z.enum(PAGE_STATUSES),
  /** capturedAt of the snapshot this was computed from. */
  capturedAt: whole(),
  followers: z.nullable(whole()),
  tier: z.object({ id: z.nullable(tierSchema), reason: z.string() }),
  engagement: engagementSchema,
  roi: roiSchema,
  pod: podSchema,
});
export type Analysis = z.infer<typeof analysisSchema>;
