import { z } from 'zod/mini';
import { PAGE_STATUSES, PLATFORMS } from '../page/snapshot-constants';

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

/**
 * A figure we can only estimate. Money figures (core/score/roi.ts) are the 10th
 * percentile, the median and the 90th percentile of the figure's own
 * distribution (low / expected / high; core/score/lognormal.ts): the median is the
 * headline, the interval p10–p90.
 */
export const rangeSchema = z
  .object({ low: nonNegative(), expected: nonNegative(), high: nonNegative() })
  .check(z.refine((r) => r.low <= r.expected && r.expected <= r.high, 'range: low ≤ expected ≤ high'));
export type Range = z.infer<typeof rangeSchema>;

const podSignalSchema = z.object({
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
  /** Revenue ÷ cost of one post (return on ad spend). */
  roas: z.nullable(rangeSchema),
  /** Cost per 1,000 people reached. */
  costPerThousandReach: z.nullable(rangeSchema),
  /** Cost per conversion (a sale). */
  costPerConversion: z.nullable(rangeSchema),
  /** Where the cost comes from: the price model, product (gifting, partly or wholly) or a price agreed with the creator. */
  costSource: z.nullable(z.enum(['model', 'gifted', 'agreed'])),
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

const audienceFlagSchema = z.object({
  /** Stable id: 'er-below-norm', 'mass-following' or 'follow-ratio'. */
  id: z.string(),
  /** 0 (absent) … 1 (as strong as this flag gets). */
  strength: nonNegative(1),
  /** One sentence with the numbers behind it and its source. */
  reason: z.string(),
});
export type AudienceFlag = z.infer<typeof audienceFlagSchema>;

/**
 * Audience quality (core/score/audience.ts): signs of bought, inactive or
 * follow-back followers, judged without comments and kept apart from the pod
 * verdict, so engagement alone never makes a pod score look safe.
 */
export const audienceSchema = z.object({
  /** null: nothing to judge it by (no follower, following or engagement figures). */
  level: z.nullable(z.enum(['ok', 'flagged'])),
  /** Strongest first. */
  flags: z.array(audienceFlagSchema),
  /** What could not be checked, or that nothing was found. */
  reasons: z.array(z.string()),
});
export type Audience = z.infer<typeof audienceSchema>;

/**
 * 2: the money model (medians with p10–p90, ROAS and costs per result).
 * 3: the pod verdict waits for comments read on opened posts; audience quality.
 */
export const ANALYSIS_VERSION = 3;

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
  audience: audienceSchema,
});
export type Analysis = z.infer<typeof analysisSchema>;
