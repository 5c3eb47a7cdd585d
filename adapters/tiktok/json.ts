import { MAX_POSTS } from '../../core/page/snapshot-constants';
import type { CountField, Post } from '../../core/page/snapshot';
import { pickCount } from './stats-exactness';
import { asBoolean, asCount, asString, at, isObject, walkObjects, type Json, type JsonObject } from '../common/json';
import { json } from './selectors';

/**
 * TikTok's universal data, filtered to the handle the URL names: after SPA
 * navigation the blob still describes the first page loaded.
 */

/** Unix seconds beyond this (year ~5138) are not a post date. */
const MAX_SECONDS = 1e11;

/** The user object and its stats: `v2` exact digit strings (statsV2), `v1` numbers rounded when large (stats). */
export type TikTokUser = { user: JsonObject; stats: JsonObject[]; v2: JsonObject | null; v1: JsonObject | null };
export type TikTokJson = {
  user: TikTokUser | null;
  items: JsonObject[];
  /** statusCode of the user/video detail scope, when present. */
  statusCode: number | null;
  otherHandles: string[];
  /** Where the user came from: universal data, SIGI_STATE (before 2023) or a video's author. */
  userPath: string | null;
  /** False when a work limit stopped the read early. */
  complete: boolean;
  itemsFound: number;
};

/**
 * A user's count as a field: statsV2 first, exact unless it looks like the
 * rounded `stats` number (stats-exactness.ts; SITE-DATA §5.6–5.7).
 */
export function userCountField(user: TikTokUser, keys: string | readonly string[]): CountField | null {
  const first = (obj: JsonObject | null) => (obj ? statCount([obj], keys) : null);
  const picked = pickCount(first(user.v2), first(user.v1));
  return picked ? { value: picked.value, source: 'json', exact: picked.exact } : null;
}

/** A count from `statsV2` (strings, exact) or `stats` (numbers), in the order given. */
export function statCount(stats: JsonObject[], keys: string | readonly string[]): number | null {
  for (const key of typeof keys === 'string' ? [keys] : keys) {
    for (const s of stats) {
      const n = asCount(s[key]);
      if (n !== null) return n;
    }
  }
  return null;
}

function statsOf(obj: JsonObject, names: readonly string[]): JsonObject[] {
  return names.map((n) => obj[n]).filter(isObject);
}

function authorOf(item: JsonObject): string | null {
  return (asString(at(item, 'author', 'uniqueId')) ?? asString(item.author))?.toLowerCase() ?? null;
}

function isItem(obj: JsonObject): boolean {
  const id = asString(obj.id);
  return id !== null && /^\d{8,25}$/u.test(id) && isObject(obj.stats) && authorOf(obj) !== null;
}

/** A key of `obj` equal to `handle` ignoring case (SIGI_STATE keys users by their uniqueId as typed). */
function keyFor(obj: Json | undefined, handle: string): string | null {
  if (!isObject(obj)) return null;
  if (handle in obj) return handle;
  return Object.keys(obj).find((k) => k.toLowerCase() === handle) ?? null;
}

/** SIGI_STATE: UserModule.users[handle] and UserModule.stats[handle], side by side. */
function sigiUser(root: Json, handle: string): TikTokUser | null {
  const module = at(root, json.sigi.userModule);
  const key = keyFor(at(module, 'users'), handle);
  const user = key ? at(module, 'users', key) : undefined;
  const stats = key ? at(module, 'stats', key) : undefined;
  return isObject(user) && isObject(stats) ? { user, stats: [stats], v2: null, v1: stats } : null;
}

export function findTikTokJson(roots: Json[], handle: string): TikTokJson {
  const found: TikTokJson = {
    user: null,
    items: [],
    statusCode: null,
    otherHandles: [],
    userPath: null,
    complete: true,
    itemsFound: 0,
  };
  const others = new Set<string>();
  const seen = new Set<string>();

  // The page's own userInfo {user, stats}. Suggested accounts and other lists
  // use the same shape; when the page names its profile, only that one counts.
  const principals = new Set<JsonObject>();
  for (const root of roots) {
    const scope = at(root, json.scope);
    const info = at(scope, json.userDetail, 'userInfo');
    if (isObject(info)) principals.add(info);
    const code =
      asCount(at(scope, json.userDetail, 'statusCode')) ?? asCount(at(scope, json.videoDetail, 'statusCode'));
    if (code !== null && found.statusCode === null) found.statusCode = code;
    const sigi = found.user ? null : sigiUser(root, handle);
    if (sigi) {
      found.user = sigi;
      found.userPath = `json: SIGI_STATE ${json.sigi.userModule}.users / .stats`;
    }
  }

  found.complete = walkObjects(roots, (obj) => {
    // Profile: userInfo {user, stats}; video page: itemStruct {author, authorStats}.
    const user = isObject(obj.user) ? obj.user : null;
    const uniqueId = asString(user?.uniqueId)?.toLowerCase();
    if (user && uniqueId && isObject(obj.stats)) {
      const trusted = principals.size === 0 || principals.has(obj);
      if (uniqueId === handle && !found.user && trusted) {
        found.user = {
          user,
          stats: statsOf(obj, json.statsObjects),
          v2: isObject(obj.statsV2) ? obj.statsV2 : null,
          v1: obj.stats,
        };
        found.userPath = `json: ${json.scope}.${json.userDetail}.userInfo {user, stats}`;
      } else if (uniqueId !== handle) others.add(uniqueId);
    }
    if (isItem(obj)) {
      const author = authorOf(obj);
      const id = asString(obj.id) ?? '';
      if (author === handle && !seen.has(id)) {
        seen.add(id);
        found.itemsFound++;
        // Bounded: a page listing 100,000 videos keeps the first MAX_POSTS.
        if (found.items.length < MAX_POSTS) found.items.push(obj);
        const authorObj = isObject(obj.author) ? obj.author : null;
        if (authorObj && isObject(obj.authorStats) && !found.user) {
          found.user = {
            user: authorObj,
            stats: statsOf(obj, ['authorStatsV2', 'authorStats']),
            v2: isObject(obj.authorStatsV2) ? obj.authorStatsV2 : null,
            v1: obj.authorStats,
          };
          found.userPath = `json: ${json.scope}.${json.videoDetail}.itemInfo.itemStruct {author, authorStats}`;
        }
      } else if (author !== handle && author) {
        others.add(author);
      }
    }
  });
  const described = [...principals]
    .map((info) => asString(at(info, 'user', 'uniqueId'))?.toLowerCase())
    .filter((h): h is string => !!h);
  if (described.length > 0 && !described.includes(handle)) {
    // The blob describes another profile (SPA navigation): its lists may still
    // hold this handle's videos (suggested, related), but not this page's grid.
    found.user = null;
    found.userPath = null;
    found.items = [];
    found.itemsFound = 0;
  }
  // The profile the blob describes first, so "describes @x" names it, not a suggestion.
  found.otherHandles = [...new Set([...described.filter((h) => h !== handle), ...others])];
  if (found.itemsFound > MAX_POSTS) found.complete = false;
  return found;
}

export function itemToPost(item: JsonObject): Post {
  const stats = statsOf(item, json.statsObjects);
  const seconds = asCount(item.createTime);
  return {
    id: asString(item.id) ?? '',
    kind: isObject(item.imagePost) ? 'carousel' : 'video',
    pinned: asBoolean(item.isPinnedItem) === true,
    likes: statCount(stats, json.item.likes),
    comments: statCount(stats, json.item.comments),
    views: statCount(stats, json.item.views),
    // Seconds past year 5000 are a misread; ms must stay a safe integer.
    takenAt: seconds === null || seconds > MAX_SECONDS ? null : seconds * 1000,
    commentSamples: [],
  };
}
