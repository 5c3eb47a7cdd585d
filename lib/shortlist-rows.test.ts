import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { currentFigures } from '@/core/shortlist/shortlist-row';
import { janedoePost, janedoeSnapshot } from '@/tests/builders/snapshots';
import { entryOf, settledLive, storedRows } from '@/tests/builders/shortlist';
import { applyImport, previewImport } from './backup';
import { readBackup } from './backup-read';
import { writeJsonBackup } from './backup-json';
import { recordPageRead } from './creators';
import { ScoutDb } from './db';
import { removeFromShortlist, restoreToShortlist, saveToShortlist, setNote } from './shortlist';
import { computeRows, rowContext } from './shortlist-compute';
import { bucketOf, listedOfRecord } from './shortlist-rows';

/**
 * The list rows in storage: written with every change to the shortlist, in
 * the same transaction; a corrupt one rebuilt from its entry, a corrupt
 * entry counted and kept. (The live list: shortlist-live.test.ts.)
 */

let db: ScoutDb;
let n = 0;
beforeEach(async () => {
  db = new ScoutDb(`test-rows-${n++}`);
  await db.open();
});
afterEach(() => db.close());

const ctx = rowContext(DEFAULT_SETTINGS);

describe('every change to the shortlist writes its row in the same transaction', () => {
  it('save, re-save, note, remove and undo', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await saveToShortlist(db, 'instagram:janedoe', 200);
    let row = (await storedRows(db)).get('instagram:janedoe');
    expect(row).toMatchObject({ handle: 'janedoe', note: '', savedAt: 200, updatedAt: 200 });
    // Saved from a page without settings at hand: the row waits for its figures.
    expect(row && currentFigures(row, ctx.fingerprint)).toBeNull();

    await computeRows(db, ['instagram:janedoe'], ctx);
    await setNote(db, 'instagram:janedoe', 'Great fit', 300);
    row = (await storedRows(db)).get('instagram:janedoe');
    expect(row).toMatchObject({ note: 'Great fit', updatedAt: 300 });
    // A note does not change a figure: they stay current.
    expect(row && currentFigures(row, ctx.fingerprint)).not.toBeNull();

    await saveToShortlist(db, 'instagram:janedoe', 400);
    expect((await storedRows(db)).get('instagram:janedoe')).toMatchObject({
      note: 'Great fit',
      savedAt: 200,
      updatedAt: 400,
    });

    const removed = await removeFromShortlist(db, 'instagram:janedoe');
    expect(removed?.note).toBe('Great fit');
    expect((await storedRows(db)).has('instagram:janedoe')).toBe(false);
    expect(await restoreToShortlist(db, removed!)).toBe(true);
    expect((await storedRows(db)).get('instagram:janedoe')).toMatchObject({ note: 'Great fit', updatedAt: 400 });
  });

  it('a page read of a saved creator updates its row and lets its figures go stale: a new profile read, or comments of an opened post', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await saveToShortlist(db, 'instagram:janedoe', 200);
    await computeRows(db, ['instagram:janedoe'], ctx);
    const grown = janedoeSnapshot({ capturedAt: 1_760_000_000_000 });
    grown.profile.followers = { value: 150_000, source: 'json', exact: true };
    await recordPageRead(db, grown, DEFAULT_SETTINGS, 7, 300);
    let row = (await storedRows(db)).get('instagram:janedoe')!;
    expect(row.updatedAt).toBe(300);
    expect(row.capturedAt).toBe(grown.capturedAt);
    expect(currentFigures(row, ctx.fingerprint)).toBeNull();
    await computeRows(db, ['instagram:janedoe'], ctx);
    expect(currentFigures((await storedRows(db)).get('instagram:janedoe')!, ctx.fingerprint)).toMatchObject({
      followers: 150_000,
      tier: 'macro',
    });

    const comments = Array.from({ length: 30 }, (_, i) => ({ author: `fan${i % 3}`, text: '🔥🔥🔥' }));
    const post = janedoeSnapshot({
      pageKind: 'post',
      url: 'https://www.instagram.com/p/POST0001/',
      posts: [janedoePost(1, { commentSamples: comments })],
    });
    await recordPageRead(db, post, DEFAULT_SETTINGS, 7, 400);
    row = (await storedRows(db)).get('instagram:janedoe')!;
    expect(row.figures).toBeNull();
    await computeRows(db, ['instagram:janedoe'], ctx);
    expect(currentFigures((await storedRows(db)).get('instagram:janedoe')!, ctx.fingerprint)?.podCommentsSeen).toBe(30);
  });

  it('a creator never saved gets no row from a page read', async () => {
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    expect((await storedRows(db)).size).toBe(0);
  });

  it('a backup import writes rows for what it adds, and marks figures stale where it brings comments', async () => {
    const kept = entryOf('kept', 20_000, 'mine');
    await db.shortlist.add(kept);
    await computeRows(db, [kept.key], ctx);
    const added = entryOf('added', 3_000, 'from the file');
    const file = writeJsonBackup([added, { ...kept, note: 'theirs' }], new Date(0), {
      snapshots: [],
      postComments: [{ key: kept.key, postId: 'POST0001', updatedAt: 5, comments: [{ author: 'a', text: 'nice' }] }],
    });
    const read = readBackup(file);
    if (!read.ok) throw new Error(read.error);
    await applyImport(db, await previewImport(db, read, 'keep'));
    const rows = await storedRows(db);
    expect(rows.get(added.key)).toMatchObject({ note: 'from the file' });
    expect(rows.get(kept.key)).toMatchObject({ note: 'mine', figures: null });
  });
});

describe('stored rows that cannot be read', () => {
  it('are left out on read and rebuilt from their entries; the entries stay as they are', async () => {
    const a = entryOf('alpha', 2_000);
    const b = entryOf('bravo', 250_000);
    await db.shortlist.bulkAdd([a, b]);
    await computeRows(db, [a.key, b.key], ctx);
    const bucket = bucketOf(a.key);
    expect(bucketOf(b.key)).not.toBe(bucket);
    // One bad value costs its row only; a bucket that is not columns at all costs its rows.
    const record = await db.shortlistRows.get(bucket);
    const list = record!.list as Record<string, unknown[]>;
    list['tier']![list['key']!.indexOf(a.key)] = 'giant';
    await db.shortlistRows.put(record!);
    await db.shortlistRows.update(bucketOf(b.key), { list: 'not columns' });
    expect(listedOfRecord(await db.shortlistRows.get(bucket)).map((r) => r.key)).not.toContain(a.key);
    expect(listedOfRecord(await db.shortlistRows.get(bucketOf(b.key)))).toEqual([]);

    const live = await settledLive(db);
    expect(live.getState().rows.map((r) => r.key)).toEqual([a.key, b.key]);
    expect((await storedRows(db)).get(a.key)?.figures?.tier).toBe('nano');
    expect(await db.shortlist.toArray()).toEqual([a, b]);
    live.stop();
  });

  it('an entry that fails validation is counted as unreadable with its raw record, and never deleted', async () => {
    const good = entryOf('good', 20_000);
    await db.shortlist.add(good);
    const corrupt = { key: 'instagram:corrupt', handle: 42, note: { nested: true } };
    await db.shortlist.put(corrupt as never);
    const live = await settledLive(db);
    expect(live.getState().rows.map((r) => r.key)).toEqual([good.key]);
    expect(live.getState().unreadable).toEqual([corrupt]);
    expect(await db.shortlist.get('instagram:corrupt')).toEqual(corrupt);
    live.stop();
  });
});
