import { z } from 'zod';
import { MAX_COMMENTS_PER_POST, MAX_COUNT, MAX_NAME, MAX_POSTS, MAX_TEXT, PAGE_STATUSES, PLATFORMS, SNAPSHOT_VERSION } from './snapshot-constants';

export * from './snapshot-constants';

/**
 * The snapshot: everything an adapter read from one page view, and nothing it
 * did not read. A field no source had is `null` (missing) — never a guessed 0.
 * Validated with zod when it crosses a boundary (message, storage).
 */

export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

/** Where a value came from, most trusted first. */
export const fieldSourceSchema = z.enum(['json', 'meta', 'attr', 'text']);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

export const countFieldSchema = z.object({
  value: z.number().int().min(0).max(MAX_COUNT),
  source: fieldSourceSchema,
  /** false when the page printed an abbreviation such as "12.3K". */
  exact: z.boolean(),
  /** The text as printed, when it was read from text ("12,3 k"). */
  raw: z.string().max(64).optional(),
});
export type CountField = z.infer<typeof countFieldSchema>;

export const handleSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9._]+$/, 'handle: lower-case letters, digits, dot, underscore');

export const commentSchema = z.object({
  author: z.string().max(MAX_NAME),
  text: z.string().max(MAX_TEXT),
});
export type CommentSample = z.infer<typeof commentSchema>;

export const postKindSchema = z.enum(['image', 'carousel', 'video', 'reel', 'unknown']);
export type PostKind = z.infer<typeof postKindSchema>;

const metric = z.number().int().min(0).max(MAX_COUNT).nullable();

export const postSchema = z.object({
  /** Shortcode (Instagram) or video id (TikTok). */
  id: z.string().min(1).max(64),
  kind: postKindSchema,
  pinned: z.boolean(),
  /** null = not on the page (hidden likes, not rendered), never 0 by default. */
  likes: metric,
  comments: metric,
  views: metric,
  /** Unix ms, when the page gives it. */
  takenAt: z.number().int().min(0).nullable(),
  /** Comments visible for this post (opened post page, or previews in JSON). */
  commentSamples: z.array(commentSchema).max(MAX_COMMENTS_PER_POST),
});
export type Post = z.infer<typeof postSchema>;

/** What the page as a whole is. Anything but `ok` is a distinct overlay state. */
export const pageStatusSchema = z.enum(PAGE_STATUSES);
export type PageStatus = z.infer<typeof pageStatusSchema>;

export const profileSchema = z.object({
  displayName: z.string().max(MAX_NAME).nullable(),
  bio: z.string().max(MAX_TEXT).nullable(),
  verified: z.boolean().nullable(),
  isPrivate: z.boolean().nullable(),
  followers: countFieldSchema.nullable(),
  following: countFieldSchema.nullable(),
  /** Instagram post count; TikTok video count where shown. */
  posts: countFieldSchema.nullable(),
  /** TikTok's total likes ("Likes" on the profile header). */
  likesTotal: countFieldSchema.nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

/** One profile field as read: which source gave it and through which selector or JSON path. */
export const fieldReadSchema = z.object({
  field: z.string().max(40),
  source: fieldSourceSchema,
  /** false for an abbreviation ("12.3K"); true for text and booleans read as they are. */
  exact: z.boolean(),
  via: z.string().max(160),
  raw: z.string().max(64).optional(),
});
export type FieldRead = z.infer<typeof fieldReadSchema>;

const conflictSideSchema = z.object({
  source: fieldSourceSchema,
  value: z.number().int().min(0).max(MAX_COUNT),
  exact: z.boolean(),
  raw: z.string().max(64).optional(),
});

/** Two sources that disagree beyond the rounding of their printed forms: reported, never merged. */
export const fieldConflictSchema = z.object({
  field: z.string().max(40),
  chosen: conflictSideSchema,
  other: conflictSideSchema,
});
export type FieldConflict = z.infer<typeof fieldConflictSchema>;

/**
 * How the page was read (for "What was read" and diagnostics). Optional:
 * snapshots stored before it existed stay valid.
 */
export const readInfoSchema = z.object({
  fields: z.array(fieldReadSchema).max(40),
  conflicts: z.array(fieldConflictSchema).max(20),
  /** Selectors and JSON paths that matched something on the page. */
  matched: z.array(z.string().max(160)).max(60),
  /** Work limits a huge or pathological page hit: what was cut, and where. */
  truncated: z.array(z.string().max(300)).max(20),
  /** A page state in more detail than `status` ("suspended" for a not-found account). */
  statusDetail: z.string().max(300).optional(),
});
export type ReadInfo = z.infer<typeof readInfoSchema>;

export const snapshotSchema = z.object({
  v: z.literal(SNAPSHOT_VERSION),
  platform: platformSchema,
  pageKind: z.enum(['profile', 'post']),
  url: z.string().url().max(2048),
  handle: handleSchema,
  capturedAt: z.number().int().min(0),
  status: pageStatusSchema,
  profile: profileSchema,
  /** Posts visible on a profile page; on a post page, the opened post. */
  posts: z.array(postSchema).max(MAX_POSTS),
  /** Human-readable notes on what could not be read and why. */
  missing: z.array(z.string().max(300)).max(50),
  read: readInfoSchema.optional(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
