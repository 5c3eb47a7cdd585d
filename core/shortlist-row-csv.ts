import { writeCsv, type CsvCell } from './csv';
import { SHORTLIST_CSV_HEADER, iso, moneyCells, percent, profileUrl } from './shortlist-csv';
import type { RowFigures, ShortlistRow } from './shortlist-row';
import { TIER_LABELS } from './tiers';

/**
 * The shortlist CSV report from list rows whose figures are current: the same
 * file, cell for cell, as shortlistToCsv() writes from the full entries
 * (shortlist-row-csv.test.ts holds them to that; the cell formats are
 * shortlist-csv.ts's own), without re-analysing 10,000 creators per export.
 */

export interface CsvRow {
  row: ShortlistRow;
  /** Current figures of the row (see currentFigures). */
  figures: RowFigures;
}

function cells({ row, figures: f }: CsvRow): CsvCell[] {
  return [
    row.platform,
    row.handle,
    profileUrl(row.platform, row.handle),
    row.displayName ?? '',
    f.followers,
    row.following,
    row.posts,
    f.tier ? TIER_LABELS[f.tier] : '',
    percent(f.engagementRate),
    f.engagementBasis ?? '',
    percent(f.byFollowers),
    percent(f.byViews),
    f.postsMeasured,
    ...moneyCells(f, f.agreedPrice),
    f.currency,
    f.podScore,
    f.podLevel ?? '',
    f.podReasonsCsv,
    row.note,
    row.tags.join('; '),
    iso(row.savedAt),
    iso(row.updatedAt),
    iso(row.capturedAt),
  ];
}

export function shortlistRowsToCsv(rows: readonly CsvRow[]): string {
  const out: CsvCell[][] = [[...SHORTLIST_CSV_HEADER]];
  for (const row of rows) out.push(cells(row));
  return writeCsv(out);
}
