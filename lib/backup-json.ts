import type { ShortlistEntry } from '@/core/shortlist/shortlist';
import type { PostCommentsRow, SnapshotRow } from './db';

/**
 * The JSON backup: every field of every shortlist entry, plus (optionally) the
 * page-read history and opened-post comments of those creators. JSON.stringify
 * escapes lone surrogates, so the file is valid UTF-8 and loses nothing.
 */

export const BACKUP_FORMAT = 'creator-scout-backup';
export const BACKUP_VERSION = 1;

export interface BackupHistory {
  snapshots: SnapshotRow[];
  postComments: PostCommentsRow[];
}

interface JsonBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  shortlist: ShortlistEntry[];
  history?: BackupHistory;
}

export function writeJsonBackup(entries: readonly ShortlistEntry[], now: Date, history?: BackupHistory): string {
  const backup: JsonBackup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    shortlist: [...entries],
    // Row ids are local to one database: a restore assigns new ones.
    ...(history && { history: { ...history, snapshots: history.snapshots.map(({ id: _id, ...row }) => row) } }),
  };
  return JSON.stringify(backup, null, 1);
}

/** `creator-scout-backup-2026-03-01.json` (or .csv), in the user's local date. */
export function backupFilename(now: Date, ext: 'json' | 'csv'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `creator-scout-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}
