import { hashText, stableJson } from '@/core/page/fingerprint';
import type { ShortlistEntry } from '@/core/shortlist/shortlist';
import { rowOfEntry, type ListedRow, type ShortlistRow } from '@/core/shortlist/shortlist-row';
import type { ScoutDb } from './db';
import { decodeListed, decodeRows, encodeBucket, type CsvRecord, type ListRecord } from './shortlist-column-store';

/**
 * The shortlist's list rows (core/shortlist/shortlist-row.ts) in IndexedDB. They are
 * stored in ROW_BUCKETS records, each holding the rows of the creators whose
 * key hashes to it, by column (lib/shortlist-column-store.ts): Chromium reads 64
 * records several times faster than 10,000 records of one row (measured:
 * ~30 ms against ~100 ms), and that read is most of opening the list.
 *
 * Every function here that writes runs inside the caller's transaction when
 * there is one (it must include rowTables(db)), so an entry and its row
 * change together or not at all. Computing figures is in shortlist-compute.ts
 * (it needs the analysis; a page that only saves does not).
 */

export const ROW_BUCKETS = 64;

/** The stores of the list rows: a transaction that writes rows includes both. */
export function rowTables(db: ScoutDb) {
  return [db.shortlistRows, db.shortlistCsv];
}

export function bucketOf(key: string): number {
  return Number.parseInt(hashText(key).slice(-6), 16) % ROW_BUCKETS;
}

/** The list part of a stored bucket: every valid row that belongs in it. A bad one is left out and rebuilt from its entry. */
export function listedOfRecord(record: unknown): ListedRow[] {
  return decodeListed(record, bucketOf);
}

/** Stored list records, by bucket, as the list reads them. */
export function decodeBuckets(records: readonly { bucket: number }[]): Map<number, ListedRow[]> {
  return new Map(records.map((record) => [record.bucket, listedOfRecord(record)]));
}

/** Some buckets as the list reads them (an absent bucket reads as empty). */
export async function readRowBuckets(db: ScoutDb, buckets: readonly number[]): Promise<Map<number, ListedRow[]>> {
  const records = await db.shortlistRows.bulkGet([...buckets]);
  return new Map(buckets.map((bucket, i) => [bucket, listedOfRecord(records[i])]));
}

/** The full rows (list and CSV parts) stored in these buckets. */
export async function readFullRows(db: ScoutDb, buckets: readonly number[]): Promise<Map<number, ShortlistRow[]>> {
  const [lists, csvs] = await Promise.all([
    db.shortlistRows.bulkGet([...buckets]),
    db.shortlistCsv.bulkGet([...buckets]),
  ]);
  return new Map(buckets.map((bucket, i) => [bucket, decodeRows(lists[i], csvs[i], bucketOf)]));
}

/** What to do with one key's row: a new row, `null` to remove it, `undefined` to leave it. */
export type RowEdit = (current: ShortlistRow | undefined) => ShortlistRow | null | undefined;

/** Apply edits by key, reading and writing each touched bucket once. Buckets nothing changed in are not written. */
export async function editRows(db: ScoutDb, edits: ReadonlyMap<string, RowEdit>): Promise<void> {
  if (edits.size === 0) return;
  const byBucket = new Map<number, string[]>();
  for (const key of edits.keys()) {
    const bucket = bucketOf(key);
    const keys = byBucket.get(bucket) ?? [];
    keys.push(key);
    byBucket.set(bucket, keys);
  }
  await db.transaction('rw', rowTables(db), async () => {
    const buckets = [...byBucket.keys()];
    const current = await readFullRows(db, buckets);
    const lists: ListRecord[] = [];
    const csvs: CsvRecord[] = [];
    for (const bucket of buckets) {
      const rows = new Map((current.get(bucket) ?? []).map((r) => [r.key, r]));
      let changed = false;
      for (const key of byBucket.get(bucket) ?? []) {
        const next = edits.get(key)?.(rows.get(key));
        if (next === undefined) continue;
        if (next === null) changed = rows.delete(key) || changed;
        else {
          rows.set(key, next);
          changed = true;
        }
      }
      if (!changed) continue;
      const { list, csv } = encodeBucket(bucket, [...rows.values()]);
      lists.push(list);
      csvs.push(csv);
    }
    if (lists.length > 0) await Promise.all([db.shortlistRows.bulkPut(lists), db.shortlistCsv.bulkPut(csvs)]);
  });
}

/** Whatever their key order. */
export const sameRow = (a: ShortlistRow | undefined, b: ShortlistRow) =>
  a !== undefined && stableJson(a) === stableJson(b);

/**
 * Rows for entries just written: their own fields from the entry, figures
 * carried over (they go stale by themselves if the snapshot changed).
 */
export async function syncRows(db: ScoutDb, entries: readonly ShortlistEntry[]): Promise<void> {
  const edits = new Map<string, RowEdit>();
  for (const entry of entries) {
    edits.set(entry.key, (current) => {
      const next = rowOfEntry(entry, current?.figures ?? null);
      return sameRow(current, next) ? undefined : next;
    });
  }
  await editRows(db, edits);
}

export async function dropRows(db: ScoutDb, keys: readonly string[]): Promise<void> {
  await editRows(db, new Map(keys.map((key) => [key, () => null])));
}

/** The creators' stored comments changed: their figures no longer hold. */
export async function markFiguresStale(db: ScoutDb, keys: readonly string[]): Promise<void> {
  await editRows(
    db,
    new Map(
      keys.map((key): [string, RowEdit] => [
        key,
        (current) => (current?.figures ? { ...current, figures: null } : undefined),
      ]),
    ),
  );
}
