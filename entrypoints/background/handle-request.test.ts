import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ScoutDb } from '@/lib/db';
import { janedoePost, janedoeSnapshot } from '@/tests/builders/snapshots';
import { handleRequest } from './handle-request';

let db: ScoutDb;
let n = 0;
beforeEach(() => {
  db = new ScoutDb(`test-background-${n++}`);
});

describe('handleRequest', () => {
  it('drops a message outside the protocol with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await handleRequest(db, { type: 'page-read', snapshot: { handle: '<img onerror=alert(1)>' } }, 1, 1),
    ).toBeUndefined();
    expect(await handleRequest(db, 'hello', 1, 1)).toBeUndefined();
    expect(await handleRequest(db, { __proto__: { type: 'page-left' } }, 1, 1)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(await db.snapshots.count()).toBe(0);
    warn.mockRestore();
  });

  it('stores a page read and answers with its analysis', async () => {
    const response = await handleRequest(db, { type: 'page-read', snapshot: janedoeSnapshot() }, 3, 10);
    expect(response).toMatchObject({
      ok: true,
      saved: false,
      analysis: { key: 'instagram:janedoe', followers: 45_600, tier: { id: 'micro' } },
    });
    expect(await db.creators.count()).toBe(1);
  });

  it('saves the creator the tab shows, once, and forgets it when the tab leaves', async () => {
    await handleRequest(db, { type: 'page-read', snapshot: janedoeSnapshot() }, 3, 10);
    expect(await handleRequest(db, { type: 'save-current' }, 3, 11)).toEqual({ ok: true, key: 'instagram:janedoe' });
    expect(await handleRequest(db, { type: 'save-current' }, 3, 12)).toEqual({ ok: true, key: 'instagram:janedoe' });
    expect(await db.shortlist.count()).toBe(1);
    const again = await handleRequest(db, { type: 'page-read', snapshot: janedoeSnapshot() }, 3, 13);
    expect(again).toMatchObject({ ok: true, saved: true });
    await handleRequest(db, { type: 'page-left', url: 'https://www.instagram.com/explore/' }, 3, 14);
    expect(await handleRequest(db, { type: 'save-current' }, 3, 15)).toMatchObject({ ok: false });
  });

  it('an opened post’s own counts join the creator’s engagement rate, once, and a later visit keeps its comments', async () => {
    // The profile: two grid posts (likes 1,000 + 20 comments, 1,137 + 33 comments; janedoePost(0), janedoePost(1)), 45,600 followers.
    const profile = janedoeSnapshot({ posts: [janedoePost(0), janedoePost(1)] });
    const first = await handleRequest(db, { type: 'page-read', snapshot: profile }, 3, 10);
    expect(first).toMatchObject({ ok: true, analysis: { engagement: { postsMeasured: 2 } } });
    // An older post, not in the grid, opened in-site: 2,000 likes, 100 comments, 3 comments read.
    const opened = janedoeSnapshot({
      pageKind: 'post',
      url: 'https://www.instagram.com/p/OLDPOST1/',
      posts: [
        janedoePost(9, {
          id: 'OLDPOST1',
          likes: 2000,
          comments: 100,
          commentSamples: [
            { author: 'a', text: 'x' },
            { author: 'b', text: 'y' },
            { author: 'c', text: 'z' },
          ],
        }),
      ],
    });
    const answer = await handleRequest(db, { type: 'page-read', snapshot: opened }, 3, 11);
    // ((1,000 + 1,137 + 2,000) / 3 + (20 + 33 + 100) / 3) / 45,600 = (1,379 + 51) / 45,600 = 0.031359…
    expect(answer).toMatchObject({ ok: true, analysis: { engagement: { postsMeasured: 3 } } });
    expect((answer as { analysis: { engagement: { rate: number } } }).analysis.engagement.rate).toBeCloseTo(
      1430 / 45_600,
      10,
    );
    // Opened again, comments not loaded this time: the counts update, the comments stay.
    await handleRequest(
      db,
      { type: 'page-read', snapshot: { ...opened, posts: [{ ...opened.posts[0]!, likes: 2100, commentSamples: [] }] } },
      3,
      12,
    );
    const row = await db.postComments.get(['instagram:janedoe', 'OLDPOST1']);
    expect(row?.comments).toHaveLength(3);
    expect(row?.post?.likes).toBe(2100);
    // Opened a second time: still counted once.
    const again = await handleRequest(db, { type: 'page-read', snapshot: profile }, 3, 13);
    expect(again).toMatchObject({ ok: true, analysis: { engagement: { postsMeasured: 3 } } });
  });

  it('appends posts added by infinite scroll to the snapshot they extend, as reading the whole grid would', async () => {
    const snapshot = janedoeSnapshot();
    await handleRequest(db, { type: 'page-read', snapshot }, 3, 10);
    const more = snapshot.posts.map((post, i) => ({ ...post, id: `more${i}`, likes: (post.likes ?? 0) * 3 }));
    const base = { url: snapshot.url, capturedAt: snapshot.capturedAt };
    const request = {
      type: 'posts-added',
      platform: 'instagram',
      handle: snapshot.handle,
      base,
      capturedAt: snapshot.capturedAt + 5,
      posts: more,
    };
    const delta = await handleRequest(db, request, 3, 11);
    const whole = await handleRequest(
      new ScoutDb(`test-background-${n++}`),
      {
        type: 'page-read',
        snapshot: { ...snapshot, capturedAt: snapshot.capturedAt + 5, posts: [...snapshot.posts, ...more] },
      },
      3,
      11,
    );
    expect(delta).toMatchObject({ ok: true });
    expect(delta).toEqual(whole);
    expect((await db.creators.get('instagram:janedoe'))?.snapshot.posts).toHaveLength(snapshot.posts.length * 2);
    // One history entry for the page view, however far it was scrolled.
    expect(await db.snapshots.count()).toBe(1);
    expect((await db.snapshots.toArray())[0]?.snapshot.posts).toHaveLength(snapshot.posts.length * 2);
    // Resent after a stopped worker: names a base the worker no longer holds.
    expect(await handleRequest(db, request, 3, 12)).toEqual({ ok: false, error: 'stale', stale: true });
  });

  it('answers stale when it holds no snapshot for the posts (cleared store, another tab moved on)', async () => {
    const snapshot = janedoeSnapshot();
    const request = {
      type: 'posts-added',
      platform: 'instagram',
      handle: snapshot.handle,
      base: { url: snapshot.url, capturedAt: 1 },
      capturedAt: 2,
      posts: snapshot.posts,
    };
    expect(await handleRequest(db, request, 3, 11)).toEqual({ ok: false, error: 'stale', stale: true });
    expect(await db.creators.count()).toBe(0);
  });

  it('a fresh worker (new connection) finds everything the last one stored', async () => {
    await handleRequest(db, { type: 'page-read', snapshot: janedoeSnapshot() }, 3, 10);
    db.close();
    const restarted = new ScoutDb(db.name);
    expect(await handleRequest(restarted, { type: 'save-current' }, 3, 11)).toEqual({
      ok: true,
      key: 'instagram:janedoe',
    });
  });
});
