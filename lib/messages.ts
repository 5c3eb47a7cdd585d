import { z } from 'zod/mini';
import { handleSchema, platformSchema, postSchema, readInfoSchema, snapshotSchema } from '@/core/page/snapshot';
import { MAX_POSTS } from '@/core/page/snapshot-constants';

/**
 * The one protocol between content scripts and the background worker.
 * The background parses every message as `unknown`; strays are dropped with
 * a warning. The content script is unprivileged: it can only report what it
 * read and ask for the analysis back.
 */

export const requestSchema = z.discriminatedUnion('type', [
  /** A page was read: store it, analyse it, answer with the analysis. */
  z.object({ type: z.literal('page-read'), snapshot: snapshotSchema }),
  /**
   * Posts infinite scroll added to the profile page last sent (`base`, as the
   * worker stored it): the worker appends them (core/page/extend-snapshot.ts), or
   * answers `stale` and the page sends its whole snapshot instead.
   */
  z.object({
    type: z.literal('posts-added'),
    platform: platformSchema,
    handle: handleSchema,
    base: z.object({ url: z.string().check(z.maxLength(2048)), capturedAt: z.int().check(z.minimum(0)) }),
    capturedAt: z.int().check(z.minimum(0)),
    posts: z.array(postSchema).check(z.maxLength(MAX_POSTS)),
    read: z.optional(readInfoSchema),
  }),
  /** The tab left a creator page (or shows nothing we read). */
  z.object({ type: z.literal('page-left'), url: z.string().check(z.maxLength(2048)) }),
  /** Save the creator this tab shows (overlay button). The worker finds which. */
  z.object({ type: z.literal('save-current') }),
]);
export type Request = z.infer<typeof requestSchema>;

// The answers and tab events live in lib/replies.ts (shipped to content scripts).
export * from './replies';
