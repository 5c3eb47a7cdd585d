import { z } from 'zod/mini';
import { rangeSchema, tierSchema } from './analysis';
import { shortlistEntrySchema } from './shortlist';
import type { SHORTLIST_ROW_VERSION } from './shortlist-row';

/**
 * The list row of core/shortlist-row.ts as a schema: what a row is, field by
 * field, and the types the code uses. Rows are stored by column and
 * validated column by column (lib/shortlist-columns.ts); this schema is the
 * contract those columns are held to in tests.
 */

const entry = shortlistEntrySchema.shape;
const count = z.nullable(z.int().check(z.minimum(0)));
const reason = z.string().check(z.maxLength(2_000));

export const rowFiguresSchema = z.object({
  /** rowFingerprint() of the settings, language and code these were computed under. */
  fingerprint: z.string().check(z.maxLength(64)),
  /** snapshotStamp() of the snapshot they were computed from. */
  snapshot: z.string().check(z.maxLength(64)),
  followers: count,
  tier: z.nullable(tierSchema),
  tierReason: reason,
  engagementRate: z.nullable(z.number().check(z.minimum(0))),
  engagementBasis: z.nullable(z.enum(['followers', 'views'])),
  byFollowers: z.nullable(z.number().check(z.minimum(0))),
  byViews: z.nullable(z.number().check(z.minimum(0))),
  postsMeasured: z.int().check(z.minimum(0)),
  /** Why there is no engagement rate (its first reason); null when there is one. */
  engagementMissing: z.nullable(reason),
  costPerPost: z.nullable(rangeSchema),
  costPerEngagement: z.nullable(rangeSchema),
  expectedEngagements: z.nullable(rangeSchema),
  expectedReach: z.nullable(rangeSchema),
  expectedConversions: z.nullable(rangeSchema),
  expectedRevenue: z.nullable(rangeSchema),
  roas: z.nullable(rangeSchema),
  costPerThousandReach: z.nullable(rangeSchema),
  costPerConversion: z.nullable(rangeSchema),
  costSource: z.nullable(z.enum(['model', 'gifted', 'agreed'])),
  /** The price agreed with the creator (the entry's), when one is. */
  agreedPrice: z.nullable(z.number().check(z.minimum(0))),
  currency: z.string().check(z.maxLength(8)),
  /** Why there is no cost per engagement (the ROI's first reason); null when there is one. */
  costMissing: z.nullable(reason),
  podScore: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  podLevel: z.nullable(z.enum(['low', 'medium', 'high'])),
  /** The pod reason that adds the most points (or the verdict's first reason). */
  podTopReason: z.nullable(reason),
  podCommentsSeen: z.int().check(z.minimum(0)),
  podPostsWithComments: z.int().check(z.minimum(0)),
  /** Every pod reason in English, joined as the CSV report writes them. */
  podReasonsCsv: z.string().check(z.maxLength(50_000)),
});
export type RowFigures = z.infer<typeof rowFiguresSchema>;

export const shortlistRowSchema = z.object({
  v: z.literal(2 satisfies typeof SHORTLIST_ROW_VERSION),
  key: entry.key,
  platform: entry.platform,
  handle: entry.handle,
  displayName: z.nullable(z.string().check(z.maxLength(1_000))),
  note: entry.note,
  tags: entry.tags,
  savedAt: entry.savedAt,
  /** The entry's updatedAt: a row with another one no longer mirrors its entry. */
  updatedAt: entry.updatedAt,
  following: count,
  posts: count,
  capturedAt: z.int().check(z.minimum(0)),
  /** snapshotStamp() of the entry's snapshot. */
  snapshot: z.string().check(z.maxLength(64)),
  /** Null until computed; see currentFigures for when they may be shown. */
  figures: z.nullable(rowFiguresSchema),
});
export type ShortlistRow = z.infer<typeof shortlistRowSchema>;

