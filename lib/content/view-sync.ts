import type { Post, Snapshot } from '@/core/page/snapshot';
import type { PostsAdded } from '@/core/page/extend-snapshot';
import type { PageReadResponse } from '@/lib/replies';

export interface ViewSyncDeps {
  sendPageRead(snapshot: Snapshot): Promise<PageReadResponse>;
  sendPostsAdded(request: PostsAdded & Pick<Snapshot, 'platform' | 'handle'>): Promise<PageReadResponse>;
  /** The worker's answer for `snapshot` (what the page showed when it was sent). */
  onAnswer(snapshot: Snapshot, response: PageReadResponse): void;
  onError(error: unknown): void;
  signal: AbortSignal;
}

/**
 * Keeps the worker in step with one page view, one request at a time:
 *  - a whole snapshot after a full read (skipped when nothing but the time changed);
 *  - after that, only the posts infinite scroll added, against the snapshot
 *    the worker acknowledged (`posts-added`); when it answers `stale` (it
 *    holds another one: another tab, a cleared store) the snapshot goes whole.
 * What changes while a request is out is queued and sent after it, together.
 */
export class ViewSync {
  private current: Snapshot | null = null;
  private acked: { url: string; capturedAt: number } | null = null;
  private lastWhole = '';
  private wantWhole = false;
  private pending: Post[] = [];
  private sending = false;

  constructor(private readonly deps: ViewSyncDeps) {}

  /** A full read of the page. */
  whole(snapshot: Snapshot): Promise<void> {
    this.current = snapshot;
    this.wantWhole = true;
    return this.pump();
  }

  /** Posts new on the page since the last call; `snapshot` includes them. */
  added(snapshot: Snapshot, posts: readonly Post[]): Promise<void> {
    this.current = snapshot;
    this.pending.push(...posts);
    return this.pump();
  }

  private async pump(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (!this.deps.signal.aborted && this.current && (this.wantWhole || this.pending.length > 0)) {
        const snapshot = this.current;
        if (this.wantWhole || !this.acked) await this.sendWhole(snapshot);
        else await this.sendAdded(snapshot, this.acked);
      }
    } catch (error) {
      this.deps.onError(error);
    } finally {
      this.sending = false;
    }
  }

  private async sendWhole(snapshot: Snapshot): Promise<void> {
    this.wantWhole = false;
    this.pending = [];
    const signature = JSON.stringify({ ...snapshot, capturedAt: 0 });
    if (signature === this.lastWhole) return;
    this.lastWhole = signature;
    const response = await this.deps.sendPageRead(snapshot);
    if (this.deps.signal.aborted) return;
    this.acked =
      response.ok && snapshot.pageKind === 'profile' ? { url: snapshot.url, capturedAt: snapshot.capturedAt } : null;
    this.deps.onAnswer(snapshot, response);
  }

  private async sendAdded(snapshot: Snapshot, base: { url: string; capturedAt: number }): Promise<void> {
    const posts = this.pending;
    this.pending = [];
    const response = await this.deps.sendPostsAdded({
      platform: snapshot.platform,
      handle: snapshot.handle,
      base,
      capturedAt: snapshot.capturedAt,
      posts,
      ...(snapshot.read ? { read: snapshot.read } : {}),
    });
    if (this.deps.signal.aborted) return;
    if (!response.ok && response.stale) {
      this.acked = null;
      this.wantWhole = true;
      return;
    }
    if (response.ok) this.acked = { url: base.url, capturedAt: snapshot.capturedAt };
    this.lastWhole = '';
    this.deps.onAnswer(snapshot, response);
  }
}
