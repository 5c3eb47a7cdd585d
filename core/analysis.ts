import { z } from 'zod';
import { pageStatusSchema, platformSchema } from './snapshot';

/**
 * The analysis: every figure the user sees, computed by `analyze()` from a
 * snapshot and the settings. Stored in IndexedDB and re-validated on read.
 */

export const TIERS = ['below-nano', 'nano', 'micro', 'macro', 'mega'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

/** A figure we can only estimate: always shown as low / expected / high. */
export const rangeSchema = z
  .object({
    low: z.number().min(0),
    expected: z.number().min(0),
    high: z.number().min(0),
  })
  .refine((r) => r.low <= r.expected && r.expected <= r.high, 'range: low ≤ expected ≤ high');
export type Range = z.infer<typeof rangeSchema>;

export const podSignalSchema = z.object({
  /** Stable id, e.g. 'er-above-norm', 'comment-like-ratio', 'repeat-commenters'. */
  id: z.string(),
  /** 0 (absent) … 1 (as strong as this signal gets). */
  strength: z.number().min(0).max(1),
  /** Points this signal adds to the 0–100 score. */
  points: z.number().min(0).max(100),
  /** One sentence a marketer can read, with the numbers behind it. */
  reason: z.string(),
});
export type PodSignal = z.infer<typeof podSignalSchema>;

export const engagementSchema = z.object({
  /** The headline figure: a fraction (0.0431 = 4.31 %). null when not computable. */
  rate: z.number().min(0).nullable(),
  basis: z.enum(['followers', 'views']).nullable(),
  byFollowers: z.number().min(0).nullable(),
  byViews: z.number().min(0).nullable(),
  /** Posts whose metrics went into the rate. */
  postsMeasured: z.number().int().min(0),
  pinnedExcluded: z.number().int().min(0),
  /** Posts on the page without like/comment counts (e.g. hidden likes). */
  postsWithoutMetrics: z.number().int().min(0),
  avgLikes: z.number().min(0).nullable(),
  avgComments: z.number().min(0).nullable(),
  avgViews: z.number().min(0).nullable(),
  /** Why the figure is what it is, or why it is missing. */
  reasons: z.array(z.string()),
});
export type Engagement = z.infer<typeof engagementSchema>;

export const roiSchema = z.object({
  costPerPost: rangeSchema.nullable(),
  expectedEngagements: rangeSchema.nullable(),
  costPerEngagement: rangeSchema.nullable(),
  expectedReach: rangeSchema.nullable(),
  expectedConversions: rangeSchema.nullable(),
  expectedRevenue: rangeSchema.nullable(),
  currency: z.string(),
  /** The assumptions that drove the figures, each with its value. */
  reasons: z.array(z.string()),
});
export type Roi = z.infer<typeof roiSchema>;

export const podSchema = z.object({
  /** 0–100; null when there is too little on the page to judge. */
  score: z.number().min(0).max(100).nullable(),
  level: z.enum(['low', 'medium', 'high']).nullable(),
  signals: z.array(podSignalSchema),
  postsWithComments: z.number().int().min(0),
  commentsSeen: z.number().int().min(0),
  reasons: z.array(z.string()),
});
export type Pod = z.infer<typeof podSchema>;

export const ANALYSIS_VERSION = 1;

export const analysisSchema = z.object({
  v: z.literal(ANALYSIS_VERSION),
  key: z.string(),
  platform: platformSchema,
  handle: z.string(),
  displayName: z.string().nullable(),
  status: pageStatusSchema,
  /** capturedAt of the snapshot this was computed from. */
  capturedAt: z.number().int().min(0),
  followers: z.number().int().min(0).nullable(),
  tier: z.object({ id: tierSchema.nullable(), reason: z.string() }),
  engagement: engagementSchema,
  roi: roiSchema,
  pod: podSchema,
});
export type Analysis = z.infer<typeof analysisSchema>;
