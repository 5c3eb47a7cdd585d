import type { PostKind } from '../../core/page/snapshot';
import { MAX_COMMENTS_PER_POST, MAX_POSTS } from '../../core/page/snapshot-constants';
import {
  emptyFacts,
  type ApiBody,
  type ApiComment,
  type ApiCount,
  type ApiFacts,
  type ApiPost,
  type ApiUser,
} from '../common/api';
import { clipName, clipText, validHandle } from '../common/fields';
import { decodeBody } from './api-decode';
import { readRequest } from './api-request';
import {
  commentSchema,
  connectionSchema,
  mediaSchema,
  pinSchema,
  userSchema,
  type IgMedia,
  type IgUser,
} from './api-schemas';
import { pkToShortcode } from './api-shortcode';

/**
 * Instagram's own JSON responses (GraphQL and REST, SITE-DATA §1), as the
 * page-world observer saw them, read into ApiFacts in the worker.
 *
 * Keyed on the response's root keys, never on doc_id or query names (they
 * rotate, §1.1 and §4.1). Each node is validated on its own (api-schemas.ts),
 * so one odd node costs only itself. Only the objects a response is about are
 * reported: the root `data.user`, and posts' authors when they carry counts;
 * nested people (tagged users, coauthors, suggestions, commenters) never are.
 * Never throws: what does not fit is named in `problems` (keys and indexes,
 * never page text).
 */

/** The caps of adapters/common/api-schema.ts, which the page checks the facts against. */
const MAX_PROBLEMS = 20;
const MAX_USERS = 50;
const MAX_COMMENT_PAGES = 50;
const MAX_VIA = 160;
/** Unix seconds beyond this (year ~5138) are not a post date (as in json.ts). */
const MAX_SECONDS = 1e11;
/** Items a single-post root may list; a post page has one. */
const MAX_POST_ITEMS = 20;
/** Pin lists hold up to three owners (§1.3 "Pinned posts"); more is not a pin list. */
const MAX_PINS = 20;
const CODE = /^[A-Za-z0-9_-]{1,64}$/u;

/** Which pin list applies: the grid's (`timeline_pinned_user_ids`) or the reels tab's (`clips_tab_pinned_user_ids`), §1.3. */
type Surface = 'grid' | 'clips';
/** Who a node belongs to when it names no author itself (legacy edges nested under `data.user`). */
type Owner = { handle: string | null; id: string | null };

type Reader = {
  facts: ApiFacts;
  transport: 'graphql' | 'rest';
  /** The root user's pk, when the response has one (pins and ownerless edges refer to it). */
  profilePk: string | null;
  postIds: Set<string>;
  handles: Set<string>;
  /** Posts past MAX_POSTS, counted, not read. */
  skipped: number;
  /** Problems past MAX_PROBLEMS, counted. */
  moreProblems: number;
};

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseInstagramApi(input: ApiBody): ApiFacts {
  const facts = emptyFacts('instagram');
  const r: Reader = {
    facts,
    transport: 'graphql',
    profilePk: null,
    postIds: new Set(),
    handles: new Set(),
    skipped: 0,
    moreProblems: 0,
  };
  try {
    const url = typeof input.url === 'string' ? input.url : '';
    const requestBody = typeof input.requestBody === 'string' ? input.requestBody : null;
    r.transport = /\/graphql(?:\/|$|\?)/u.test(url) ? 'graphql' : 'rest';
    facts.request = readRequest(url, requestBody);
    const decoded = decodeBody(typeof input.body === 'string' ? input.body : '');
    for (const problem of decoded.problems) note(r, problem);
    for (const root of decoded.roots) readRoot(r, root);
  } catch {
    // The readers are written not to throw; this is the promise's last guard, keeping what was read.
    note(r, 'parser: stopped early on an unexpected value');
  }
  finish(r);
  return facts;
}

function note(r: Reader, problem: string): void {
  const problems = r.facts.problems;
  if (problems.includes(problem)) return;
  if (problems.length < MAX_PROBLEMS) problems.push(problem.slice(0, 300));
  else r.moreProblems++;
}

function finish(r: Reader): void {
  if (r.skipped > 0) note(r, `posts: ${r.skipped} past the cap of ${MAX_POSTS} skipped`);
  if (r.moreProblems > 0) r.facts.problems[MAX_PROBLEMS - 1] = `and ${r.moreProblems + 1} more problems`;
}

function viaOf(r: Reader, where: string): string {
  return `api: ${r.transport} ${where}`.slice(0, MAX_VIA);
}

function addShape(r: Reader, key: string): void {
  if (!r.facts.shapes.includes(key)) r.facts.shapes.push(key);
}

// ---------------------------------------------------------------------------
// Roots

/** GraphQL roots under `data`, in the order they are read: the profile first, so its pk is known to the edges. */
const DATA_ROOTS: ReadonlyArray<readonly [string, (r: Reader, key: string, value: Obj) => void]> = [
  ['user', readProfile],
  ['fetch__XDTUserDict', readUserDict],
  ['xdt_api__v1__feed__user_timeline_graphql_connection', (r, key, value) => readConnection(r, key, value, 'grid')],
  ['xdt_api__v1__clips__user__connection_v2', (r, key, value) => readConnection(r, key, value, 'clips')],
  ['xdt_api__v1__media__shortcode__web_info', readWebInfo],
  ['xdt_shortcode_media', (r, key, value) => readMedia(r, value, key, 'grid', null)],
  ['xig_polaris_media', readLoggedOutMedia],
  ['xdt_api__v1__media__media_id__comments__connection', readCommentConnection],
];

function readRoot(r: Reader, root: unknown): void {
  if (!isObj(root)) {
    note(r, 'body: not a JSON object');
    return;
  }
  if (Array.isArray(root.errors) && root.errors.length > 0)
    note(r, `errors: ${root.errors.length} reported by the site`);
  if (isObj(root.data)) readData(r, root.data);
  else if (root.data !== undefined && root.data !== null) note(r, 'data: not an object');
  readRest(r, root);
}

function readData(r: Reader, data: Obj): void {
  for (const [key, read] of DATA_ROOTS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    if (!isObj(value)) {
      note(r, `${key}: not an object`);
      continue;
    }
    addShape(r, key);
    read(r, key, value);
  }
}

/** REST shapes: `items` (§1.4 clips `items[].media`, §1.5 feed `items[]`) and `comments` (§1.7). */
function readRest(r: Reader, root: Obj): void {
  if (root.items !== undefined) {
    if (!Array.isArray(root.items)) note(r, 'items: not a list');
    else {
      addShape(r, 'items');
      readList(
        r,
        'items',
        root.items,
        (item) => (isObj(item) && isObj(item.media) ? [item.media, 'clips'] : [item, 'grid']),
        null,
      );
    }
  }
  if (root.comments !== undefined && root.comments !== null) {
    if (!Array.isArray(root.comments)) note(r, 'comments: not a list');
    else {
      addShape(r, 'comments');
      readComments(r, 'comments', root.comments);
    }
  }
}

// ---------------------------------------------------------------------------
// Users

function apiCount(value: number | null | undefined): ApiCount | null {
  return value === null || value === undefined ? null : { value, exact: true };
}

function followersOf(u: IgUser): number | null {
  return u.follower_count ?? u.edge_followed_by?.count ?? null;
}

function followingOf(u: IgUser): number | null {
  return u.following_count ?? u.edge_follow?.count ?? null;
}

function postCountOf(u: IgUser): number | null {
  return u.media_count ?? u.edge_owner_to_timeline_media?.count ?? null;
}

/** A stub (pk and username only) says nothing about the account; a full user object carries its counts. */
function hasCounts(u: IgUser): boolean {
  return followersOf(u) !== null || followingOf(u) !== null || postCountOf(u) !== null;
}

function toApiUser(u: IgUser, via: string): ApiUser | null {
  const handle = validHandle(u.username);
  if (handle === null) return null;
  return {
    handle,
    id: u.pk ?? u.id ?? null,
    secUid: null,
    displayName: clipName(u.full_name),
    bio: clipText(u.biography),
    verified: u.is_verified ?? null,
    isPrivate: u.is_private ?? null,
    followers: apiCount(followersOf(u)),
    following: apiCount(followingOf(u)),
    posts: apiCount(postCountOf(u)),
    likesTotal: null,
    via,
  };
}

function addUser(r: Reader, user: ApiUser): void {
  if (r.handles.has(user.handle) || r.facts.users.length >= MAX_USERS) return;
  r.handles.add(user.handle);
  r.facts.users.push(user);
}

/** `data.user`: PolarisProfilePageContentQuery (§1.2), web_profile_info and the logged-out legacy timeline (§1.6). */
function readProfile(r: Reader, key: string, value: Obj): void {
  const parsed = userSchema.safeParse(value);
  if (!parsed.success) {
    note(r, `${key}: unreadable`);
    return;
  }
  const u = parsed.data;
  r.profilePk ??= u.pk ?? u.id ?? null;
  const user = toApiUser(u, viaOf(r, `data.${key}`));
  if (user) addUser(r, user);
  else if (u.username !== undefined && u.username !== null) note(r, `${key}: no valid handle`);
  const edges = u.edge_owner_to_timeline_media?.edges;
  if (edges) {
    const where = `${key}.edge_owner_to_timeline_media`;
    // Edges nested under the user are that user's posts, whether or not each node repeats its owner.
    const owner: Owner = { handle: user?.handle ?? null, id: u.pk ?? u.id ?? null };
    readList(r, where, edges, (edge) => [isObj(edge) ? edge.node : undefined, 'grid'], owner);
  }
}

/** `data.fetch__XDTUserDict`: the reels tab's root since 2026-08 (§1.4, [P]); a user dict holding `clips_connection`. */
function readUserDict(r: Reader, key: string, value: Obj): void {
  const parsed = userSchema.safeParse(value);
  if (parsed.success) {
    const u = parsed.data;
    r.profilePk ??= u.pk ?? u.id ?? null;
    // It is the user the response is about; reported only when it says something (counts), like a post's author.
    const user = hasCounts(u) ? toApiUser(u, viaOf(r, `data.${key}`)) : null;
    if (user) addUser(r, user);
  }
  const clips = value.clips_connection;
  if (clips === undefined || clips === null) return;
  if (!isObj(clips)) note(r, `${key}.clips_connection: not an object`);
  else readConnection(r, `${key}.clips_connection`, clips, 'clips');
}

// ---------------------------------------------------------------------------
// Posts

/** `{edges:[{node}]}`; on the reels connections the media sits one level down, at `node.media` (§1.4). */
function readConnection(r: Reader, key: string, value: Obj, surface: Surface): void {
  const parsed = connectionSchema.safeParse(value);
  if (!parsed.success) {
    note(r, `${key}: no edges`);
    return;
  }
  readList(
    r,
    key,
    parsed.data.edges,
    (edge) => {
      const node = isObj(edge) ? edge.node : undefined;
      if (surface === 'grid') return [node, surface];
      return [isObj(node) ? node.media : undefined, surface];
    },
    null,
  );
}

/** `xdt_api__v1__media__shortcode__web_info.items[0]`: the post page (§1.7). */
function readWebInfo(r: Reader, key: string, value: Obj): void {
  if (!Array.isArray(value.items)) {
    note(r, `${key}: no items`);
    return;
  }
  readList(r, `${key}.items`, value.items.slice(0, MAX_POST_ITEMS), (item) => [item, 'grid'], null);
}

/**
 * `xig_polaris_media.if_not_gated_logged_out` (§1.7, logged out). SITE-DATA
 * names the path only; public test fixtures show a v1 media object there,
 * and null when the post is gated (nothing to read, not a problem).
 */
function readLoggedOutMedia(r: Reader, key: string, value: Obj): void {
  const media = value.if_not_gated_logged_out;
  if (media === undefined || media === null) return;
  readMedia(r, media, `${key}.if_not_gated_logged_out`, 'grid', null);
}

/** Reads each entry's media, stopping (and counting the rest) at MAX_POSTS. */
function readList(
  r: Reader,
  where: string,
  list: unknown[],
  pick: (entry: unknown) => [unknown, Surface],
  owner: Owner | null,
): void {
  for (let i = 0; i < list.length; i++) {
    if (r.facts.posts.length >= MAX_POSTS) {
      r.skipped += list.length - i;
      return;
    }
    const [media, surface] = pick(list[i]);
    if (media === undefined || media === null) note(r, `${where}[${i}]: no media`);
    else readMedia(r, media, `${where}[${i}]`, surface, owner);
  }
}

function readMedia(r: Reader, value: unknown, where: string, surface: Surface, owner: Owner | null): void {
  const parsed = mediaSchema.safeParse(value);
  if (!parsed.success) {
    note(r, `${where}: not an object`);
    return;
  }
  const m = parsed.data;
  // Sponsored items in a feed are not the creator's posts (§1.3 `product_type` "ad"; zeeschuimer filters them).
  if (m.product_type === 'ad') return;
  const via = viaOf(r, where.replace(/\[\d+\]$/u, ''));
  const post = toApiPost(r, m, surface, via, owner);
  if (post === null) {
    note(r, `${where}: no shortcode`);
    return;
  }
  if (r.postIds.has(post.id)) return;
  if (r.facts.posts.length >= MAX_POSTS) {
    r.skipped++;
    return;
  }
  r.postIds.add(post.id);
  r.facts.posts.push(post);
  const author = m.user ?? m.owner;
  const user =
    author && hasCounts(author) ? toApiUser(author, `${via}.${m.user ? 'user' : 'owner'}`.slice(0, MAX_VIA)) : null;
  if (user) addUser(r, user);
}

function validCode(value: string | null | undefined): string | null {
  return typeof value === 'string' && CODE.test(value) ? value : null;
}

/** Unix seconds → ms, or null when it is no plausible date. */
function toMs(seconds: number | null | undefined): number | null {
  return seconds === null || seconds === undefined || seconds <= 0 || seconds > MAX_SECONDS ? null : seconds * 1000;
}

function firstOf(...values: Array<number | null | undefined>): number | null {
  for (const value of values) if (value !== null && value !== undefined) return value;
  return null;
}

function toApiPost(r: Reader, m: IgMedia, surface: Surface, via: string, owner: Owner | null): ApiPost | null {
  const pk = m.pk ?? m.id ?? null;
  // `code` is the shortcode the grid links (§1.3); the legacy name is `shortcode` (§1.6); else it is the pk's own.
  const id = validCode(m.code) ?? validCode(m.shortcode) ?? (pk === null ? null : pkToShortcode(pk));
  if (id === null) return null;
  const author = m.user ?? m.owner ?? null;
  const ownerId = author?.pk ?? author?.id ?? owner?.id ?? null;
  // Hidden likes (§1.3, §4.3): the number beside the flag is a placeholder (3, -1, null were all seen).
  const hidden = m.like_and_view_counts_disabled === true;
  return {
    id,
    pk,
    ownerHandle: validHandle(author?.username) ?? owner?.handle ?? null,
    ownerId,
    ownerSecUid: null,
    kind: kindOf(m, surface),
    pinned: isPinned(r, m, surface, ownerId),
    likes: hidden ? null : firstOf(m.like_count, m.edge_media_preview_like?.count, m.edge_liked_by?.count),
    comments: firstOf(m.comment_count, m.edge_media_to_comment?.count, m.edge_media_preview_comment?.count),
    // §1.3 "views": the first of the names seen; grid nodes carry none (§5.1), reels carry play_count.
    views: hidden ? null : firstOf(m.view_count, m.play_count, m.ig_play_count, m.fb_play_count, m.video_view_count),
    shares: null,
    saves: null,
    exact: true,
    takenAt: toMs(m.taken_at ?? m.taken_at_timestamp),
    via,
  };
}

/** media_type 1/2/8 and product_type "clips" (§1.3); `__typename` Graph…/XDTGraph… and is_video (§1.6). */
function kindOf(m: IgMedia, surface: Surface): PostKind {
  const typename = m.__typename ?? '';
  if (m.media_type === 8 || /Sidecar/u.test(typename)) return 'carousel';
  if (m.product_type === 'clips') return 'reel';
  if (m.media_type === 2 || /Video/u.test(typename) || m.is_video === true) return 'video';
  if (m.media_type === 1 || /Image/u.test(typename)) return 'image';
  // Everything the reels tab lists is a reel, even a reduced node that does not say so.
  return surface === 'clips' ? 'reel' : 'unknown';
}

/**
 * Pinned when the pin list for the surface names the profile whose grid this
 * is: the request's or the response's user when known (a collab post is
 * pinned on the grid of whoever pinned it), else the node's own author
 * (§1.3). Real unpinned nodes carry null (§5.3). A list naming nobody we can
 * identify still marks a pin: such lists only ever name the post's owners.
 */
function isPinned(r: Reader, m: IgMedia, surface: Surface, ownerId: string | null): boolean {
  const lists = surface === 'clips' ? [m.clips_tab_pinned_user_ids] : [m.timeline_pinned_user_ids, m.pinned_for_users];
  const pins: string[] = [];
  for (const list of lists) {
    for (const entry of (list ?? []).slice(0, MAX_PINS)) {
      const pin = pinSchema.safeParse(entry);
      if (pin.success) pins.push(pin.data);
    }
  }
  if (pins.length === 0) return false;
  const profile = r.facts.request.userId ?? r.profilePk ?? ownerId;
  return profile === null || pins.includes(profile);
}

// ---------------------------------------------------------------------------
// Comments

/** `xdt_api__v1__media__media_id__comments__connection.edges[].node` (§1.7); the media is named by the request's `media_id`. */
function readCommentConnection(r: Reader, key: string, value: Obj): void {
  const parsed = connectionSchema.safeParse(value);
  if (!parsed.success) {
    note(r, `${key}: no edges`);
    return;
  }
  readComments(
    r,
    key,
    parsed.data.edges.map((edge) => (isObj(edge) ? edge.node : edge)),
  );
}

function readComments(r: Reader, where: string, list: unknown[]): void {
  if (r.facts.comments.length >= MAX_COMMENT_PAGES) return;
  const comments: ApiComment[] = [];
  for (let i = 0; i < list.length; i++) {
    if (comments.length >= MAX_COMMENTS_PER_POST) {
      note(r, `${where}: more than ${MAX_COMMENTS_PER_POST} comments, the rest skipped`);
      break;
    }
    const comment = readComment(r, `${where}[${i}]`, list[i]);
    if (comment) comments.push(comment);
  }
  const { mediaPk, postId } = r.facts.request;
  if (mediaPk === null && postId === null) note(r, `${where}: the post is not named`);
  r.facts.comments.push({ postId, mediaPk, comments, via: viaOf(r, where) });
}

function readComment(r: Reader, where: string, value: unknown): ApiComment | null {
  const parsed = commentSchema.safeParse(value);
  if (!parsed.success) {
    note(r, `${where}: not an object`);
    return null;
  }
  const c = parsed.data;
  const author = validHandle(c.user?.username);
  if (author === null) {
    note(r, `${where}: no valid author`);
    return null;
  }
  // Sticker- or GIF-only comments have no text: nothing to read, not a problem.
  const text = clipText(c.text);
  return text === null ? null : { author, text, createdAt: toMs(c.created_at) };
}
