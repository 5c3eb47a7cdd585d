import { z } from 'zod/mini';
import { MAX_COUNT } from '../../core/page/snapshot-constants';
import { asPk } from './api-request';

/**
 * zod/mini schemas for the objects Instagram's web API returns (SITE-DATA §1),
 * one node at a time. Every field is lenient: a value of the wrong type
 * becomes null rather than failing the node, so one odd field (a count sent
 * as an object, a user sent as an array) costs that field only. What a node
 * cannot do without (its shortcode) is checked by the reader, which names the
 * node in `problems`. Objects are parsed without their unknown keys.
 */

/** Missing, null or invalid → null (absent stays absent). */
function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(z.nullable(schema)), null);
}

/** A user or media pk: digit string or exact number (§1.2 "Treat it as a string"); a composite "<pk>_<owner>" id gives its pk. */
const pk = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value: string | number, ctx) => {
    const out = asPk(value);
    if (out === null) ctx.issues.push({ code: 'custom', message: 'not a pk', input: value });
    return out ?? '';
  }),
);

/**
 * A count: a non-negative int (§1.3 types), or the same as a digit string.
 * Negative placeholders (legacy -1 for hidden likes, §1.3), fractions and
 * values past MAX_COUNT (1e20) are not counts.
 */
const count = z.pipe(
  z.union([
    z.int(),
    z.pipe(
      z.string().check(z.regex(/^\d{1,16}$/u)),
      z.transform((s: string) => Number(s)),
    ),
  ]),
  z.int().check(z.minimum(0), z.maximum(MAX_COUNT)),
);

const text = z.string();
const flag = z.boolean();
const edgeCount = z.object({ count: lenient(count) });

export const userSchema = z.object({
  pk: lenient(pk),
  id: lenient(pk),
  username: lenient(text),
  full_name: lenient(text),
  biography: lenient(text),
  is_private: lenient(flag),
  is_verified: lenient(flag),
  // v1 names (§1.2)
  follower_count: lenient(count),
  following_count: lenient(count),
  media_count: lenient(count),
  // legacy GraphQL names (§1.6)
  edge_followed_by: lenient(edgeCount),
  edge_follow: lenient(edgeCount),
  edge_owner_to_timeline_media: lenient(z.object({ count: lenient(count), edges: lenient(z.array(z.unknown())) })),
});
export type IgUser = z.infer<typeof userSchema>;

/** v1 media (§1.3 table) and legacy GraphQL media (§1.6 table) in one: their keys do not clash. */
export const mediaSchema = z.object({
  code: lenient(text),
  shortcode: lenient(text),
  pk: lenient(pk),
  id: lenient(pk),
  taken_at: lenient(count),
  taken_at_timestamp: lenient(count),
  media_type: lenient(z.int()),
  product_type: lenient(text),
  __typename: lenient(text),
  is_video: lenient(flag),
  like_count: lenient(count),
  comment_count: lenient(count),
  view_count: lenient(count),
  play_count: lenient(count),
  ig_play_count: lenient(count),
  fb_play_count: lenient(count),
  video_view_count: lenient(count),
  edge_media_preview_like: lenient(edgeCount),
  edge_liked_by: lenient(edgeCount),
  edge_media_to_comment: lenient(edgeCount),
  edge_media_preview_comment: lenient(edgeCount),
  like_and_view_counts_disabled: lenient(flag),
  user: lenient(userSchema),
  owner: lenient(userSchema),
  timeline_pinned_user_ids: lenient(z.array(z.unknown())),
  clips_tab_pinned_user_ids: lenient(z.array(z.unknown())),
  pinned_for_users: lenient(z.array(z.unknown())),
});
export type IgMedia = z.infer<typeof mediaSchema>;

/** Comment node, GraphQL (§1.7 "Node fields") and REST (§1.7 "Comments (REST)") alike. */
export const commentSchema = z.object({
  pk: lenient(pk),
  text: lenient(text),
  created_at: lenient(count),
  user: lenient(userSchema),
});

/** `{edges:[…]}`: the edges themselves are parsed one by one. */
export const connectionSchema = z.object({ edges: z.array(z.unknown()) });

/** A pin list entry: a pk (v1 `timeline_pinned_user_ids`) or `{id}` (legacy `pinned_for_users`, §1.3). */
export const pinSchema = z.union([
  pk,
  z.pipe(
    z.object({ id: pk }),
    z.transform((o: { id: string }) => o.id),
  ),
]);
