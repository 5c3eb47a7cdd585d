import { z } from 'zod';
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
const count = z.number().int().min(0).nullable();
const reason = z.string().max(2_000);

export const rowFiguresSchema = z.object({
  /** rowFingerprint() of the settings, language and code these were computed under. */
  fingerprint: z.string().max(64),
  /** snapshotStamp() of the snapshot they were computed from. */
  snapshot: z.string().max(64),
  followers: count,
  tier: z.nullable(tierSchema),
  tierReason: reason,
  engagementRate: z.number().min(0).nullable(),
  engagementBasis: z.enum(['followers', 'views']).nullable(),
  byFollowers: z.number().min(0).nullable(),
  byViews: z.number().min(0).nullable(),
  postsMeasured: z.number().int().min(0),
  /** Why there is no engagement rate (its first reason); null when there is one. */
  engagementMissing: reason.nullable(),
  costPerPost: z.nullable(rangeSchema),
  costPerEngagement: z.nullable(rangeSchema),
  expectedReach: z.nullable(rangeSchema),
  expectedConversions: z.nullable(rangeSchema),
  expectedRevenue: z.nullable(rangeSchema),
  currency: z.string().max(8),
  /** Why there is no cost per engagement (the ROI's first reason); null when there is one. */
  costMissing: reason.nullable(),
  podScore: z.number().min(0).max(100).nullable(),
  podLevel: z.enum(['low', 'medium', 'high']).nullable(),
  /** The pod reason that adds the most points (or the verdict's first reason). */
  podTopReason: reason.nullable(),
  podCommentsSeen: z.number().int().min(0),
  podPostsWithComments: z.number().int().min(0),
  /** Every pod reason in English, joined as the CSV report writes them. */
  podReasonsCsv: z.string().max(50_000),
});
export type RowFigures = z.infer<typeof rowFiguresSchema>;

export const shortlistRowSchema = z.object({
  v: z.literal(1 satisfies typeof SHORTLIST_ROW_VERSION),
  key: entry.key,
  platform: entry.platform,
  handle: entry.handle,
  displayName: z.string().max(1_000).nullable(),
  note: entry.note,
  tags: entry.tags,
  savedAt: entry.savedAt,
  /** The entry's updatedAt: a row with another one no longer mirrors its entry. */
  updatedAt: entry.updatedAt,
  following: count,
  posts: count,
  capturedAt: z.number().int().min(0),
  /** snapshotStamp() of the entry's snapshot. */
  snapshot: z.string().max(64),
  /** Null until computed; see currentFigures for when they may be shown. */
  figures: rowFiguresSchema.nullable(),
});
export type ShortlistRow = z.infer<typeof shortlistRowSchema>;

