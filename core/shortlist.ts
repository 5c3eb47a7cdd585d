import { z } from 'zod';
import { platformSchema, snapshotSchema } from './snapshot';

/**
 * A saved creator. Key: platform + lower-cased handle, so saving twice never
 * duplicates. The note and tags are the marketer's; a re-save never touches them.
 * The analysis is not stored here: it is recomputed from `snapshot` with the
 * current settings, so changing a threshold re-tiers the shortlist everywhere.
 */
export const SHORTLIST_VERSION = 1;

export const shortlistEntrySchema = z.object({
  v: z.literal(SHORTLIST_VERSION),
  key: z.string().min(3).max(80),
  platform: platformSchema,
  handle: z.string().min(1).max(64),
  note: z.string().max(10_000),
  tags: z.array(z.string().max(60)).max(50),
  savedAt: z.number().int().min(0),
  updatedAt: z.number().int().min(0),
  /** The latest profile snapshot of this creator. */
  snapshot: snapshotSchema,
});
export type ShortlistEntry = z.infer<typeof shortlistEntrySchema>;
