import type { ApiComment, ApiCount, ApiFacts, ApiPost, ApiUser } from './api';

/**
 * What the site's own API responses have said in this tab, indexed so the
 * creator on screen can be looked up by handle, and tied by the ids the
 * responses carry (Instagram user pk, TikTok secUid) when a response names no
 * handle. It lives as long as the tab's content script: data prefetched for
 * the next creator (a hover card, a suggestion) is there when the marketer
 * hops to them, and never touches the creator on screen, because every
 * lookup goes through the owner's identity.
 *
 * Bounded: a day of scrolling must not grow the page's heap without end.
 */

const MAX_USERS = 200;
const MAX_POSTS = 6000;
const MAX_COMMENTED_POSTS = 200;
const MAX_COMMENTS_PER_POST = 500;
const MAX_NOTES = 20;

type StoredPost = ApiPost & {
  /** The owner as the request named it, for items without an author (TikTok item lists). */
  requestUserId: string | null;
  requestSecUid: string | null;
  requestHandle: string | null;
};

/** Maps keep insertion order: re-inserting moves a key to the end, so the oldest is first (a bounded LRU). */
function touch<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}

/** A later reading of the same count replaces the earlier one; the two are never added (SITE-DATA §5.4). */
function newer(known: StoredPost | undefined, next: StoredPost): StoredPost {
  if (!known) return next;
  return {
    ...known,
    ...next,
    ownerHandle: next.ownerHandle ?? known.ownerHandle,
    ownerId: next.ownerId ?? known.ownerId,
    ownerSecUid: next.ownerSecUid ?? known.ownerSecUid,
    pk: next.pk ?? known.pk,
    kind: next.kind === 'unknown' ? known.kind : next.kind,
    // A reduced shape (the reels tab) says nothing of pins or dates it lacks.
    pinned: next.pinned || known.pinned,
    likes: next.likes ?? known.likes,
    comments: next.comments ?? known.comments,
    views: next.views ?? known.views,
    shares: next.shares ?? known.shares,
    saves: next.saves ?? known.saves,
    takenAt: next.takenAt ?? known.takenAt,
    requestUserId: next.requestUserId ?? known.requestUserId,
    requestSecUid: next.requestSecUid ?? known.requestSecUid,
    requestHandle: next.requestHandle ?? known.requestHandle,
  };
}

/**
 * A later description of the same user: each count keeps an exact reading
 * over a rounded one (a TikTok item list's author stats are rounded; the
 * user detail's statsV2 exact), and a newer reading over an older one of the
 * same kind; other fields take the newer value where it has one.
 */
function mergeUser(known: ApiUser | undefined, next: ApiUser): ApiUser {
  if (!known) return next;
  const count = (a: ApiCount | null, b: ApiCount | null): ApiCount | null =>
    b === null ? a : a !== null && a.exact && !b.exact ? a : b;
  return {
    ...next,
    id: next.id ?? known.id,
    secUid: next.secUid ?? known.secUid,
    displayName: next.displayName ?? known.displayName,
    bio: next.bio ?? known.bio,
    verified: next.verified ?? known.verified,
    isPrivate: next.isPrivate ?? known.isPrivate,
    followers: count(known.followers, next.followers),
    following: count(known.following, next.following),
    posts: count(known.posts, next.posts),
    likesTotal: count(known.likesTotal, next.likesTotal),
    via: next.followers?.exact === false && known.followers?.exact === true ? known.via : next.via,
  };
}

/** One comment once, even when the site fetches the same page twice; repeats at other times are kept (pod evidence). */
function commentKey(c: ApiComment): string | null {
  return c.createdAt === null ? null : JSON.stringify([c.author.toLowerCase(), c.text, c.createdAt]);
}

export class ApiKnowledge {
  private readonly users = new Map<string, ApiUser>();
  private readonly handleById = new Map<string, string>();
  private readonly handleBySecUid = new Map<string, string>();
  private readonly posts = new Map<string, StoredPost>();
  private readonly postIdByPk = new Map<string, string>();
  private readonly commentsByPost = new Map<string, ApiComment[]>();
  /** Comments that named only a media pk we have not seen a post for yet. */
  private readonly commentsByPk = new Map<string, ApiComment[]>();
  private readonly shapesByHandle = new Map<string, Set<string>>();
  /** Responses handed to the parser, and those it found nothing in (for diagnostics). */
  responses = 0;
  unrecognised = 0;
  readonly problems: string[] = [];

  /**
   * Takes one response's facts; returns the handles and post ids it told
   * something about, so the page knows whether the creator on screen changed.
   */
  ingest(facts: ApiFacts): { handles: Set<string>; postIds: Set<string> } {
    this.responses++;
    const handles = new Set<string>();
    const postIds = new Set<string>();
    const nothing = facts.users.length === 0 && facts.posts.length === 0 && facts.comments.length === 0;
    if (nothing && facts.shapes.length === 0 && facts.problems.length > 0) this.unrecognised++;
    for (const note of facts.problems) if (this.problems.length < MAX_NOTES) this.problems.push(note);

    for (const user of facts.users) {
      touch(this.users, user.handle, mergeUser(this.users.get(user.handle), user), MAX_USERS);
      if (user.id) touch(this.handleById, user.id, user.handle, MAX_USERS * 2);
      if (user.secUid) touch(this.handleBySecUid, user.secUid, user.handle, MAX_USERS * 2);
      handles.add(user.handle);
    }
    // Authors named in full teach the ids that later items may carry alone.
    for (const post of facts.posts) {
      if (post.ownerHandle && post.ownerId) touch(this.handleById, post.ownerId, post.ownerHandle, MAX_USERS * 2);
      if (post.ownerHandle && post.ownerSecUid)
        touch(this.handleBySecUid, post.ownerSecUid, post.ownerHandle, MAX_USERS * 2);
    }
    const request = facts.request;
    for (const post of facts.posts) {
      const stored: StoredPost = {
        ...post,
        requestUserId: request.userId,
        requestSecUid: request.secUid,
        requestHandle: request.handle,
      };
      touch(this.posts, post.id, newer(this.posts.get(post.id), stored), MAX_POSTS);
      if (post.pk) {
        touch(this.postIdByPk, post.pk, post.id, MAX_POSTS);
        const waiting = this.commentsByPk.get(post.pk);
        if (waiting) {
          this.commentsByPk.delete(post.pk);
          this.addComments(post.id, waiting);
        }
      }
      postIds.add(post.id);
      const owner = this.ownerOf(post.id);
      if (owner) handles.add(owner);
    }
    for (const page of facts.comments) {
      const pk = page.mediaPk ?? request.mediaPk;
      const postId = page.postId ?? request.postId ?? (pk ? this.postIdByPk.get(pk) : undefined) ?? null;
      if (postId) {
        this.addComments(postId, page.comments);
        postIds.add(postId);
        const owner = this.ownerOf(postId);
        if (owner) handles.add(owner);
      } else if (pk) {
        touch(
          this.commentsByPk,
          pk,
          [...(this.commentsByPk.get(pk) ?? []), ...page.comments].slice(0, MAX_COMMENTS_PER_POST),
          MAX_COMMENTED_POSTS,
        );
      }
    }
    for (const handle of handles) {
      const shapes = this.shapesByHandle.get(handle) ?? new Set<string>();
      for (const shape of facts.shapes) shapes.add(shape);
      touch(this.shapesByHandle, handle, shapes, MAX_USERS);
    }
    return { handles, postIds };
  }

  private addComments(postId: string, comments: readonly ApiComment[]): void {
    const list = [...(this.commentsByPost.get(postId) ?? [])];
    const seen = new Set(list.map(commentKey).filter((k): k is string => k !== null));
    for (const comment of comments) {
      if (list.length >= MAX_COMMENTS_PER_POST) break;
      const key = commentKey(comment);
      if (key !== null && seen.has(key)) continue;
      if (key !== null) seen.add(key);
      list.push(comment);
    }
    touch(this.commentsByPost, postId, list, MAX_COMMENTED_POSTS);
  }

  /** The handle a post belongs to: its author as named, else by the ids it or its request carried. */
  ownerOf(postId: string): string | null {
    const post = this.posts.get(postId);
    if (!post) return null;
    return (
      post.ownerHandle ??
      (post.ownerId ? this.handleById.get(post.ownerId) : undefined) ??
      (post.ownerSecUid ? this.handleBySecUid.get(post.ownerSecUid) : undefined) ??
      post.requestHandle ??
      (post.requestUserId ? this.handleById.get(post.requestUserId) : undefined) ??
      (post.requestSecUid ? this.handleBySecUid.get(post.requestSecUid) : undefined) ??
      null
    );
  }

  user(handle: string): ApiUser | null {
    return this.users.get(handle) ?? null;
  }

  post(postId: string): ApiPost | null {
    return this.posts.get(postId) ?? null;
  }

  /** The creator's posts the API described, in the order first seen (pinned first, as the sites send them). */
  postsOf(handle: string): ApiPost[] {
    const out: ApiPost[] = [];
    for (const [id, post] of this.posts) if (this.ownerOf(id) === handle) out.push(post);
    return out;
  }

  comments(postId: string): readonly ApiComment[] {
    return this.commentsByPost.get(postId) ?? [];
  }

  shapesFor(handle: string): string[] {
    return [...(this.shapesByHandle.get(handle) ?? [])];
  }
}
