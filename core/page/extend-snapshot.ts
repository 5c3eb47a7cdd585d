import { MAX_POSTS } from './snapshot-constants';
import type { Post, ReadInfo, Snapshot } from './snapshot';

/**
 * Posts that infinite scroll added to a profile page, sent by the content
 * script instead of the whole snapshot again (a 1,000-post snapshot costs the
 * page milliseconds to serialise on every batch; bench section 2). `base`
 * names the snapshot they extend, as the worker stored it.
 */
export interface PostsAdded {
  base: { url: string; capturedAt: number };
  capturedAt: number;
  posts: readonly Post[];
  /** The page view's read info when it changed (a post cap was reached). */
  read?: ReadInfo;
}

/** Whether `stored` is the snapshot `added` extends; if not, the page must send it whole. */
export function extendsSnapshot(stored: Snapshot | undefined, added: Pick<PostsAdded, 'base'>): stored is Snapshot {
  return (
    stored !== undefined &&
    stored.pageKind === 'profile' &&
    stored.url === added.base.url &&
    stored.capturedAt === added.base.capturedAt
  );
}

/**
 * The stored snapshot with the added posts appended in page order, by id
 * (a post already there is kept as stored; sending the same batch twice
 * changes nothing), at most MAX_POSTS.
 */
export function extendSnapshot(stored: Snapshot, added: PostsAdded): Snapshot {
  const seen = new Set(stored.posts.map((post) => post.id));
  const posts = [...stored.posts];
  for (const post of added.posts) {
    if (posts.length >= MAX_POSTS) break;
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
  }
  return {
    ...stored,
    capturedAt: Math.max(stored.capturedAt, added.capturedAt),
    posts,
    ...(added.read ? { read: added.read } : {}),
  };
}

/** A page view scrolled for longer than this starts a new history entry. */
export const SAME_VIEW_MS = 30 * 60_000;

/**
 * Whether `newer` is the same profile page view as `older`, further scrolled:
 * same URL, within SAME_VIEW_MS, and every post of `older` still there. The
 * worker then updates that history entry instead of adding one per scroll
 * batch (a long scroll once stored a snapshot for every 12 posts).
 */
export function isSameViewScrolled(older: Snapshot, newer: Snapshot): boolean {
  if (older.pageKind !== 'profile' || newer.pageKind !== 'profile' || older.url !== newer.url) return false;
  if (newer.capturedAt < older.capturedAt || newer.capturedAt - older.capturedAt > SAME_VIEW_MS) return false;
  if (newer.posts.length <= older.posts.length) return false;
  const ids = new Set(newer.posts.map((post) => post.id));
  return older.posts.every((post) => ids.has(post.id));
}
