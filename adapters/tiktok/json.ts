import { MAX_POSTS } from '../../core/snapshot-constants';
import type { Post } from '../../core/snapshot';
import { asBoolean, asCount, asString, at, isObject, walkObjects, type Json, type JsonObject } from '../common/json';
import { json } from './selectors';

/**
 * TikTok's universal data, filtered to the handle the URL names: after SPA
 * navigation the blob still describes the first page loaded.
 */

/** Unix seconds beyond this (year ~5138) are not a post date. */
const MAX_SECONDS = 1e11;

export type TikTokUser = { user: JsonObject; stats: JsonObject[] };
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

/** A count from `stats` (numbers) or `statsV2` (strings), whichever has it. */
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
  return isObject(user) && isObject(stats) ? { user, stats: [stats] } : null;
}

export function findTikTokJson(roots: Json[], handle: string): TikTokJson {
  const found: TikTokJson = { user: null, items: [], statusCode: null, otherHandles: [], userPath: null, complete: true, itemsFound: 0 };
  const others = new Set<string>();
  const seen = new Set<string>();

  for (const root of roots) {
    const scope = at(root, json.scope);
    const code = asCount(at(scope, json.userDetail, 'statusCode')) ?? asCount(at(scope, json.videoDetail, 'statusCode'));
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
      if (uniqueId === handle && !found.user) {
        found.user = { user, stats: statsOf(obj, json.statsObjects) };
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
          found.user = { user: authorObj, stats: statsOf(obj, ['authorStats', 'authorStatsV2']) };
          found.userPath = `json: ${json.scope}.${json.videoDetail}.itemInfo.itemStruct {author, authorStats}`;
        }
      } else if (author !== handle && author) {
        others.add(author);
      }
    }
  });
  found.otherHandles = [...others];
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
