import { beforeEach, describe, expect, it } from 'vitest';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist/shortlist';
import { MAX_NAME, MAX_TEXT } from '@/core/page/snapshot';
import { HOSTILE_STRINGS } from '@/tests/fixtures/hostile/strings';
import { janedoePost, janedoeSnapshot } from '@/tests/builders/snapshots';
import { applyImport, exportCsvBackup, exportJsonBackup, previewImport } from './backup';
import { readBackup } from './backup-read';
import { ScoutDb } from './db';
import { readShortlist } from './shortlist';

let db: ScoutDb;
let n = 0;
beforeEach(async () => {
  db = new ScoutDb(`test-backup-${n++}`);
  await db.open();
});

const pick = (i: number) => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]?.value ?? '';

/** Creator i, with hostile text in every text field, cut to the schema's limits. */
function hostileEntry(i: number): ShortlistEntry {
  const handle = `creator.${i}`;
  const snapshot = janedoeSnapshot({
    handle,
    platform: i % 2 === 0 ? 'instagram' : 'tiktok',
    url: i % 2 === 0 ? `https://www.instagram.com/${handle}/` : `https://www.tiktok.com/@${handle}`,
    posts: [
      janedoePost(1, {
        commentSamples: [{ author: pick(i + 3).slice(0, MAX_NAME), text: pick(i + 4).slice(0, MAX_TEXT) }],
      }),
    ],
  });
  snapshot.profile.displayName = pick(i).slice(0, MAX_NAME);
  snapshot.profile.bio = pick(i + 1).slice(0, MAX_TEXT);
  return shortlistEntrySchema.parse({
    v: 1,
    key: `${snapshot.platform}:${handle}`,
    platform: snapshot.platform,
    handle,
    note: pick(i + 2).slice(0, 10_000),
    tags: [pick(i + 5).slice(0, 60), pick(i + 6).slice(0, 60)],
    savedAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_100_000 + i,
    snapshot,
  });
}

/** What a real file does to text: UTF-8 out, UTF-8 in. */
const throughFile = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));
/** UTF-8 cannot hold a lone surrogate: a file carries U+FFFD instead. */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

async function restore(text: string) {
  const read = readBackup(text);
  if (!read.ok) throw new Error(read.error);
  const preview = await previewImport(db, read, 'keep');
  return { read, preview, report: await applyImport(db, preview) };
}

const byKey = (entries: ShortlistEntry[]) => [...entries].sort((a, b) => a.key.localeCompare(b.key));

describe('export → wipe → import on 1,000 creators with hostile text', () => {
  const entries = Array.from({ length: 1000 }, (_, i) => hostileEntry(i));

  it('JSON gives back the identical shortlist', async () => {
    await db.shortlist.bulkAdd(entries);
    const { text, count } = await exportJsonBackup(db, new Date(0), { history: false });
    expect(count).toBe(1000);
    await db.shortlist.clear();
    const { preview, report } = await restore(throughFile(text));
    expect(preview.skipped).toEqual([]);
    expect(report).toMatchObject({ added: 1000, replaced: 0, changedMeanwhile: [] });
    expect(byKey((await readShortlist(db)).entries)).toEqual(byKey(entries));
  });

  it('CSV gives back the identical shortlist (notes: lone surrogates become U+FFFD in a UTF-8 file)', async () => {
    await db.shortlist.bulkAdd(entries);
    const { text } = await exportCsvBackup(db);
    await db.shortlist.clear();
    const { preview, report } = await restore(throughFile(text));
    expect(preview.skipped).toEqual([]);
    expect(report.added).toBe(1000);
    const expected = entries.map((e) => ({ ...e, note: wellFormed(e.note) }));
    expect(byKey((await readShortlist(db)).entries)).toEqual(byKey(expected));
    // In memory, without a file, nothing at all changes.
    await db.shortlist.clear();
    await db.shortlist.bulkAdd(entries);
    const exact = (await exportCsvBackup(db)).text;
    await db.shortlist.clear();
    await restore(exact);
    expect(byKey((await readShortlist(db)).entries)).toEqual(byKey(entries));
  });
});

describe('import', () => {
  it('reports every rejected row and why, and imports the rest', async () => {
    const good = hostileEntry(1);
    const longNote = { ...hostileEntry(2), note: 'x'.repeat(1024 * 1024) };
    const wrongKey = { ...hostileEntry(3), key: 'instagram:someone.else' };
    const badTags = { ...hostileEntry(4), tags: 'not a list' };
    const text = JSON.stringify({
      format: 'creator-scout-backup',
      version: 1,
      shortlist: [good, longNote, wrongKey, badTags, 42],
    });
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.error);
    const preview = await previewImport(db, read, 'keep');
    expect(preview.add.map((e) => e.key)).toEqual([good.key]);
    expect(preview.rejectedCount).toBe(4);
    expect(preview.skipped.map((s) => [s.label, s.handle])).toEqual([
      ['entry 2', longNote.handle],
      ['entry 3', wrongKey.handle],
      ['entry 4', badTags.handle],
      ['entry 5', null],
    ]);
    expect(preview.skipped[0]?.reason).toMatch(/^note: /);
    expect(preview.skipped[1]?.reason).toBe('key: does not match platform and handle');
    expect(preview.skipped[2]?.reason).toMatch(/^tags: /);
    expect((await applyImport(db, preview)).added).toBe(1);
  });

  it('CSV rows: names the row as a spreadsheet does and the column at fault', async () => {
    // Both on Instagram, so exported in this order: creator.2, creator.4.
    await db.shortlist.bulkAdd([hostileEntry(2), hostileEntry(4)]);
    const lines = (await exportCsvBackup(db)).text.split('\r\n');
    await db.shortlist.clear();
    const broken = lines[2]?.replace(/,1700000100004,/, ',yesterday,');
    const read = readBackup([lines[0], lines[1], broken].join('\r\n'));
    if (!read.ok) throw new Error(read.error);
    expect(read.candidates.map((c) => c.label)).toEqual(['row 2']);
    expect(read.rejected).toEqual([
      { label: 'row 3', handle: 'creator.4', reason: 'updated at (ms): not a whole number of milliseconds' },
    ]);
  });

  it('dedupes within the file (newest wins) and never overwrites a saved note unless asked', async () => {
    const stored = { ...hostileEntry(1), note: 'my own note', updatedAt: 5 };
    await db.shortlist.add(stored);
    const older = { ...hostileEntry(7), updatedAt: 10 };
    const newer = { ...older, note: 'newer', updatedAt: 20 };
    const fileOfSelf = { ...stored, note: 'from file', updatedAt: 9 };
    const text = JSON.stringify({ format: 'creator-scout-backup', version: 1, shortlist: [older, newer, fileOfSelf] });
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.error);
    const keep = await previewImport(db, read, 'keep');
    expect(keep.add).toEqual([newer]);
    expect(keep.skipped.map((s) => s.reason)).toEqual([
      'same creator as entry 2, which is newer or first: kept that one',
      'already in your shortlist: kept yours (its note and tags stay)',
    ]);
    const newerWins = await previewImport(db, read, 'newer');
    expect(newerWins.replace).toEqual([fileOfSelf]);
    // Edited between preview and apply: the edit wins.
    await db.shortlist.update(stored.key, { note: 'edited meanwhile', updatedAt: 6 });
    const report = await applyImport(db, newerWins);
    expect(report).toMatchObject({ added: 1, replaced: 0, changedMeanwhile: [stored.key] });
    expect((await db.shortlist.get(stored.key))?.note).toBe('edited meanwhile');
  });

  it('never overwrites an unreadable stored record, and says so', async () => {
    const entry = hostileEntry(1);
    await db.shortlist.put({ key: entry.key, handle: 42 } as never);
    const read = readBackup(JSON.stringify({ format: 'creator-scout-backup', version: 1, shortlist: [entry] }));
    if (!read.ok) throw new Error(read.error);
    const preview = await previewImport(db, read, 'newer');
    expect(preview.add).toEqual([]);
    expect(preview.skipped[0]?.reason).toMatch(/unreadable/);
    await applyImport(db, preview);
    expect(await db.shortlist.get(entry.key)).toEqual({ key: entry.key, handle: 42 });
  });

  it('prototype-pollution keys in the file pollute nothing', async () => {
    const entry = hostileEntry(1);
    const json = JSON.stringify({ format: 'creator-scout-backup', version: 1, shortlist: [entry] }).replace(
      '"v":1,',
      '"v":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    );
    const { report } = await restore(`{"__proto__":{"polluted":"yes"},${json.slice(1)}`);
    expect(report.added).toBe(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const saved = await db.shortlist.get(entry.key);
    expect(Object.keys(saved ?? {})).not.toContain('__proto__');
    expect(saved).toEqual(entry);
  });

  it('restores history it does not have, once', async () => {
    const entry = hostileEntry(1);
    await db.shortlist.add(entry);
    await db.snapshots.add({ key: entry.key, capturedAt: 1, snapshot: entry.snapshot });
    await db.postComments.add({ key: entry.key, postId: 'p1', updatedAt: 1, comments: [{ author: 'a', text: '=1' }] });
    const { text } = await exportJsonBackup(db, new Date(0), { history: true });
    await db.snapshots.clear();
    await db.postComments.clear();
    const first = await restore(text);
    expect(first.report.historyAdded).toBe(2);
    expect((await restore(text)).report.historyAdded).toBe(0);
    expect(await db.snapshots.count()).toBe(1);
    expect((await db.postComments.toArray())[0]?.comments).toEqual([{ author: 'a', text: '=1' }]);
  });

  it('refuses files that are not backups, with a reason', () => {
    expect(readBackup('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(readBackup('{"a":1}')).toMatchObject({ ok: false, error: 'This JSON file is not a Creator Scout backup.' });
    expect(readBackup('{nope')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(readBackup('{"format":"creator-scout-backup","version":9,"shortlist":[]}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer/),
    });
    expect(readBackup('name,age\r\nann,3')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Creator Scout backup/),
    });
  });
});
