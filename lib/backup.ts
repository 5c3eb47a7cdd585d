import { shortlistToBackupCsv } from '@/core/shortlist/backup-csv';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist/shortlist';
import { writeJsonBackup, type BackupHistory } from './backup-json';
import type { Candidate, ReadBackup, Rejected } from './backup-read';
import { partitionValid, postCommentsRowSchema, snapshotRowSchema, type ScoutDb } from './db';
import { readShortlist } from './shortlist';
import { markFiguresStale, rowTables, syncRows } from './shortlist-rows';

/**
 * Backup and restore of the shortlist. Export reads validated entries only
 * (unreadable records have their own raw export). Import is two steps: a
 * preview that says what would happen to every row, then an apply that
 * re-checks the database, so a save made in between is never overwritten.
 */

export interface ExportOptions {
  /** Also every stored page read and opened-post comments of those creators. */
  history: boolean;
}

async function historyOf(db: ScoutDb, keys: readonly string[]): Promise<BackupHistory> {
  const snapshots = partitionValid(await db.snapshots.where('key').anyOf(keys).toArray(), snapshotRowSchema).valid;
  const postComments = partitionValid(
    await db.postComments.where('key').anyOf(keys).toArray(),
    postCommentsRowSchema,
  ).valid;
  return { snapshots, postComments };
}

export async function exportJsonBackup(
  db: ScoutDb,
  now: Date,
  options: ExportOptions,
): Promise<{ text: string; count: number }> {
  const { entries } = await readShortlist(db);
  const history = options.history
    ? await historyOf(
        db,
        entries.map((e) => e.key),
      )
    : undefined;
  return { text: writeJsonBackup(entries, now, history), count: entries.length };
}

export async function exportCsvBackup(db: ScoutDb): Promise<{ text: string; count: number }> {
  const { entries } = await readShortlist(db);
  return { text: shortlistToBackupCsv(entries), count: entries.length };
}

/** What happens to a file row whose creator is already in the shortlist. */
export type ExistingPolicy = 'keep' | 'newer';

export interface ImportPreview {
  add: ShortlistEntry[];
  /** File entries newer than the stored one (only with policy "newer"). */
  replace: ShortlistEntry[];
  /** The stored updatedAt each replaced entry had at preview time: apply checks it again. */
  replaceStamps: Map<string, number>;
  /** Rows not imported, each with its reason: invalid, duplicate in the file, or already saved. */
  skipped: Rejected[];
  /** Of `skipped`, those that failed validation. */
  rejectedCount: number;
  history: BackupHistory;
}

const sameEntry = (a: ShortlistEntry, b: ShortlistEntry) => JSON.stringify(a) === JSON.stringify(b);

/** The file's rows, one per creator: the newest wins, the others are reported as duplicates. */
function dedupe(candidates: readonly Candidate[], skipped: Rejected[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const seen = byKey.get(candidate.entry.key);
    if (!seen) {
      byKey.set(candidate.entry.key, candidate);
      continue;
    }
    const [winner, loser] = candidate.entry.updatedAt > seen.entry.updatedAt ? [candidate, seen] : [seen, candidate];
    byKey.set(candidate.entry.key, winner);
    skipped.push({
      label: loser.label,
      handle: loser.entry.handle,
      reason: `same creator as ${winner.label}, which is newer or first: kept that one`,
    });
  }
  return [...byKey.values()];
}

export async function previewImport(
  db: ScoutDb,
  read: Extract<ReadBackup, { ok: true }>,
  policy: ExistingPolicy,
): Promise<ImportPreview> {
  const skipped: Rejected[] = [...read.rejected];
  const rejectedCount = read.rejected.length;
  const unique = dedupe(read.candidates, skipped);
  const stored = new Map<string, unknown>();
  const keys = unique.map((c) => c.entry.key);
  (await db.shortlist.bulkGet(keys)).forEach((row, i) => row !== undefined && stored.set(keys[i] ?? '', row));
  const add: ShortlistEntry[] = [];
  const replace: ShortlistEntry[] = [];
  const replaceStamps = new Map<string, number>();
  for (const { label, entry } of unique) {
    const existing = stored.get(entry.key);
    if (existing === undefined) {
      add.push(entry);
      continue;
    }
    const valid = shortlistEntrySchema.safeParse(existing);
    let reason: string;
    if (!valid.success)
      reason =
        'your saved record of this creator is unreadable; it is kept as it is (export it raw from the shortlist)';
    else if (sameEntry(valid.data, entry)) reason = 'already in your shortlist, identical';
    else if (policy === 'newer' && entry.updatedAt > valid.data.updatedAt) {
      replace.push(entry);
      replaceStamps.set(entry.key, valid.data.updatedAt);
      continue;
    } else reason = 'already in your shortlist: kept yours (its note and tags stay)';
    skipped.push({ label, handle: entry.handle, reason });
  }
  return { add, replace, replaceStamps, skipped, rejectedCount, history: read.history };
}

export interface ImportReport {
  added: number;
  replaced: number;
  /** Changed in the database between preview and apply: left alone. */
  changedMeanwhile: string[];
  historyAdded: number;
}

/** Apply a preview in one transaction; an entry saved or edited since the preview wins. The list rows follow in the same transaction. */
export async function applyImport(db: ScoutDb, preview: ImportPreview): Promise<ImportReport> {
  return db.transaction('rw', [db.shortlist, db.snapshots, db.postComments, ...rowTables(db)], async () => {
    const report: ImportReport = { added: 0, replaced: 0, changedMeanwhile: [], historyAdded: 0 };
    const written: ShortlistEntry[] = [];
    for (const entry of preview.add) {
      if ((await db.shortlist.get(entry.key)) !== undefined) {
        report.changedMeanwhile.push(entry.key);
        continue;
      }
      await db.shortlist.add(entry);
      written.push(entry);
      report.added++;
    }
    for (const entry of preview.replace) {
      const current = shortlistEntrySchema.safeParse(await db.shortlist.get(entry.key));
      if (!current.success || current.data.updatedAt !== preview.replaceStamps.get(entry.key)) {
        report.changedMeanwhile.push(entry.key);
        continue;
      }
      await db.shortlist.put(entry);
      written.push(entry);
      report.replaced++;
    }
    await syncRows(db, written);
    report.historyAdded = await restoreHistory(db, preview.history);
    return report;
  });
}

/** Page reads and comments we do not have yet; what we have is never replaced. */
async function restoreHistory(db: ScoutDb, history: BackupHistory): Promise<number> {
  let added = 0;
  for (const row of history.snapshots) {
    if ((await db.snapshots.where('[key+capturedAt]').equals([row.key, row.capturedAt]).count()) > 0) continue;
    const { id: _id, ...rest } = row;
    await db.snapshots.add(rest);
    added++;
  }
  const withNewComments = new Set<string>();
  for (const row of history.postComments) {
    if ((await db.postComments.get([row.key, row.postId])) !== undefined) continue;
    await db.postComments.add(row);
    withNewComments.add(row.key);
    added++;
  }
  // Their pod figures now rest on more comments: recomputed when the list next shows them.
  await markFiguresStale(db, [...withNewComments]);
  return added;
}
