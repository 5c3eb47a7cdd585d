import { describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '@/core/page/snapshot';
import type { PageReadResponse } from '@/lib/replies';
import { janedoePost, janedoeSnapshot } from '@/tests/builders/snapshots';
import { ViewSync, type ViewSyncDeps } from './view-sync';

const OK = { ok: true, saved: false } as unknown as PageReadResponse;

/** A worker stand-in: records requests; answers when told to (or at once). */
function worker(answer: (kind: 'whole' | 'added') => PageReadResponse | Promise<PageReadResponse> = () => OK) {
  const sent: { kind: 'whole' | 'added'; ids: string[]; base?: { capturedAt: number } }[] = [];
  const answers: Snapshot[] = [];
  const controller = new AbortController();
  const deps: ViewSyncDeps = {
    sendPageRead: vi.fn(async (snapshot: Snapshot) => {
      sent.push({ kind: 'whole', ids: snapshot.posts.map((p) => p.id) });
      return answer('whole');
    }),
    sendPostsAdded: vi.fn(async (request: Parameters<ViewSyncDeps['sendPostsAdded']>[0]) => {
      sent.push({ kind: 'added', ids: request.posts.map((p) => p.id), base: request.base });
      return answer('added');
    }),
    onAnswer: (snapshot) => answers.push(snapshot),
    onError: vi.fn(),
    signal: controller.signal,
  };
  return { deps, sent, answers, controller };
}

const first = janedoeSnapshot();
const grown = (n: number, capturedAt = first.capturedAt + n) => {
  const posts = [...first.posts, ...Array.from({ length: n }, (_, i) => janedoePost(100 + i))];
  return { snapshot: { ...first, capturedAt, posts }, added: posts.slice(first.posts.length) };
};

describe('ViewSync (the worker kept in step with one page view)', () => {
  it('sends the snapshot once, then only the posts scrolling added, against what the worker acknowledged', async () => {
    const w = worker();
    const sync = new ViewSync(w.deps);
    await sync.whole(first);
    const a = grown(3);
    await sync.added(a.snapshot, a.added);
    const b = grown(5);
    await sync.added(b.snapshot, b.added.slice(3));
    expect(w.sent.map((s) => [s.kind, s.ids.length, s.base?.capturedAt])).toEqual([
      ['whole', 12, undefined],
      ['added', 3, first.capturedAt],
      ['added', 2, a.snapshot.capturedAt],
    ]);
    expect(w.answers).toEqual([first, a.snapshot, b.snapshot]);
  });

  it('sends the snapshot whole when the worker answers stale, then goes back to added posts', async () => {
    let stale = true;
    const w = worker((kind) =>
      kind === 'added' && stale ? ((stale = false), { ok: false, error: 'stale', stale: true }) : OK,
    );
    const sync = new ViewSync(w.deps);
    await sync.whole(first);
    const a = grown(3);
    await sync.added(a.snapshot, a.added);
    const b = grown(4);
    await sync.added(b.snapshot, b.added.slice(3));
    expect(w.sent.map((s) => [s.kind, s.ids.length])).toEqual([
      ['whole', 12],
      ['added', 3],
      ['whole', 15],
      ['added', 1],
    ]);
    // The stale answer is never drawn.
    expect(w.answers).toEqual([first, a.snapshot, b.snapshot]);
  });

  it('keeps one request out at a time: batches that arrive meanwhile go together', async () => {
    const gates: (() => void)[] = [];
    const w = worker(() => new Promise((resolve) => gates.push(() => resolve(OK))));
    const sync = new ViewSync(w.deps);
    const done = sync.whole(first);
    const a = grown(2);
    void sync.added(a.snapshot, a.added);
    const b = grown(5);
    void sync.added(b.snapshot, b.added.slice(2));
    expect(w.sent).toHaveLength(1);
    gates.shift()?.();
    await vi.waitFor(() => expect(w.sent).toHaveLength(2));
    gates.shift()?.();
    await done;
    expect(w.sent.map((s) => [s.kind, s.ids.length])).toEqual([
      ['whole', 12],
      ['added', 5],
    ]);
    expect(w.answers.at(-1)).toBe(b.snapshot);
  });

  it('does not resend a page that only changed its capture time', async () => {
    const w = worker();
    const sync = new ViewSync(w.deps);
    await sync.whole(first);
    await sync.whole({ ...first, capturedAt: first.capturedAt + 9 });
    expect(w.sent).toHaveLength(1);
  });

  it('draws nothing for a view left while its request was out, and reports a failed send', async () => {
    const left = worker();
    left.controller.abort();
    await new ViewSync(left.deps).whole(first);
    expect(left.answers).toEqual([]);

    const failing = worker(() => Promise.reject(new Error('gone')));
    await new ViewSync(failing.deps).whole(first);
    expect(failing.deps.onError).toHaveBeenCalledOnce();
  });
});
