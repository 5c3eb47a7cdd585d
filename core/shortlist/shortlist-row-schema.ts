import { z } from 'zod/mini';
import { shortlistEntrySchema } from './shortlist';
import { rowFiguresSchema } from './shortlist-columns';

/**
 * The list row of core/shortlist/shortlist-row.ts as a schema: what a row is, field by
 * field, and the types the code uses. Its figures are the column table's
 * (core/shortlist/shortlist-columns.ts). Rows are stored by column and validated column
 * by column (lib/shortlist-column-store.ts); this schema is the contract those
 * columns are held to in tests.
 */

/** 2: the money model's figures (ROAS, costs per result, agreed price). */
export const SHORTLIST_ROW_VERSION = 2;

const entry = shortlistEntrySchema.shape;
const count = z.nullable(z.int().check(z.minimum(0)));

export const shortlistRowSchema = z.object({
  v: z.literal(SHORTLIST_ROW_VERSION),
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
