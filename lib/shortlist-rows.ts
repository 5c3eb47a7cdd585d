import { browser } from 'wxt/browser';
import { hashText } from '@/core/fingerprint';
import { DEFAULT_LOCALE } from '@/core/numbers';
import type { Settings } from '@/core/settings';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist';
import { rowFingerprint, rowOfEntry, shortlistRowSchema, type ShortlistRow } from '@/core/shortlist-row';
import { computeRow, type RowContext } from '@/core/shortlist-row-compute';
import type { CommentSample } from '@/core/snapshot';
import { postCommentsRowSchema, type RowBucketRecord, type ScoutDb } from './db';
import { browserTranslator, uiLocale } from './i18n';

/**
 * The shortlist's list rows (core/shortlist-row.ts) in IndexedDB. They are
 * stored in ROW_BUCKETS records, each holding the rows of the creators whose
 * key hashes to it: Chromium reads 64 records of 150 rows several times
 * faster than 10,000 records of one (measured: ~30 ms against ~100 ms), and
 * that read is most of opening the list.
 *
 * Every function here that writes runs inside the caller's transaction when
 * there is one (it must include `shortlistRows`), so an entry and its row
 * change together or not at all.
 */

export const ROW_BUCKETS = 64;

export function bucketOf(key: string): number {
  return Number.parseInt(hashText(key).slice(-6), 16) % ROW_BUCKETS;
}

/** The valid rows of one bucket record. A row that fails validation, or sits in another key's bucket, is left out: it is rebuilt from its entry. */
export function rowsOfRecord(record: unknown): ShortlistRow[] {
  if (typeof record !== 'object' || record === null) return [];
  const { bucket, rows } = record as Partial<RowBucketRecord>;
  if (typeof bucket !== 'number' || !Array.isArray(rows)) return [];
  const valid: ShortlistRow[] = [];
  for (const raw of rows) {
    const parsed = shortlistRowSchema.safeParse(raw);
    if (parsed.success && bucketOf(parsed.data.key) === bucket) valid.push(parsed.data);
  }
  return valid;
}

/** Rows by bucket: every bucket, or the ones asked for (an absent bucket reads as empty). */
export async function readRowBuckets(db: ScoutDb, buckets?: readonly number[]): Promise<Map<number, ShortlistRow[]>> {
  const out = new Map<number, ShortlistRow[]>();
  if (buckets === undefined) {
    for (const record of await db.shortlistRows.toArray()) out.set(record.bucket, rowsOfRecord(record));
    return out;
  }
  const records = await db.shortlistRows.bulkGet([...buckets]);
  buckets.forEach((bucket, i) => out.set(bucket, rowsOfRecord(records[i])));
  return out;
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
  await db.transaction('rw', db.shortlistRows, async () => {
    const buckets = [...byBucket.keys()];
    const current = await readRowBuckets(db, buckets);
    const writes: RowBucketRecord[] = [];
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
      if (changed) writes.push({ bucket, rows: [...rows.values()] });
    }
    if (writes.length > 0) await db.shortlistRows.bulkPut(writes);
  });
}

const sameRow = (a: ShortlistRow | undefined, b: ShortlistRow) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

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
  for (const raw of await db.postComments.where('key').anyOf([...keys]).toArray()) {
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
}

const NO_COMMENTS: ReadonlyMap<string, CommentSample[]> = new Map();

/**
 * Recompute the rows of some creators from their full entries and comments,
 * in one transaction: what is read and what is written belong together.
 */
export async function computeRows(db: ScoutDb, keys: readonly string[], ctx: RowContext): Promise<ComputeResult> {
  return db.transaction('rw', [db.shortlist, db.postComments, db.shortlistRows], async () => {
    const result: ComputeResult = { rows: [], unreadable: [], gone: [] };
    const records = await db.shortlist.bulkGet([...keys]);
    const comments = await commentsOf(db, keys);
    const edits = new Map<string, RowEdit>();
    keys.forEach((key, i) => {
      const record = records[i];
      if (record === undefined) {
        result.gone.push(key);
        edits.set(key, () => null);
        return;
      }
      const parsed = shortlistEntrySchema.safeParse(record);
      if (!parsed.success || parsed.data.key !== key) {
        result.unreadable.push({ key, record });
        edits.set(key, () => null);
        return;
      }
      const row = computeRow(parsed.data, comments.get(key) ?? NO_COMMENTS, ctx);
      result.rows.push(row);
      edits.set(key, (current) => (sameRow(current, row) ? undefined : row));
    });
    await editRows(db, edits);
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
