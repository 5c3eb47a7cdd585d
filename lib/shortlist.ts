import { i18n } from '#i18n';
import { SHORTLIST_VERSION, shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist/shortlist';
import { entryStamp } from '@/core/shortlist/shortlist-row';
import { partitionValid, type ScoutDb } from './db';
import { readCreator } from './creators';
import { dropRows, editRows, rowTables, syncRows } from './shortlist-rows';

/**
 * Shortlist operations, shared by popup, side panel and the keyboard command.
 * Key = platform + lower-cased handle: saving twice never duplicates, and a
 * re-save refreshes the figures but never the marketer's note or tags.
 * Every change writes the entry's list row (lib/shortlist-rows.ts) in the
 * same transaction, so the list never disagrees with the entries.
 */

export type SaveResult = { ok: true; entry: ShortlistEntry; created: boolean } | { ok: false; reason: string };

export async function saveToShortlist(db: ScoutDb, key: string, now: number): Promise<SaveResult> {
  return db.transaction('rw', [db.creators, db.shortlist, ...rowTables(db)], async () => {
    const creator = await readCreator(db, key);
    if (!creator) return { ok: false, reason: i18n.t('current.nothingRead') };
    const previous = shortlistEntrySchema.safeParse(await db.shortlist.get(key));
    const entry: ShortlistEntry = previous.success
      ? { ...previous.data, snapshot: creator.snapshot, updatedAt: now }
      : {
          v: SHORTLIST_VERSION,
          key,
          platform: creator.snapshot.platform,
          handle: creator.snapshot.handle,
          note: '',
          tags: [],
          savedAt: now,
          updatedAt: now,
          snapshot: creator.snapshot,
        };
    await db.shortlist.put(entry);
    await syncRows(db, [entry]);
    return { ok: true, entry, created: !previous.success };
  });
}

/** Remove a saved creator; gives back the entry as it was (for undo), or null if there was no readable one. */
export async function removeFromShortlist(db: ScoutDb, key: string): Promise<ShortlistEntry | null> {
  return db.transaction('rw', [db.shortlist, ...rowTables(db)], async () => {
    const removed = shortlistEntrySchema.safeParse(await db.shortlist.get(key));
    await db.shortlist.delete(key);
    await dropRows(db, [key]);
    return removed.success ? removed.data : null;
  });
}

/**
 * Put back an entry the user just removed (undo), note and tags included. If
 * the creator was saved again in the meantime, that newer entry is kept.
 */
export async function restoreToShortlist(db: ScoutDb, entry: ShortlistEntry): Promise<boolean> {
  const valid = shortlistEntrySchema.parse(entry);
  return db.transaction('rw', [db.shortlist, ...rowTables(db)], async () => {
    if ((await db.shortlist.get(valid.key)) !== undefined) return false;
    await db.shortlist.add(valid);
    await syncRows(db, [valid]);
    return true;
  });
}

export async function setNote(db: ScoutDb, key: string, note: string, now: number): Promise<void> {
  const changes = { note: note.slice(0, 10_000), updatedAt: now };
  await db.transaction('rw', [db.shortlist, ...rowTables(db)], async () => {
    if ((await db.shortlist.update(key, changes)) === 0) return;
    // Only the note and the date change: the row takes the same two, and its figures stay current.
    await editRows(db, new Map([[key, (row) => (row ? { ...row, ...changes } : undefined)]]));
  });
}

/**
 * The price agreed with a creator (null clears it). The row's stamp changes
 * with it (entryStamp), so its figures go stale and are recomputed with the
 * agreed price, as after a new page read.
 */
export async function setAgreedPrice(db: ScoutDb, key: string, price: number | null, now: number): Promise<void> {
  const agreedPrice = price !== null && Number.isFinite(price) && price > 0 ? Math.min(price, 1e9) : null;
  await db.transaction('rw', [db.shortlist, ...rowTables(db)], async () => {
    const entry = await db.shortlist.get(key);
    if (!entry) return;
    const next = { ...entry, agreedPrice, updatedAt: now };
    await db.shortlist.put(next);
    await editRows(
      db,
      new Map([[key, (row) => (row ? { ...row, updatedAt: now, snapshot: entryStamp(next) } : undefined)]]),
    );
  });
}

export interface ShortlistRead {
  entries: ShortlistEntry[];
  /** Records that failed validation: shown, counted, exportable raw, never deleted. */
  unreadable: unknown[];
}

export async function readShortlist(db: ScoutDb): Promise<ShortlistRead> {
  const { valid, invalid } = partitionValid(await db.shortlist.toArray(), shortlistEntrySchema);
  return { entries: valid, unreadable: invalid };
}
