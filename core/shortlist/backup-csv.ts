import { writeCsv, neutralizeCell, type CsvCell } from '../text/csv';
import type { ShortlistEntry } from './shortlist';
import { profileUrl } from './shortlist-columns';

/**
 * The shortlist as a *restorable* CSV. The shortlist report (shortlist-csv.ts)
 * is for reading figures in a spreadsheet; it cannot be imported back because
 * it holds no page data and its neutralised text is not reversible. This one
 * carries every field of an entry losslessly:
 *
 * - text cells are escaped reversibly: a cell that starts with an apostrophe,
 *   or that a spreadsheet would run as a formula, gets one leading apostrophe;
 *   import removes exactly one. So `=1` ↔ `'=1` and `'x` ↔ `''x`.
 * - tags are a JSON array; the snapshot is JSON (its text is JSON-escaped,
 *   so even lone surrogates survive a UTF-8 file);
 * - times are Unix milliseconds, with an ISO copy for people.
 *
 * Columns marked "for people" are ignored on import: the snapshot is the truth.
 */

export const BACKUP_CSV_COLUMNS = {
  platform: 'platform',
  handle: 'handle',
  displayName: 'display name',
  followers: 'followers',
  url: 'profile URL',
  note: 'note',
  tags: 'tags',
  savedAtIso: 'saved at',
  updatedAtIso: 'updated at',
  savedAt: 'saved at (ms)',
  updatedAt: 'updated at (ms)',
  snapshot: 'snapshot (JSON)',
  /** Optional on import (files written before it have none); empty = no agreed price. */
  agreedPrice: 'agreed price',
} as const;

const C = BACKUP_CSV_COLUMNS;

export const BACKUP_CSV_HEADER: readonly string[] = [
  C.platform,
  C.handle,
  C.displayName,
  C.followers,
  C.url,
  C.note,
  C.tags,
  C.savedAtIso,
  C.updatedAtIso,
  C.savedAt,
  C.updatedAt,
  C.snapshot,
  C.agreedPrice,
];

/** Columns import needs; the rest are for people. */
export const BACKUP_CSV_REQUIRED: readonly string[] = [
  C.platform,
  C.handle,
  C.note,
  C.tags,
  C.savedAt,
  C.updatedAt,
  C.snapshot,
];

/** Reversible formula neutralisation (see file comment). */
export function encodeText(value: string): string {
  return value.startsWith("'") ? `'${value}` : neutralizeCell(value);
}

/** Inverse of encodeText: drops exactly one leading apostrophe. */
export function decodeText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

function iso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

function backupRow(entry: ShortlistEntry): CsvCell[] {
  const text = (value: string) => encodeText(value);
  return [
    text(entry.platform),
    text(entry.handle),
    text(entry.snapshot.profile.displayName ?? ''),
    entry.snapshot.profile.followers?.value ?? null,
    text(profileUrl(entry.platform, entry.handle)),
    text(entry.note),
    text(JSON.stringify(entry.tags)),
    iso(entry.savedAt),
    iso(entry.updatedAt),
    entry.savedAt,
    entry.updatedAt,
    text(JSON.stringify(entry.snapshot)),
    entry.agreedPrice ?? null,
  ];
}

/**
 * writeCsv neutralises again, but every text cell here is already encoded:
 * an encoded cell never starts with a formula character (it starts with an
 * apostrophe or is harmless), so the second pass leaves it unchanged.
 */
export function shortlistToBackupCsv(entries: readonly ShortlistEntry[]): string {
  return writeCsv([[...BACKUP_CSV_HEADER], ...entries.map(backupRow)]);
}
