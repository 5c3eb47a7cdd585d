import type { Post } from '../../core/snapshot';
import { asBoolean, asCount, asString, at, isObject, walkObjects, type Json, type JsonObject } from '../common/json';
import { json } from './selectors';

/**
 * TikTok's universal data, filtered to the handle the URL names: after SPA
 * navigation the blob still describes the first page loaded.
 */

export type TikTokUser = { user: JsonObject; stats: JsonObject[] };
export type TikTokJson = {
  user: TikTokUser | null;
  items: JsonObject[];
  /** statusCode of the user/video detail scope, when present. */
  statusCode: number | null;
  otherHandles: string[];
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

export function findTikTokJson(roots: Json[], handle: string): TikTokJson {
  const found: TikTokJson = { user: null, items: [], statusCode: null, otherHandles: [] };
  const others = new Set<string>();
  const seen = new Set<string>();

  for (const root of roots) {
    const scope = at(root, json.scope);
    const code = asCount(at(scope, json.userDetail, 'statusCode')) ?? asCount(at(scope, json.videoDetail, 'statusCode'));
    if (code !== null && found.statusCode === null) found.statusCode = code;
  }

  walkObjects(roots, (obj) => {
    // Profile: userInfo {user, stats}; video page: itemStruct {author, authorStats}.
    const user = isObject(obj.user) ? obj.user : null;
    const uniqueId = asString(user?.uniqueId)?.toLowerCase();
    if (user && uniqueId && isObject(obj.stats)) {
      if (uniqueId === handle) found.user ??= { user, stats: statsOf(obj, json.statsObjects) };
      else others.add(uniqueId);
    }
    if (isItem(obj)) {
      const author = authorOf(obj);
      const id = asString(obj.id) ?? '';
      if (author === handle && !seen.has(id)) {
        seen.add(id);
        found.items.push(obj);
        const authorObj = isObject(obj.author) ? obj.author : null;
        if (authorObj && isObject(obj.authorStats)) {
          found.user ??= { user: authorObj, stats: statsOf(obj, ['authorStats', 'authorStatsV2']) };
        }
      } else if (author !== handle && author) {
        others.add(author);
      }
    }
  });
  found.otherHandles = [...others];
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
    takenAt: seconds === null ? null : seconds * 1000,
    commentSamples: [],
  };
}
