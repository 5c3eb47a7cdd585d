import { z } from 'zod/mini';
import {
  MAX_COMMENTS_PER_POST,
  MAX_COUNT,
  MAX_NAME,
  MAX_POSTS,
  MAX_TEXT,
  PAGE_STATUSES,
  PLATFORMS,
  SNAPSHOT_VERSION,
} from './snapshot-constants';

export * from './snapshot-constants';

/**
 * The snapshot: everything an adapter read from one page view, and nothing it
 * did not read. A field no source had is `null` (missing) — never a guessed 0.
 * Validated with zod when it crosses a boundary (message, storage).
 */

export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

/**
 * Where a value came from, most trusted first. `api`: a JSON response the
 * site's own front-end fetched (observed passively), exact and current.
 */
const fieldSourceSchema = z.enum(['api', 'json', 'meta', 'attr', 'text']);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

const countFieldSchema = z.object({
  value: z.int().check(z.minimum(0), z.maximum(MAX_COUNT)),
  source: fieldSourceSchema,
  /** false when the page printed an abbreviation such as "12.3K". */
  exact: z.boolean(),
  /** The text as printed, when it was read from text ("12,3 k"). */
  raw: z.optional(z.string().check(z.maxLength(64))),
});
export type CountField = z.infer<typeof countFieldSchema>;

export const handleSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[a-z0-9._]+$/, 'handle: lower-case letters, digits, dot, underscore'),
  );

export const commentSchema = z.object({
  author: z.string().check(z.maxLength(MAX_NAME)),
  text: z.string().check(z.maxLength(MAX_TEXT)),
  /**
   * When it was written (unix ms), where the page or the site's API gives it:
   * pods comment within minutes of posting (core/score/pod-comment-signals.ts).
   * Optional: comments stored before it existed stay valid.
   */
  at: z.optional(z.int().check(z.minimum(0))),
});
export type CommentSample = z.infer<typeof commentSchema>;

const postKindSchema = z.enum(['image', 'carousel', 'video', 'reel', 'unknown']);
export type PostKind = z.infer<typeof postKindSchema>;

const metric = z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_COUNT)));

export const postSchema = z.object({
  /** Shortcode (Instagram) or video id (TikTok). */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: postKindSchema,
  pinned: z.boolean(),
  /** null = not on the page (hidden likes, not rendered), never 0 by default. */
  likes: metric,
  comments: metric,
  views: metric,
  /** Unix ms, when the page gives it. */
  takenAt: z.nullable(z.int().check(z.minimum(0))),
  /** Comments visible for this post (opened post page, or previews in JSON). */
  commentSamples: z.array(commentSchema).check(z.maxLength(MAX_COMMENTS_PER_POST)),
});
export type Post = z.infer<typeof postSchema>;

/** A post's own counts without its comment samples (what is kept of an opened post). */
export const openedPostSchema = z.omit(postSchema, { commentSamples: true });

/** What the page as a whole is. Anything but `ok` is a distinct overlay state. */
export const pageStatusSchema = z.enum(PAGE_STATUSES);
export type PageStatus = z.infer<typeof pageStatusSchema>;

const profileSchema = z.object({
  displayName: z.nullable(z.string().check(z.maxLength(MAX_NAME))),
  bio: z.nullable(z.string().check(z.maxLength(MAX_TEXT))),
  verified: z.nullable(z.boolean()),
  isPrivate: z.nullable(z.boolean()),
  followers: z.nullable(countFieldSchema),
  following: z.nullable(countFieldSchema),
  /** Instagram post count; TikTok video count where shown. */
  posts: z.nullable(countFieldSchema),
  /** TikTok's total likes ("Likes" on the profile header). */
  likesTotal: z.nullable(countFieldSchema),
});
export type Profile = z.infer<typeof profileSchema>;

/** One profile field as read: which source gave it and through which selector or JSON path. */
const fieldReadSchema = z.object({
  field: z.string().check(z.maxLength(40)),
  source: fieldSourceSchema,
  /** false for an abbreviation ("12.3K"); true for text and booleans read as they are. */
  exact: z.boolean(),
  via: z.string().check(z.maxLength(160)),
  raw: z.optional(z.string().check(z.maxLength(64))),
});
export type FieldRead = z.infer<typeof fieldReadSchema>;

const conflictSideSchema = z.object({
  source: fieldSourceSchema,
  value: z.int().check(z.minimum(0), z.maximum(MAX_COUNT)),
  exact: z.boolean(),
  raw: z.optional(z.string().check(z.maxLength(64))),
});

/** Two sources that disagree beyond the rounding of their printed forms: reported, never merged. */
const fieldConflictSchema = z.object({
  field: z.string().check(z.maxLength(40)),
  chosen: conflictSideSchema,
  other: conflictSideSchema,
});
export type FieldConflict = z.infer<typeof fieldConflictSchema>;

/**
 * How the page was read (for "What was read" and diagnostics). Optional:
 * snapshots stored before it existed stay valid.
 */
export const readInfoSchema = z.object({
  fields: z.array(fieldReadSchema).check(z.maxLength(40)),
  conflicts: z.array(fieldConflictSchema).check(z.maxLength(20)),
  /** Selectors and JSON paths that matched something on the page. */
  matched: z.array(z.string().check(z.maxLength(160))).check(z.maxLength(60)),
  /** Work limits a huge or pathological page hit: what was cut, and where. */
  truncated: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20)),
  /** A page state in more detail than `status` ("suspended" for a not-found account). */
  statusDetail: z.optional(z.string().check(z.maxLength(300))),
});
export type ReadInfo = z.infer<typeof readInfoSchema>;

export const snapshotSchema = z.object({
  v: z.literal(SNAPSHOT_VERSION),
  platform: platformSchema,
  pageKind: z.enum(['profile', 'post']),
  url: z.url().check(z.maxLength(2048)),
  handle: handleSchema,
  capturedAt: z.int().check(z.minimum(0)),
  status: pageStatusSchema,
  profile: profileSchema,
  /** Posts visible on a profile page; on a post page, the opened post. */
  posts: z.array(postSchema).check(z.maxLength(MAX_POSTS)),
  /** Human-readable notes on what could not be read and why. */
  missing: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(50)),
  read: z.optional(readInfoSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
