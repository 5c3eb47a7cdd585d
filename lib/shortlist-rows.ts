import { browser } from 'wxt/browser';
import { hashText, stableJson } from '@/core/fingerprint';
import { DEFAULT_LOCALE } from '@/core/numbers';
import type { Settings } from '@/core/settings';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist';
import { rowFingerprint, rowOfEntry, type ListedRow, type ShortlistRow } from '@/core/shortlist-row';
import { computeRow, type RowContext } from '@/core/shortlist-row-compute';
import type { CommentSample } from '@/core/snapshot';
import { postCommentsRowSchema, type ScoutDb } from './db';
import { browserTranslator, uiLocale } from './i18n';
import { decodeListed, decodeRows, encodeBucket, type CsvRecord, type ListRecord } from './shortlist-columns';

/**
 * The shortlist's list rows (core/shortlist-row.ts) in IndexedDB. They are
 * stored in ROW_BUCKETS records, each holding the rows of the creators whose
 * key hashes to it, by column (lib/shortlist-columns.ts): Chromium reads 64
 * records several times faster than 10,000 records of one row (measured:
 * ~30 ms against ~100 ms), and that read is most of opening the list.
 *
 * Every function here that writes runs inside the caller's transaction when
 * there is one (it must include rowTables(db)), so an entry and its row
 * change together or not at all.
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
  const [lists, csvs] = await Promise.all([db.shortlistRows.bulkGet([...buckets]), db.shortlistCsv.bulkGet([...buckets])]);
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
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), key]);
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

const sameRow = (a: ShortlistRow | undefined, b: ShortlistRow) => a !== undefined && stableJson(a) === stableJson(b);

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
  await editRows(db, new Map(keys.map((key): [string, RowEdit] => [key, (current) => (current?.figures ? { ...current, figures: null } : undefined)])));
}

/** Stored comments of some creators, validated, by creator and post. */
export async function commentsOf(db: ScoutDb, keys: readonly string[]): Promise<Map<string, Map<string, CommentSample[]>>> {
  const out = new Map<string, Map<string, CommentSample[]>>();
  if (keys.length === 0) return out;
  // One index range per creator, all in flight at once: much faster than anyOf's cursor hopping between keys.
  const perKey = await Promise.all([...keys].map((key) => db.postComments.where('key').equals(key).toArray()));
  for (const raw of perKey.flat()) {
    const parsed = postCommentsRowSchema.safeParse(raw);
    if (!parsed.success) continue;
    const byPost = out.get(parsed.data.key) ?? new Map<string, CommentSample[]>();
    byPost.set(parsed.data.postId, parsed.data.comments);
    out.set(parsed.data.key, byPost);
  }
  return out;
}

export interface ComputeResult {
  /** Rows now stored, figures current under the context. */
  rows: ShortlistRow[];
  /** Entries that failed validation, as stored: skipped, never deleted. Their rows are removed. */
  unreadable: { key: string; record: unknown }[];
  /** Keys with no entry any more: their rows are removed. */
  gone: string[];
  /** Milliseconds spent validating and analysing (main thread), not waiting for the database. */
  busyMs: number;
}

/** What rows are computed from: the stored entries and comments of some creators. */
export interface Sources {
  keys: readonly string[];
  records: readonly unknown[];
  comments: ReadonlyMap<string, ReadonlyMap<string, CommentSample[]>>;
}

const NO_COMMENTS: ReadonlyMap<string, CommentSample[]> = new Map();

export async function readSources(db: ScoutDb, keys: readonly string[]): Promise<Sources> {
  return db.transaction('r', [db.shortlist, db.postComments], async () => {
    const records = await db.shortlist.bulkGet([...keys]);
    return { keys, records, comments: await commentsOf(db, keys) };
  });
}

/** Rows from their sources, validated and analysed (synchronous: the main thread's part). */
export function computeFromSources({ keys, records, comments }: Sources, ctx: RowContext): ComputeResult {
  const started = performance.now();
  const result: ComputeResult = { rows: [], unreadable: [], gone: [], busyMs: 0 };
  keys.forEach((key, i) => {
    const record = records[i];
    if (record === undefined) {
      result.gone.push(key);
      return;
    }
    const parsed = shortlistEntrySchema.safeParse(record);
    if (!parsed.success || parsed.data.key !== key) result.unreadable.push({ key, record });
    else result.rows.push(computeRow(parsed.data, comments.get(key) ?? NO_COMMENTS, ctx));
  });
  result.busyMs = performance.now() - started;
  return result;
}

/** The row edits a result makes: computed rows in (unless the stored one is the same), the others out. */
function editsOf(result: ComputeResult, fingerprint: string, keep: (row: ShortlistRow, current: ShortlistRow | undefined) => boolean): Map<string, RowEdit> {
  const edits = new Map<string, RowEdit>();
  for (const key of [...result.gone, ...result.unreadable.map((u) => u.key)]) edits.set(key, () => null);
  for (const row of result.rows) {
    edits.set(row.key, (current) => {
      if (!keep(row, current)) return undefined;
      // Most rows computed here were stale: only a current one can be unchanged (and is then not rewritten).
      return current?.figures?.fingerprint === fingerprint && sameRow(current, row) ? undefined : row;
    });
  }
  return edits;
}

/**
 * Recompute the rows of some creators from their full entries and comments,
 * in one transaction: what is read and what is written belong together.
 */
export async function computeRows(db: ScoutDb, keys: readonly string[], ctx: RowContext): Promise<ComputeResult> {
  return db.transaction('rw', [db.shortlist, db.postComments, ...rowTables(db)], async () => {
    const result = computeFromSources(await readSources(db, keys), ctx);
    await editRows(db, editsOf(result, ctx.fingerprint, () => true));
    return result;
  });
}

/** The extension's version, part of every fingerprint. */
function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** The context figures are computed under on this page: these settings, the browser's language, this version. */
export function rowContext(settings: Settings): RowContext {
  const t = browserTranslator();
  const locale = uiLocale();
  const english = locale === DEFAULT_LOCALE && t('meta.lang') === 'en';
  return { settings, t, english, fingerprint: rowFingerprint({ settings, locale, version: extensionVersion() }) };
}
