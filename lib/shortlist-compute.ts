import { browser } from 'wxt/browser';
import { DEFAULT_LOCALE } from '@/core/text/numbers';
import type { Settings } from '@/core/settings/settings';
import { shortlistEntrySchema } from '@/core/shortlist/shortlist';
import { rowFingerprint, type ShortlistRow } from '@/core/shortlist/shortlist-row';
import { computeRow, type RowContext } from '@/core/shortlist/shortlist-row-compute';
import { evidenceOf, postCommentsRowSchema, type ScoutDb } from './db';
import { browserTranslator, uiLocale } from './i18n';
import { editRows, rowTables, sameRow, type RowEdit } from './shortlist-rows';
import type { PostEvidence } from '@/core/page/merge-comments';

/**
 * Computing list rows (core/shortlist/shortlist-row-compute.ts) from the stored entries
 * and comments, and storing them (lib/shortlist-rows.ts). The list does it,
 * in chunks, for rows that are missing or whose figures are stale: it knows
 * the page's settings and language. Writers elsewhere only keep the rows'
 * own fields in step and let figures go stale.
 */

/** Stored comments of some creators, validated, by creator and post. */
export async function commentsOf(
  db: ScoutDb,
  keys: readonly string[],
): Promise<Map<string, Map<string, PostEvidence>>> {
  const out = new Map<string, Map<string, PostEvidence>>();
  if (keys.length === 0) return out;
  // One index range per creator, all in flight at once: much faster than anyOf's cursor hopping between keys.
  const perKey = await Promise.all([...keys].map((key) => db.postComments.where('key').equals(key).toArray()));
  for (const raw of perKey.flat()) {
    const parsed = postCommentsRowSchema.safeParse(raw);
    if (!parsed.success) continue;
    const byPost = out.get(parsed.data.key) ?? new Map<string, PostEvidence>();
    byPost.set(parsed.data.postId, evidenceOf(parsed.data));
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
interface Sources {
  keys: readonly string[];
  records: readonly unknown[];
  comments: ReadonlyMap<string, ReadonlyMap<string, PostEvidence>>;
}

const NO_COMMENTS: ReadonlyMap<string, PostEvidence> = new Map();

async function readSources(db: ScoutDb, keys: readonly string[]): Promise<Sources> {
  return db.transaction('r', [db.shortlist, db.postComments], async () => {
    const records = await db.shortlist.bulkGet([...keys]);
    return { keys, records, comments: await commentsOf(db, keys) };
  });
}

/** Rows from their sources, validated and analysed (synchronous: the main thread's part). */
function computeFromSources({ keys, records, comments }: Sources, ctx: RowContext): ComputeResult {
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
function editsOf(
  result: ComputeResult,
  fingerprint: string,
  keep: (row: ShortlistRow, current: ShortlistRow | undefined) => boolean,
): Map<string, RowEdit> {
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
    await editRows(
      db,
      editsOf(result, ctx.fingerprint, () => true),
    );
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
