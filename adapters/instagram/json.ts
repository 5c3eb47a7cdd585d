import type { CommentSample, Post, PostKind } from '../../core/page/snapshot';
import { MAX_COMMENTS_PER_POST, MAX_POSTS } from '../../core/page/snapshot-constants';
import { clipName, clipText } from '../common/fields';
import {
  asArray,
  asBoolean,
  asCount,
  asString,
  at,
  isObject,
  walkObjects,
  type Json,
  type JsonObject,
} from '../common/json';
import { mediaKeys, userKeys } from './selectors';

/**
 * Finds, in Instagram's embedded JSON, the user and media objects that belong
 * to the page the URL names. The JSON is only as fresh as the last full page
 * load: after SPA navigation it still describes the first profile, so objects
 * for any other handle or shortcode are ignored (and named in `otherHandles`).
 */

/** Unix seconds beyond this (year ~5138) are not a post date. */
const MAX_SECONDS = 1e11;

export type InstagramJson = {
  user: JsonObject | null;
  /** Media for the page: the profile's posts, or the opened post alone. */
  media: JsonObject[];
  /** Comments from the post page's comment query (only when the post matched). */
  comments: CommentSample[];
  otherHandles: string[];
  /** False when a work limit stopped the read early (huge blob, too many posts). */
  complete: boolean;
  /** Media objects the JSON holds for the page, counted even past the cap. */
  mediaFound: number;
};

type Target = { handle: string | null; postId: string | null };

export function firstCount(obj: JsonObject, paths: ReadonlyArray<ReadonlyArray<string>>): number | null {
  for (const path of paths) {
    const n = asCount(at(obj, ...path));
    if (n !== null) return n;
  }
  return null;
}

/**
 * A full profile carries its follower count; stubs (related profiles, likers,
 * commenters) share the username key but not the stats, and must not stand in.
 */
function hasUserStats(obj: JsonObject): boolean {
  return firstCount(obj, userKeys.followers) !== null;
}

export function mediaId(obj: JsonObject): string | null {
  for (const key of mediaKeys.id) {
    const id = asString(obj[key]);
    if (id && /^[A-Za-z0-9_-]{1,64}$/u.test(id)) return id;
  }
  return null;
}

function isMedia(obj: JsonObject): boolean {
  return mediaId(obj) !== null && mediaKeys.takenAt.some((k) => k in obj);
}

function ownerOf(obj: JsonObject): string | null {
  return asString(at(obj, 'owner', 'username')) ?? asString(at(obj, 'user', 'username'));
}

export function findInstagramJson(roots: Json[], target: Target): InstagramJson {
  const handle = target.handle;
  const best: { user: JsonObject | null } = { user: null };
  const others = new Set<string>();
  const media: JsonObject[] = [];
  const connections: Json[] = [];
  let mediaFound = 0;

  // Users with counts, in walk order, and the ones a query returned as its
  // `data.user`: the page's own profile. Suggested accounts, related profiles,
  // likers, commenters and the logged-in viewer carry counts too, nested in
  // lists or under other keys; they are never the page's profile.
  const users: JsonObject[] = [];
  const principals = new Set<JsonObject>();

  const walked = walkObjects(roots, (obj) => {
    const principal = at(obj, 'data', 'user');
    if (isObject(principal)) principals.add(principal);
    const username = asString(obj.username);
    if (username && hasUserStats(obj)) users.push(obj);
    if (isMedia(obj)) {
      // Another account's media (a suggested reel, a related post) is neither
      // counted as found nor allowed to fill the cap.
      const owner = ownerOf(obj)?.toLowerCase() ?? null;
      const forPage = target.postId !== null ? mediaId(obj) === target.postId : owner === null || owner === handle;
      if (forPage) {
        mediaFound++;
        // Bounded: a page listing 100,000 posts keeps the first MAX_POSTS.
        if (media.length < MAX_POSTS) media.push(obj);
      }
    }
    const connection = obj.xdt_api__v1__media__media_id__comments__connection;
    if (connection !== undefined) connections.push(connection);
  });

  const nameOf = (u: JsonObject) => asString(u.username)?.toLowerCase() ?? '';
  const principalUsers = users.filter((u) => principals.has(u));
  const matching = users.filter((u) => handle !== null && nameOf(u) === handle);
  // The page's profile when a query named one; only without any (older or
  // unusual payloads) does a bare user object with counts stand in.
  best.user = matching.find((u) => principals.has(u)) ?? (principalUsers.length === 0 ? (matching[0] ?? null) : null);
  if (target.postId === null) {
    // The profile the JSON describes first, so "describes @x" names it, not a suggestion.
    for (const u of [...principalUsers, ...users]) if (nameOf(u) !== handle && nameOf(u) !== '') others.add(nameOf(u));
  }

  if (target.postId !== null) {
    const item =
      media.find((m) => mediaId(m) === target.postId && ownerOf(m) !== null) ??
      media.find((m) => mediaId(m) === target.postId);
    if (!item) return { user: null, media: [], comments: [], otherHandles: [], complete: walked, mediaFound: 0 };
    const owner = ownerOf(item)?.toLowerCase() ?? null;
    const ownerUser = isObject(item.owner) ? item.owner : isObject(item.user) ? item.user : null;
    const comments = [...commentsOf(item), ...connections.flatMap(readCommentList)].slice(0, MAX_COMMENTS_PER_POST);
    const otherHandles = owner && handle && owner !== handle ? [owner] : [];
    return { user: ownerUser, media: [item], comments, otherHandles, complete: walked, mediaFound: 1 };
  }

  const found = best.user;
  const byId = new Map<string, JsonObject>();
  let complete = walked;
  if (found) {
    const edges = asArray(at(found, ...userKeys.timeline));
    if (edges.length > MAX_POSTS) complete = false;
    mediaFound = Math.max(mediaFound, edges.length);
    for (const edge of edges.slice(0, MAX_POSTS)) {
      const node = at(edge, 'node');
      const id = isObject(node) ? mediaId(node) : null;
      if (isObject(node) && id) byId.set(id, node);
    }
    for (const m of media) {
      if (byId.size >= MAX_POSTS) break;
      const id = mediaId(m);
      if (id && !byId.has(id) && ownerOf(m)?.toLowerCase() === handle) byId.set(id, m);
    }
    if (mediaFound > MAX_POSTS) complete = false;
  }
  return { user: found, media: [...byId.values()], comments: [], otherHandles: [...others], complete, mediaFound };
}

function kindOf(obj: JsonObject): PostKind {
  const typename = asString(obj.__typename) ?? '';
  const mediaType = asCount(obj.media_type);
  const isClip = obj.product_type === 'clips';
  if (/Sidecar/u.test(typename) || mediaType === 8) return 'carousel';
  if (isClip) return 'reel';
  if (/Video/u.test(typename) || mediaType === 2 || obj.is_video === true) return 'video';
  if (/Image/u.test(typename) || mediaType === 1) return 'image';
  return 'unknown';
}

function isPinned(obj: JsonObject): boolean {
  return obj.is_pinned === true || mediaKeys.pinnedLists.some((k) => asArray(obj[k]).length > 0);
}

function readCommentList(list: Json | undefined): CommentSample[] {
  const items = Array.isArray(list) ? list : asArray(at(list, 'edges'));
  const out: CommentSample[] = [];
  for (const item of items) {
    if (out.length >= MAX_COMMENTS_PER_POST) break;
    const node = isObject(item) && isObject(item.node) ? item.node : item;
    if (!isObject(node)) continue;
    const text = clipText(asString(node.text));
    const author = clipName(ownerOf(node));
    if (text === null || author === null) continue;
    // created_at is unix seconds; burst timing compares it with the post's taken_at.
    const seconds = asCount(node.created_at);
    const at = seconds === null || seconds <= 0 || seconds > MAX_SECONDS ? null : seconds * 1000;
    out.push(at === null ? { author, text } : { author, text, at });
  }
  return out;
}

function commentsOf(obj: JsonObject): CommentSample[] {
  for (const key of mediaKeys.commentLists) {
    const found = readCommentList(obj[key]);
    if (found.length > 0) return found;
  }
  return [];
}

/** One media object as a Post; likes stay null when the owner hid them. */
export function mediaToPost(obj: JsonObject, id: string): Post {
  const hidden = asBoolean(obj.like_and_view_counts_disabled) === true;
  const seconds = mediaKeys.takenAt.map((k) => asCount(obj[k])).find((n) => n !== null) ?? null;
  return {
    id,
    kind: kindOf(obj),
    pinned: isPinned(obj),
    likes: hidden ? null : firstCount(obj, mediaKeys.likes),
    comments: obj.comments_disabled === true ? null : firstCount(obj, mediaKeys.comments),
    views: hidden ? null : firstCount(obj, mediaKeys.views),
    // Seconds past year 5000 are a misread; ms must stay a safe integer.
    takenAt: seconds === null || seconds > MAX_SECONDS ? null : seconds * 1000,
    commentSamples: commentsOf(obj),
  };
}
