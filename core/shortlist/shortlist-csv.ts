import { writeCsv, type CsvCell } from '../text/csv';
import { EN } from '../text/i18n';
import type { PostEvidence } from '../page/merge-comments';
import type { Settings } from '../settings/settings';
import type { ShortlistEntry } from './shortlist';
import { csvCells, SHORTLIST_CSV_HEADER, type RowFigures } from './shortlist-columns';
import type { ShortlistRow } from './shortlist-row';
import { computeRow } from './shortlist-row-compute';

/**
 * The shortlist CSV report: one row per creator, every figure the UI shows,
 * the columns and cells of core/shortlist/shortlist-columns.ts. Figures are numbers
 * (percentages as 4.31, not "4.31 %") so a spreadsheet can sort and sum
 * them; text columns are neutralised by writeCsv.
 */

export interface CsvRow {
  row: ShortlistRow;
  /** Current figures of the row (see currentFigures). */
  figures: RowFigures;
}

/** The report from list rows whose figures are current: no re-analysing 10,000 creators per export. */
export function shortlistRowsToCsv(rows: readonly CsvRow[]): string {
  const out: CsvCell[][] = [[...SHORTLIST_CSV_HEADER]];
  for (const { row, figures } of rows) out.push(csvCells(row, figures));
  return writeCsv(out);
}

const NO_COMMENTS: ReadonlyMap<string, PostEvidence> = new Map();

/**
 * The report from full entries, analysed with the *current* settings, so a
 * changed threshold re-tiers the export as it does the screen (`npm run
 * score`, and tests that read a file as a marketer would).
 */
export function shortlistToCsv(
  entries: readonly ShortlistEntry[],
  settings: Settings,
  commentsByKey?: ReadonlyMap<string, ReadonlyMap<string, PostEvidence>>,
): string {
  const rows: CsvRow[] = [];
  for (const entry of entries) {
    const row = computeRow(entry, commentsByKey?.get(entry.key) ?? NO_COMMENTS, {
      settings,
      fingerprint: '',
      t: EN,
      english: true,
    });
    rows.push({ row, figures: row.figures! });
  }
  return shortlistRowsToCsv(rows);
}
