import { z } from 'zod/mini';
import type { PostKind } from '../../core/page/snapshot';
import { MAX_COMMENTS_PER_POST, MAX_NAME, MAX_POSTS, MAX_TEXT } from '../../core/page/snapshot-constants';
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
import {
  Problems,
  boolSchema,
  codeSchema,
  loose,
  pickCount,
  plain,
  postIdSchema,
  read,
  readCount,
  readSeconds,
  secUidSchema,
  textSchema,
  userIdSchema,
  valid,
} from './api-fields';

/**
 * TikTok's own /api/… JSON, as the page-world observer saw it (SITE-DATA §2),
 * turned into ApiFacts. Runs in the worker on bodies already filtered by URL,
 * but keys on the response's root keys: the URL only supplies whom the request
 * asked about. Never throws; what does not validate becomes a note.
 */

/** Larger than this is not a TikTok page of results (the observer stops at 4 MB). */
const MAX_BODY = 8_000_000;
/** Items looked at per list: ads and live rooms are skipped, so a little over MAX_POSTS. */
const MAX_ITEMS_READ = MAX_POSTS * 2;
/** Comments looked at per body: a real page has 20–50. */
const MAX_COMMENTS_READ = MAX_COMMENTS_PER_POST * 4;

/** statusCode meanings we know (§2.2, §2.4; adapters/tiktok/selectors.ts). */
const STATUS_LABELS: Record<number, string> = {
  10201: 'not found',
  10202: 'no such account',
  10216: 'unavailable',
  10221: 'banned',
  10222: 'private',
};
const PRIVATE = 10222;

// Object shapes: only the keys we read, each checked on its own afterwards (api-fields.ts).
const rootSchema = z.object({
  statusCode: loose,
  status_code: loose,
  userInfo: loose,
  itemList: loose,
  item_list: loose,
  itemInfo: loose,
  comments: loose,
  hasMore: loose,
  has_more: loose,
  cursor: loose,
});
type Root = z.infer<typeof rootSchema>;
const userInfoSchema = z.object({ user: loose, stats: loose, statsV2: loose, itemList: loose });
const userSchema = z.object({
  id: loose,
  uniqueId: loose,
  secUid: loose,
  nickname: loose,
  signature: loose,
  verified: loose,
  privateAccount: loose,
});
type RawUser = z.infer<typeof userSchema>;
const userStatsSchema = z.object({
  followerCount: loose,
  followingCount: loose,
  videoCount: loose,
  heartCount: loose,
  heart: loose,
});
const itemStatsSchema = z.object({
  playCount: loose,
  diggCount: loose,
  commentCount: loose,
  shareCount: loose,
  collectCount: loose,
});
const itemSchema = z.object({
  id: loose,
  author: loose,
  authorStats: loose,
  authorStatsV2: loose,
  stats: loose,
  statsV2: loose,
  createTime: loose,
  isPinnedItem: loose,
  isAd: loose,
  liveRoomInfo: loose,
  imagePost: loose,
});
type RawItem = z.infer<typeof itemSchema>;
const itemInfoSchema = z.object({ itemStruct: loose });
const imagePostSchema = z.object({ images: loose });
const commentSchema = z.object({ aweme_id: loose, text: loose, create_time: loose, user: loose });
const commentUserSchema = z.object({ unique_id: loose });

type Stats = Record<string, unknown> | null;
/** Where a user and its two stats objects sit, for notes and `via`. */
type UserPaths = { user: string; v2: string; v1: string };

/** One parse: the facts being built and the notes about what was refused. */
type Ctx = { facts: ApiFacts; problems: Problems; seenPosts: Set<string> };

export function parseTikTokApi(input: ApiBody): ApiFacts {
  const facts = emptyFacts('tiktok');
  const problems = new Problems();
  try {
    facts.request = requestOf(typeof input?.url === 'string' ? input.url : '', problems);
    readBody(input, { facts, problems, seenPosts: new Set() });
  } catch {
    // Not expected: every read above is validated. Kept so the worker never sees a throw.
    problems.add('parser error');
  }
  facts.problems = problems.finish();
  return facts;
}

/** Whom the request asked about (§2.2 uniqueId/secUid, §2.3 secUid, §2.4 itemId, §2.5 aweme_id). */
function requestOf(url: string, problems: Problems): ApiFacts['request'] {
  const request: ApiFacts['request'] = { userId: null, handle: null, secUid: null, mediaPk: null, postId: null };
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    problems.add('request URL not readable');
    return request;
  }
  // §2.2: user/detail sends `secUid=` empty when it only knows the handle.
  request.secUid = valid(secUidSchema, params.get('secUid'));
  request.handle = validHandle(params.get('uniqueId'));
  for (const key of ['itemId', 'aweme_id', 'item_id']) {
    request.postId ??= valid(postIdSchema, params.get(key));
  }
  return request;
}

function readBody(input: ApiBody, ctx: Ctx): void {
  const { problems } = ctx;
  const body = typeof input?.body === 'string' ? input.body : '';
  const ok = input?.status >= 200 && input?.status < 300;
  // §2.1: unsigned calls get HTTP 200 with an empty body. Normal, not a problem.
  if (!/\S/u.test(body)) {
    if (!ok) problems.add(`HTTP ${String(input?.status)}`);
    return;
  }
  if (!ok) return problems.add(`HTTP ${String(input?.status)}: body not read`);
  if (body.length > MAX_BODY) return problems.add('body too large: not read');
  const root = parseRoot(body, problems);
  if (root) readRoot(root, ctx);
}

function parseRoot(body: string, problems: Problems): Root | null {
  let value: unknown;
  try {
    value = JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch {
    problems.add('body is not valid JSON');
    return null;
  }
  const root = valid(rootSchema, value);
  if (!root) problems.add('root is not an object');
  return root;
}

function readRoot(root: Root, ctx: Ctx): void {
  const { facts, problems } = ctx;
  const code = statusOf(root, problems);
  if (code !== 0) {
    const label = STATUS_LABELS[code];
    problems.add(`statusCode ${code}${label ? ` (${label})` : ''}`);
    // §2.1: 10222 = private. The user object still says who it is; report that, and nothing else.
    if (code === PRIVATE && root.userInfo != null) {
      facts.shapes.push('userInfo');
      readUserInfo(root.userInfo, ctx, true);
    }
    return;
  }
  // userInfo first: its statsV2 is preferred over an item's authorStatsV2 (§5.6), and users are kept first-come.
  if (root.userInfo !== undefined) {
    facts.shapes.push('userInfo');
    readUserInfo(root.userInfo, ctx, false);
  }
  for (const key of ['itemList', 'item_list'] as const) {
    if (root[key] === undefined) continue;
    facts.shapes.push(key);
    readItems(root[key], key, ctx);
  }
  if (root.itemInfo !== undefined) {
    facts.shapes.push('itemInfo');
    readItemInfo(root.itemInfo, ctx);
  }
  if (root.comments !== undefined) {
    facts.shapes.push('comments');
    readComments(root.comments, ctx);
  }
  // A page with nothing on it (no comments, no more items) has only the envelope (§2.5): normal.
  const envelope = [root.statusCode, root.status_code, root.hasMore, root.has_more, root.cursor].some(
    (v) => v !== undefined,
  );
  if (facts.shapes.length === 0 && !envelope) problems.add('no known root key');
}

/** statusCode and status_code (both sent, §2.2): the first non-zero wins; absent counts as 0. */
function statusOf(root: Root, problems: Problems): number {
  for (const key of ['statusCode', 'status_code'] as const) {
    const code = read(codeSchema, root[key], key, problems);
    const n = code === null ? 0 : Number(code);
    if (n !== 0) return n;
  }
  return 0;
}

// ——— users ———

function readUserInfo(value: unknown, ctx: Ctx, forcePrivate: boolean): void {
  const info = read(userInfoSchema, value, 'userInfo', ctx.problems);
  if (!info) return;
  if (info.user == null) {
    ctx.problems.add('userInfo: no user');
  } else {
    const paths = { user: 'userInfo.user', v2: 'userInfo.statsV2', v1: 'userInfo.stats' };
    const user = toUser(info.user, info.statsV2, info.stats, paths, ctx.problems, false);
    if (user) addUser(ctx.facts, forcePrivate ? { ...user, isPrivate: true } : user);
  }
  // The embedded webapp.user-detail can carry its first items here (§2.1); the API shape may too.
  if (!forcePrivate && info.itemList !== undefined) readItems(info.itemList, 'userInfo.itemList', ctx);
}

/**
 * A user from its object and its two stats objects. `rounded` forces every
 * count approximate: item authorStatsV2 was seen rounded (§5.6).
 */
function toUser(
  rawUser: unknown,
  rawV2: unknown,
  rawV1: unknown,
  paths: UserPaths,
  problems: Problems,
  rounded: boolean,
): ApiUser | null {
  const where = paths.user;
  const user = read(userSchema, rawUser, where, problems);
  if (!user) return null;
  const handle = handleOf(user, where, problems);
  if (!handle) return null;
  const v2 = read(userStatsSchema, rawV2, paths.v2, problems);
  const v1 = read(userStatsSchema, rawV1, paths.v1, problems);
  const count = (key: string): ApiCount | null => {
    const c = statPair(v2, v1, key, paths, problems);
    return c && rounded ? { ...c, exact: false } : c;
  };
  return {
    handle,
    id: idOf(user.id, `${where}.id`, problems),
    secUid: read(secUidSchema, user.secUid, `${where}.secUid`, problems),
    displayName: clipName(plain(sliceText(user.nickname, `${where}.nickname`, problems, MAX_NAME))),
    bio: clipText(plain(sliceText(user.signature, `${where}.signature`, problems, MAX_TEXT))),
    verified: read(boolSchema, user.verified, `${where}.verified`, problems),
    isPrivate: read(boolSchema, user.privateAccount, `${where}.privateAccount`, problems),
    followers: count('followerCount'),
    following: count('followingCount'),
    posts: count('videoCount'),
    // heartCount overflowed int32 in old payloads; `heart` holds the same total (§2.2).
    likesTotal: count('heartCount') ?? count('heart'),
    via: `api: ${where} + ${v2 ? paths.v2 : v1 ? paths.v1 : 'no stats'}`,
  };
}

function handleOf(user: RawUser, where: string, problems: Problems): string | null {
  const raw = read(textSchema, user.uniqueId, `${where}.uniqueId`, problems);
  const handle = validHandle(raw);
  if (!handle) problems.add(`${where}: no valid uniqueId`);
  return handle;
}

function idOf(value: unknown, where: string, problems: Problems): string | null {
  const id = read(userIdSchema, value, where, problems);
  return id === null ? null : String(id);
}

/** Text cut before cleaning, so a 1 MB hostile bio costs no more than a short one. */
function sliceText(value: unknown, where: string, problems: Problems, max: number): string | null {
  return read(textSchema, value, where, problems)?.slice(0, max * 2) ?? null;
}

/** One count from statsV2 and stats, with the exactness rule of §5.6 (api-fields.ts pickCount). */
function statPair(
  v2: Stats,
  v1: Stats,
  key: string,
  paths: Pick<UserPaths, 'v1' | 'v2'>,
  problems: Problems,
): ApiCount | null {
  const exact = v2 ? readCount(v2[key], `${paths.v2}.${key}`, problems) : null;
  const rounded = v1 ? readCount(v1[key], `${paths.v1}.${key}`, problems) : null;
  return pickCount(exact, rounded);
}

function addUser(facts: ApiFacts, user: ApiUser): void {
  if (!facts.users.some((u) => u.handle === user.handle)) facts.users.push(user);
}

// ——— posts ———

function readItems(value: unknown, where: string, ctx: Ctx): void {
  if (value === null) return; // an empty list is sent as null
  if (!Array.isArray(value)) return ctx.problems.add(`${where}: unexpected ${typeof value}`);
  const limit = Math.min(value.length, MAX_ITEMS_READ);
  if (value.length > limit) ctx.problems.add(`${where}: ${value.length} items, the first ${limit} read`);
  for (let i = 0; i < limit; i++) {
    if (ctx.facts.posts.length >= MAX_POSTS)
      return ctx.problems.add(`${where}: more than ${MAX_POSTS} posts, the rest not read`);
    readItem(value[i], `${where}[${i}]`, ctx);
  }
}

function readItemInfo(value: unknown, ctx: Ctx): void {
  const info = read(itemInfoSchema, value, 'itemInfo', ctx.problems);
  if (!info) return;
  if (info.itemStruct == null) return ctx.problems.add('itemInfo: no itemStruct');
  readItem(info.itemStruct, 'itemInfo.itemStruct', ctx);
}

function readItem(value: unknown, where: string, ctx: Ctx): void {
  const { problems } = ctx;
  if (value == null) return problems.add(`${where}: empty`);
  const item = read(itemSchema, value, where, problems);
  if (!item) return;
  // Ads and live rooms are not the creator's posts (§2.3; zeeschuimer skips both): skipped quietly.
  if (read(boolSchema, item.isAd, `${where}.isAd`, problems) === true || item.liveRoomInfo != null) return;
  if (item.id == null) return problems.add(`${where}: no id`);
  const id = read(postIdSchema, item.id, `${where}.id`, problems);
  if (id === null || ctx.seenPosts.has(id)) return;
  ctx.seenPosts.add(id);
  const post = toPost(item, id, where, problems);
  ctx.facts.posts.push(post);
  // The item's own author (never mentions, duets or challenges): a user, counts approximate (§5.6).
  const author = post.ownerHandle;
  if (author && isRecord(item.author) && !ctx.facts.users.some((u) => u.handle === author)) {
    const base = where.replace(/\[\d+\]$/u, '[]');
    const paths = { user: `${where}.author`, v2: `${where}.authorStatsV2`, v1: `${where}.authorStats` };
    const user = toUser(item.author, item.authorStatsV2, item.authorStats, paths, problems, true);
    if (user) addUser(ctx.facts, { ...user, via: `api: ${base}.author + authorStats (rounded)` });
  }
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toPost(item: RawItem, id: string, where: string, problems: Problems): ApiPost {
  const v2 = read(itemStatsSchema, item.statsV2, `${where}.statsV2`, problems);
  const v1 = read(itemStatsSchema, item.stats, `${where}.stats`, problems);
  const paths = { v2: `${where}.statsV2`, v1: `${where}.stats` };
  const count = (key: string) => statPair(v2, v1, key, paths, problems);
  const counts = {
    views: count('playCount'),
    likes: count('diggCount'),
    comments: count('commentCount'),
    shares: count('shareCount'),
    saves: count('collectCount'),
  };
  return {
    id,
    pk: null,
    ...ownerOf(item.author, `${where}.author`, problems),
    kind: kindOf(item.imagePost, `${where}.imagePost`, problems),
    pinned: read(boolSchema, item.isPinnedItem, `${where}.isPinnedItem`, problems) === true,
    likes: counts.likes?.value ?? null,
    comments: counts.comments?.value ?? null,
    views: counts.views?.value ?? null,
    shares: counts.shares?.value ?? null,
    saves: counts.saves?.value ?? null,
    exact: Object.values(counts).every((c) => c === null || c.exact),
    takenAt: readSeconds(item.createTime, `${where}.createTime`, problems),
    via: `api: ${where.replace(/\[\d+\]$/u, '[]')}`,
  };
}

type Owner = Pick<ApiPost, 'ownerHandle' | 'ownerId' | 'ownerSecUid'>;

/** `author` is an object today, a plain uniqueId string in old SIGI-era shapes (§2.3). */
function ownerOf(value: unknown, where: string, problems: Problems): Owner {
  const none: Owner = { ownerHandle: null, ownerId: null, ownerSecUid: null };
  if (value == null) return none;
  if (typeof value === 'string') {
    const handle = validHandle(value);
    if (!handle) problems.add(`${where}: not a valid handle`);
    return { ...none, ownerHandle: handle };
  }
  const author = read(userSchema, value, where, problems);
  if (!author) return none;
  return {
    ownerHandle: handleOf(author, where, problems),
    ownerId: idOf(author.id, `${where}.id`, problems),
    ownerSecUid: read(secUidSchema, author.secUid, `${where}.secUid`, problems),
  };
}

/**
 * Photo posts carry `imagePost.images[]` (§2.3). One image is an 'image'; more
 * (or a list we cannot read) is a 'carousel', as adapters/tiktok/json.ts calls
 * every photo post. A malformed imagePost is 'unknown'.
 */
function kindOf(value: unknown, where: string, problems: Problems): PostKind {
  if (value == null) return 'video';
  const post = read(imagePostSchema, value, where, problems);
  if (!post) return 'unknown';
  return Array.isArray(post.images) && post.images.length === 1 ? 'image' : 'carousel';
}

// ——— comments ———

function readComments(value: unknown, ctx: Ctx): void {
  const { facts, problems } = ctx;
  if (value === null) return; // §2.5: null or missing when a video has no comments
  if (!Array.isArray(value)) return problems.add(`comments: unexpected ${typeof value}`);
  const limit = Math.min(value.length, MAX_COMMENTS_READ);
  if (value.length > limit) problems.add(`comments: ${value.length} comments, the first ${limit} read`);
  const byPost = new Map<string | null, ApiComment[]>();
  for (let i = 0; i < limit; i++) {
    const where = `comments[${i}]`;
    const comment = readComment(value[i], where, problems);
    if (!comment) continue;
    // The comment names its video; the request's aweme_id is the fallback.
    const postId = read(postIdSchema, comment.postId, `${where}.aweme_id`, problems) ?? facts.request.postId;
    const list = byPost.get(postId) ?? [];
    if (list.length < MAX_COMMENTS_PER_POST) list.push(comment.comment);
    byPost.set(postId, list);
  }
  for (const [postId, comments] of byPost)
    facts.comments.push({ postId, mediaPk: null, comments, via: 'api: comments[]' });
}

function readComment(
  value: unknown,
  where: string,
  problems: Problems,
): { comment: ApiComment; postId: unknown } | null {
  const comment = read(commentSchema, value, where, problems);
  if (!comment) return null;
  // Only the handle: a nickname is not unique and cannot be compared across posts. Commenters'
  // own stats (follower_count…) are never read: they are not the creator (§2.5).
  const user = read(commentUserSchema, comment.user, `${where}.user`, problems);
  const author = validHandle(read(textSchema, user?.unique_id, `${where}.user.unique_id`, problems));
  if (!author) {
    problems.add(`${where}: no valid user.unique_id, skipped`);
    return null;
  }
  // §5.8: an image-only comment has text "". Kept as '': who commented matters to pod scoring, and
  // core/text/comment-text.ts never counts '' as a stock phrase.
  const text = clipText(plain(sliceText(comment.text, `${where}.text`, problems, MAX_TEXT))) ?? '';
  return {
    comment: { author, text, createdAt: readSeconds(comment.create_time, `${where}.create_time`, problems) },
    postId: comment.aweme_id,
  };
}
