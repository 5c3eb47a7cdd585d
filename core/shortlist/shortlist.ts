import { z } from 'zod/mini';
import { platformSchema, snapshotSchema } from '../page/snapshot';

/**
 * A saved creator. Key: platform + lower-cased handle, so saving twice never
 * duplicates. The note and tags are the marketer's; a re-save never touches them.
 * The analysis is not stored here: it is recomputed from `snapshot` with the
 * current settings, so changing a threshold re-tiers the shortlist everywhere.
 */
export const SHORTLIST_VERSION = 1;

export const shortlistEntrySchema = z.object({
  v: z.literal(SHORTLIST_VERSION),
  key: z.string().check(z.minLength(3), z.maxLength(80)),
  platform: platformSchema,
  handle: z.string().check(z.minLength(1), z.maxLength(64)),
  note: z.string().check(z.maxLength(10_000)),
  tags: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50)),
  savedAt: z.int().check(z.minimum(0)),
  updatedAt: z.int().check(z.minimum(0)),
  /**
   * A price per post agreed with the creator, in the settings' currency. It
   * replaces the model's estimate for this creator in the list, the plan,
   * Compare and the CSV. Absent (older entries) or null: no agreed price.
   */
  agreedPrice: z.optional(z.nullable(z.number().check(z.gt(0), z.maximum(1e9)))),
  /** The latest profile snapshot of this creator. */
  snapshot: snapshotSchema,
});
export type ShortlistEntry = z.infer<typeof shortlistEntrySchema>;
