import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { janedoePost, janedoeSnapshot } from '@/tests/builders/snapshots';
import { recordPageRead } from './creators';
import { ScoutDb } from './db';
import {
  readShortlist,
  removeFromShortlist,
  restoreToShortlist,
  saveToShortlist,
  setAgreedPrice,
  setNote,
} from './shortlist';

let db: ScoutDb;
let n = 0;
beforeEach(async () => {
  db = new ScoutDb(`test-shortlist-${n++}`);
  await db.open();
});

describe('saveToShortlist', () => {
  it('refuses a creator that was never read', async () => {
    const result = await saveToShortlist(db, 'instagram:nobody', 1);
    expect(result.ok).toBe(false);
    expect(await db.shortlist.count()).toBe(0);
  });

  it('saving twice keeps one entry, the note, the tags and savedAt; updatedAt moves', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    const first = await saveToShortlist(db, 'instagram:janedoe', 200);
    expect(first).toMatchObject({ ok: true, created: true });
    await setNote(db, 'instagram:janedoe', 'Great fit for the spring launch', 300);
    await db.shortlist.update('instagram:janedoe', { tags: ['spring'] });
    const again = await saveToShortlist(db, 'instagram:janedoe', 400);
    expect(again).toMatchObject({ ok: true, created: false });
    const all = await db.shortlist.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      note: 'Great fit for the spring launch',
      tags: ['spring'],
      savedAt: 200,
      updatedAt: 400,
    });
  });

  it('a later profile read refreshes the saved figures but never the note', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await saveToShortlist(db, 'instagram:janedoe', 200);
    await setNote(db, 'instagram:janedoe', 'keep me', 250);
    const grown = janedoeSnapshot({ capturedAt: 1_760_000_000_000 });
    grown.profile.followers = { value: 50_000, source: 'json', exact: true };
    await recordPageRead(db, grown, DEFAULT_SETTINGS, 7, 300);
    const entry = await db.shortlist.get('instagram:janedoe');
    expect(entry?.snapshot.profile.followers?.value).toBe(50_000);
    expect(entry?.note).toBe('keep me');
    expect(entry?.updatedAt).toBe(300);
  });

  it('removes an entry', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await saveToShortlist(db, 'instagram:janedoe', 200);
    await removeFromShortlist(db, 'instagram:janedoe');
    expect(await db.shortlist.count()).toBe(0);
  });
});

describe('readShortlist', () => {
  it('skips and counts a corrupt record without deleting it', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await saveToShortlist(db, 'instagram:janedoe', 200);
    await db.shortlist.put({ key: 'tiktok:broken', handle: 42 } as never);
    const read = await readShortlist(db);
    expect(read.entries.map((e) => e.key)).toEqual(['instagram:janedoe']);
    expect(read.unreadable).toHaveLength(1);
    expect(await db.shortlist.count()).toBe(2);
  });
});

describe('recordPageRead', () => {
  it('stores an identical re-read once, and a changed one again', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await recordPageRead(db, janedoeSnapshot({ capturedAt: 1_750_000_000_500 }), DEFAULT_SETTINGS, 7, 101);
    expect(await db.snapshots.count()).toBe(1);
    await recordPageRead(db, janedoeSnapshot({ posts: [janedoePost(1)] }), DEFAULT_SETTINGS, 7, 102);
    expect(await db.snapshots.count()).toBe(2);
  });

  it('keeps comments from an opened post and uses them for the pod verdict, without replacing the profile read', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    const comments = Array.from({ length: 30 }, (_, i) => ({ author: `fan${i % 3}`, text: '🔥🔥🔥' }));
    const post = janedoeSnapshot({
      pageKind: 'post',
      url: 'https://www.instagram.com/p/POST0001/',
      profile: { ...janedoeSnapshot().profile, followers: null, following: null, posts: null },
      posts: [janedoePost(1, { commentSamples: comments })],
    });
    const analysis = await recordPageRead(db, post, DEFAULT_SETTINGS, 7, 200);
    expect(await db.postComments.count()).toBe(1);
    expect(analysis.followers).toBe(45_600);
    expect(analysis.pod.commentsSeen).toBe(30);
    const creator = await db.creators.get('instagram:janedoe');
    expect(creator?.snapshot.pageKind).toBe('profile');
    expect((await db.tabViews.get(7))?.key).toBe('instagram:janedoe');
  });
});

describe('restoreToShortlist', () => {
  it('puts back a removed entry with its note, unless it was saved again meanwhile', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await saveToShortlist(db, 'instagram:janedoe', 200);
    await setNote(db, 'instagram:janedoe', 'undo me', 210);
    const removed = await db.shortlist.get('instagram:janedoe');
    await removeFromShortlist(db, 'instagram:janedoe');
    expect(await restoreToShortlist(db, removed!)).toBe(true);
    expect((await db.shortlist.get('instagram:janedoe'))?.note).toBe('undo me');
    await setNote(db, 'instagram:janedoe', 'newer', 300);
    expect(await restoreToShortlist(db, removed!)).toBe(false);
    expect((await db.shortlist.get('instagram:janedoe'))?.note).toBe('newer');
  });
});

describe('setAgreedPrice', () => {
  it('stores the price on the entry and makes the row recompute; null clears it', async () => {
    const { entryStamp } = await import('@/core/shortlist/shortlist-row');
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await saveToShortlist(db, 'instagram:janedoe', 200);
    await setNote(db, 'instagram:janedoe', 'keep me', 250);
    const before = await db.shortlist.get('instagram:janedoe');
    await setAgreedPrice(db, 'instagram:janedoe', 420, 300);
    const after = await db.shortlist.get('instagram:janedoe');
    expect(after).toMatchObject({ agreedPrice: 420, note: 'keep me', updatedAt: 300 });
    expect(after && entryStamp(after)).not.toBe(before && entryStamp(before));
    await setAgreedPrice(db, 'instagram:janedoe', null, 400);
    const cleared = await db.shortlist.get('instagram:janedoe');
    expect(cleared?.agreedPrice).toBeNull();
    expect(cleared && entryStamp(cleared)).toBe(before && entryStamp(before));
    // A price that is not a positive number clears rather than stores garbage.
    await setAgreedPrice(db, 'instagram:janedoe', Number.NaN, 500);
    expect((await db.shortlist.get('instagram:janedoe'))?.agreedPrice).toBeNull();
  });
});
