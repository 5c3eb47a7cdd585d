import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import type { Settings } from '@/core/settings/settings';
import { currentFigures } from '@/core/shortlist/shortlist-row';
import { janedoeSnapshot } from '@/tests/builders/snapshots';
import { entryOf, settledLive, storedRows } from '@/tests/builders/shortlist';
import { recordPageRead } from './creators';
import { ScoutDb } from './db';
import { saveToShortlist, setNote } from './shortlist';
import { ShortlistLive } from './shortlist-live';
import { computeRows, rowContext } from './shortlist-compute';
import { bucketOf, dropRows, syncRows } from './shortlist-rows';

/**
 * The live list of one page: figures withheld and recomputed when the
 * settings change, changes made elsewhere read back by bucket (never the
 * full entries), rows missing from storage rebuilt, the preloaded read used
 * only if nothing changed since.
 */

let db: ScoutDb;
let n = 0;
beforeEach(async () => {
  db = new ScoutDb(`test-live-${n++}`);
  await db.open();
});
afterEach(() => db.close());

const ctx = rowContext(DEFAULT_SETTINGS);
const retiered: Settings = {
  ...DEFAULT_SETTINGS,
  tierThresholds: { ...DEFAULT_SETTINGS.tierThresholds, micro: 50_000 },
};

describe('figures under changed settings', () => {
  it('are withheld at once and recomputed under the new settings, then stored', async () => {
    const entries = [entryOf('a', 20_000), entryOf('b', 60_000), entryOf('c', 80_000)];
    await db.shortlist.bulkAdd(entries);
    const live = await settledLive(db);
    const before = live.getState();
    expect(before.rows.every((r) => currentFigures(r, ctx.fingerprint)?.tier === 'micro')).toBe(true);

    const next = rowContext(retiered);
    live.setContext(next);
    const at = live.getState();
    // Nothing old is passed off as current: every row waits for its figures.
    expect(at.fingerprint).toBe(next.fingerprint);
    expect(at.pending).toBe(3);
    expect(at.rows.every((r) => currentFigures(r, next.fingerprint) === null)).toBe(true);

    await live.waitFor((s) => s.pending === 0);
    const tiers = live.getState().rows.map((r) => currentFigures(r, next.fingerprint)?.tier);
    expect(tiers).toEqual(['nano', 'micro', 'micro']);
    const stored = await storedRows(db);
    expect([...stored.values()].every((r) => r.figures?.fingerprint === next.fingerprint)).toBe(true);
    live.stop();
  });
});

describe('the live list', () => {
  it('shows a note edited elsewhere by re-reading one bucket, never the full entries', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => entryOf(`creator${i}`, 1_000 + i * 5_000));
    await db.shortlist.bulkAdd(entries);
    const live = await settledLive(db);
    const other = new ScoutDb(db.name);
    const entriesRead = vi.spyOn(db.shortlist, 'toArray');
    const entriesGot = vi.spyOn(db.shortlist, 'bulkGet');
    const bucketsRead = vi.spyOn(db.shortlistRows, 'bulkGet');
    await setNote(other, 'instagram:creator7', 'seen elsewhere', 999);
    await live.waitFor((s) => s.rows.find((r) => r.key === 'instagram:creator7')?.note === 'seen elsewhere');
    expect(entriesRead).not.toHaveBeenCalled();
    expect(entriesGot).not.toHaveBeenCalled();
    expect(bucketsRead.mock.calls.map(([buckets]) => buckets)).toEqual([[bucketOf('instagram:creator7')]]);
    other.close();
    live.stop();
  });

  it('picks up a creator saved elsewhere, and one written around lib/ (no row) once it is noticed', async () => {
    const live = await settledLive(db);
    expect(live.getState().rows).toEqual([]);
    const other = new ScoutDb(db.name);
    await recordPageRead(other, janedoeSnapshot(), DEFAULT_SETTINGS, 7, 100);
    await saveToShortlist(other, 'instagram:janedoe', 200);
    await live.waitFor((s) => s.pending === 0 && s.rows.some((r) => r.key === 'instagram:janedoe'));
    const stray = entryOf('stray', 5_000);
    await other.shortlist.put(stray);
    await live.waitFor((s) => s.pending === 0 && s.rows.some((r) => r.key === stray.key));
    const row = live.getState().rows.find((r) => r.key === stray.key)!;
    expect(currentFigures(row, ctx.fingerprint)?.tier).toBe('nano');
    other.close();
    live.stop();
  });

  it('removes a row whose entry is gone', async () => {
    const a = entryOf('alpha', 2_000);
    await db.shortlist.add(a);
    await syncRows(db, [a, entryOf('ghost', 3_000)]);
    const live = await settledLive(db);
    expect(live.getState().rows.map((r) => r.key)).toEqual([a.key]);
    expect([...(await storedRows(db)).keys()]).toEqual([a.key]);
    live.stop();
  });
});

describe('reading the rows before the list is shown', () => {
  it('uses the preloaded read when nothing changed meanwhile', async () => {
    const entries = [entryOf('a', 2_000), entryOf('b', 20_000)];
    await db.shortlist.bulkAdd(entries);
    await computeRows(
      db,
      entries.map((e) => e.key),
      ctx,
    );
    const reads = vi.spyOn(db.shortlistRows, 'toArray');
    const live = new ShortlistLive(db);
    live.preload();
    live.start();
    live.setContext(ctx);
    await live.waitFor((s) => s.reconciled && s.pending === 0);
    expect(reads).toHaveBeenCalledOnce();
    expect(live.getState().rows.map((r) => r.key)).toEqual(entries.map((e) => e.key));
    live.stop();
  });

  it('reads again when a row changed after the preload began', async () => {
    const a = entryOf('a', 2_000);
    await db.shortlist.add(a);
    await computeRows(db, [a.key], ctx);
    const reads = vi.spyOn(db.shortlistRows, 'toArray');
    const live = new ShortlistLive(db);
    live.preload();
    await setNote(db, a.key, 'written after the preload', 50);
    live.start();
    live.setContext(ctx);
    await live.waitFor((s) => s.reconciled && s.pending === 0);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(live.getState().rows[0]?.note).toBe('written after the preload');
    live.stop();
  });
});

describe('a row lost from storage while its entry stays', () => {
  it('is noticed when its bucket is read again, and rebuilt', async () => {
    const a = entryOf('alpha', 2_000);
    await db.shortlist.add(a);
    const live = await settledLive(db);
    // As if a rewrite of the bucket had dropped it (an unreadable CSV part does that).
    await dropRows(db, [a.key]);
    await vi.waitFor(async () => expect((await storedRows(db)).get(a.key)?.figures?.tier).toBe('nano'));
    await live.waitFor((s) => s.pending === 0);
    expect(live.getState().rows.map((r) => r.key)).toEqual([a.key]);
    live.stop();
  });
});
