import { shortlistRowsToCsv, type CsvRow } from '@/core/shortlist-row-csv';
import { downloadText, shortlistFilename } from '@/lib/download';
import type { ShortlistLive, ShortlistLiveState } from '@/lib/shortlist-live';
import { listRows, type ListRow } from './rows';

/**
 * The CSV report of the rows shown, from their current figures (core writes
 * the same file as from the full entries: core/shortlist-row-csv.ts).
 */

const csvRows = (rows: readonly ListRow[]): CsvRow[] => rows.flatMap((r) => (r.figures ? [{ row: r.row, figures: r.figures }] : []));

/** True when every row's figures are current, so the export can be written now. */
export function canExportNow(rows: readonly ListRow[]): boolean {
  return rows.every((r) => r.figures !== null);
}

/** Write and download the CSV of rows whose figures are all current. */
export function exportRows(rows: readonly ListRow[]): void {
  downloadText(shortlistFilename(new Date()), shortlistRowsToCsv(csvRows(rows)));
}

/** These creators as the list shows them now; creators removed meanwhile are left out. */
function rowsOf(state: ShortlistLiveState, keys: readonly string[]): ListRow[] | null {
  if (state.fingerprint === null) return null;
  const byKey = new Map(listRows(state.rows, state.fingerprint).map((r) => [r.key, r]));
  return keys.map((k) => byKey.get(k)).filter((r): r is ListRow => r !== undefined);
}

/**
 * Export these creators, in this order, once their figures are current:
 * never a stale figure in a file that says nothing of it.
 */
export async function exportWhenComputed(live: ShortlistLive, keys: readonly string[]): Promise<void> {
  live.prioritize(keys);
  const ready = (state: ShortlistLiveState) => {
    const rows = rowsOf(state, keys);
    return rows !== null && canExportNow(rows);
  };
  await live.waitFor(ready);
  exportRows(rowsOf(live.getState(), keys) ?? []);
}
