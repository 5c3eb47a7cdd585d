import { z } from 'zod/mini';
import {
  MAX_COMMENTS_PER_POST,
  MAX_COUNT,
  MAX_NAME,
  MAX_POSTS,
  MAX_TEXT,
  PLATFORMS,
} from '../../core/page/snapshot-constants';

/**
 * The limits every ApiFacts keeps (the parsers' property tests check their
 * output against it): what joins a snapshot must fit the snapshot's schema.
 */

const id = z.string().check(z.minLength(1), z.maxLength(200));
const handle = z.string().check(z.regex(/^[a-z0-9._]{1,64}$/u));
const count = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));
const apiCount = z.nullable(z.object({ value: count, exact: z.boolean() }));
const via = z.string().check(z.maxLength(160));
const note = z.string().check(z.maxLength(300));
const time = z.nullable(z.int().check(z.minimum(0)));

const userSchema = z.object({
  handle,
  id: z.nullable(id),
  secUid: z.nullable(id),
  displayName: z.nullable(z.string().check(z.maxLength(MAX_NAME))),
  bio: z.nullable(z.string().check(z.maxLength(MAX_TEXT))),
  verified: z.nullable(z.boolean()),
  isPrivate: z.nullable(z.boolean()),
  followers: apiCount,
  following: apiCount,
  posts: apiCount,
  likesTotal: apiCount,
  via,
});

const postSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  pk: z.nullable(id),
  ownerHandle: z.nullable(handle),
  ownerId: z.nullable(id),
  ownerSecUid: z.nullable(id),
  kind: z.enum(['image', 'carousel', 'video', 'reel', 'unknown']),
  pinned: z.boolean(),
  likes: z.nullable(count),
  comments: z.nullable(count),
  views: z.nullable(count),
  shares: z.nullable(count),
  saves: z.nullable(count),
  exact: z.boolean(),
  takenAt: time,
  via,
});

const commentsSchema = z.object({
  postId: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
  mediaPk: z.nullable(id),
  comments: z
    .array(
      z.object({
        author: z.string().check(z.maxLength(MAX_NAME)),
        text: z.string().check(z.maxLength(MAX_TEXT)),
        createdAt: time,
      }),
    )
    .check(z.maxLength(MAX_COMMENTS_PER_POST)),
  via,
});

export const apiFactsSchema = z.object({
  platform: z.enum(PLATFORMS),
  users: z.array(userSchema).check(z.maxLength(50)),
  posts: z.array(postSchema).check(z.maxLength(MAX_POSTS)),
  comments: z.array(commentsSchema).check(z.maxLength(50)),
  request: z.object({
    userId: z.nullable(id),
    handle: z.nullable(handle),
    secUid: z.nullable(id),
    mediaPk: z.nullable(id),
    postId: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
  }),
  shapes: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(20)),
  problems: z.array(note).check(z.maxLength(20)),
});
