import fc from 'fast-check';
import type { Json } from '@/adapters/common/json';

/**
 * Arbitrary JSON for fuzzing the adapters' readers, biased towards the keys
 * they look for (so generated objects reach deep code paths) and towards
 * prototype-pollution keys, which JSON.parse turns into own properties.
 */

const READER_KEYS = [
  // Instagram
  'username',
  'edge_followed_by',
  'edge_follow',
  'edge_owner_to_timeline_media',
  'count',
  'edges',
  'node',
  'shortcode',
  'code',
  'taken_at',
  'taken_at_timestamp',
  'like_count',
  'comment_count',
  'play_count',
  'edge_liked_by',
  'edge_media_to_comment',
  'owner',
  'user',
  'text',
  'full_name',
  'biography',
  'is_private',
  'is_verified',
  'follower_count',
  'media_count',
  'is_pinned',
  'pinned_for_users',
  'product_type',
  'media_type',
  '__typename',
  'like_and_view_counts_disabled',
  'comments_disabled',
  'xdt_api__v1__media__media_id__comments__connection',
  'preview_comments',
  'comments',
  'require',
  '__bbox',
  'result',
  'data',
  // TikTok
  '__DEFAULT_SCOPE__',
  'webapp.user-detail',
  'webapp.video-detail',
  'userInfo',
  'itemInfo',
  'itemStruct',
  'stats',
  'statsV2',
  'uniqueId',
  'nickname',
  'signature',
  'followerCount',
  'followingCount',
  'heartCount',
  'heart',
  'videoCount',
  'diggCount',
  'commentCount',
  'playCount',
  'createTime',
  'id',
  'author',
  'authorStats',
  'authorStatsV2',
  'isPinnedItem',
  'imagePost',
  'privateAccount',
  'verified',
  'statusCode',
  'UserModule',
  'ItemModule',
  'users',
  // Hazards
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'length',
] as const;

const HANDLES = ['janedoe', 'maya.moves', 'JaneDoe', 'other', ''];

const leaf: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1, 12_345, 1e13, 1e308, -0, 2 ** 53, 0.5, 7380007037866107687),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    ...HANDLES,
    '12345',
    '1e5',
    'NaN',
    '7380007037866107687',
    'CE0iGXlD6gN',
    'clips',
    'GraphSidecar',
    '<img src=x onerror=alert(1)>',
  ),
);

/** An object whose keys may be anything, `__proto__` included, as JSON.parse would build it. */
function objectOf(entries: Array<[string, Json]>): Json {
  const obj: { [key: string]: Json } = {};
  for (const [key, value] of entries)
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  return obj;
}

const { json } = fc.letrec<{ json: Json; object: Json; array: Json }>((tie) => ({
  json: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), tie('array')),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...READER_KEYS), fc.string({ maxLength: 6 })), tie('json')), {
      maxLength: 6,
    })
    .map(objectOf),
  array: fc.array(tie('json'), { maxLength: 5 }),
}));

/** Any JSON value, as a page could embed it: serialised and parsed again. */
export const pageJson: fc.Arbitrary<Json> = json.map((value) => JSON.parse(JSON.stringify(value)) as Json);

/** Every path to a node of `value` (objects and arrays), for mutating real payloads. */
export function nodePaths(value: Json, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => nodePaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) nodePaths(v, [...path, k], out);
  return out;
}

/** A deep copy of `root` with the node at each path replaced (a real payload, corrupted in places). */
export function replaceAt(root: Json, edits: Array<[Array<string | number>, Json]>): Json {
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  let result = copy;
  for (const [path, value] of edits) {
    if (path.length === 0) {
      result = value;
      continue;
    }
    let node: unknown = result;
    for (const key of path.slice(0, -1))
      node = node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[key];
    if (node !== null && typeof node === 'object')
      (node as Record<string | number, Json>)[path[path.length - 1] as string] = value;
  }
  return result;
}

/** Embeds JSON in a <script> as sites do: `<` escaped so no text can close the tag. */
export function scriptJson(value: Json): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
