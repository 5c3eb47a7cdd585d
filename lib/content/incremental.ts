import { MAX_POSTS } from '@/core/page/snapshot-constants';
import type { Post, Snapshot } from '@/core/page/snapshot';
import type { AddedBatch } from './observe-added';
import type { PlatformAdapter } from './types';

/**
 * Keeps a page view's snapshot current as the page changes, without reading
 * the whole page again for every batch of mutations:
 *  - posts appended by infinite scroll are read from the added nodes only and
 *    merged by id (work proportional to what was added);
 *  - a change inside the profile header, or a batch too large to follow,
 *    asks for one full read instead.
 */

/** `added`: the posts new in `snapshot`, in page order (what a `posts-added` message carries). */
export type Update = { kind: 'none' } | { kind: 'full' } | { kind: 'snapshot'; snapshot: Snapshot; added: Post[] };

export class PostTracker {
  private readonly byId = new Map<string, Post>();
  private capped = false;

  constructor(private snapshot: Snapshot) {
    for (const post of snapshot.posts) this.byId.set(post.id, post);
  }

  /** After a full read: start from what it found. */
  reset(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.byId.clear();
    this.capped = false;
    for (const post of snapshot.posts) this.byId.set(post.id, post);
  }

  get current(): Snapshot {
    return this.snapshot;
  }

  apply(batch: AddedBatch, adapter: PlatformAdapter, doc: Document): Update {
    if (batch.overflow) return { kind: 'full' };
    // A post page's comments and counts are few (capped); a full read is cheap there.
    if (this.snapshot.pageKind === 'post') return { kind: 'full' };
    const header = adapter.profileRoot(doc);
    if (header && batch.added.some((node) => header.contains(node) || node.contains(header))) return { kind: 'full' };
    // "No posts yet" turning into a grid, or a page read before its header: read it all once.
    if (this.snapshot.status !== 'ok') return { kind: 'full' };

    const added: Post[] = [];
    for (const node of batch.added) {
      if (!node.isConnected) continue;
      for (const tile of adapter.readTiles(node)) {
        const known = this.byId.get(tile.id);
        if (known) {
          if (tile.pinned && !known.pinned) this.byId.set(tile.id, { ...known, pinned: true });
          continue;
        }
        if (this.byId.size >= MAX_POSTS) {
          this.capped = true;
          break;
        }
        this.byId.set(tile.id, tile);
        added.push(tile);
      }
    }
    if (added.length === 0) return { kind: 'none' };
    const read = this.snapshot.read;
    const note = `Posts: more than ${MAX_POSTS.toLocaleString('en-US')} on the page; the first ${MAX_POSTS.toLocaleString('en-US')} read`;
    this.snapshot = {
      ...this.snapshot,
      capturedAt: Date.now(),
      posts: [...this.byId.values()],
      ...(read && this.capped && !read.truncated.includes(note)
        ? { read: { ...read, truncated: [...read.truncated, note].slice(0, 20) } }
        : {}),
    };
    return { kind: 'snapshot', snapshot: this.snapshot, added };
  }
}
