import type { Range } from './analysis';
import { writeCsv, type CsvCell } from './csv';
import { SHORTLIST_CSV_HEADER, profileUrl } from './shortlist-csv';
import type { RowFigures, ShortlistRow } from './shortlist-row';
import { TIER_LABELS } from './tiers';

/**
 * The shortlist CSV report from list rows whose figures are current: the same
 * file, cell for cell, as shortlistToCsv() writes from the full entries
 * (shortlist-row-csv.test.ts holds them to that), without re-analysing
 * 10,000 creators on every export.
 */

export interface CsvRow {
  row: ShortlistRow;
  /** Current figures of the row (see currentFigures). */
  figures: RowFigures;
}

function round(n: number | null | undefined, digits: number): number | null {
  if (typeof n !== 'number' || !Number.isFinite(n)) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const percent = (fraction: number | null) => round(fraction === null ? null : fraction * 100, 2);

function rangeCells(range: Range | null, digits: number): CsvCell[] {
  return range ? [round(range.low, digits), round(range.expected, digits), round(range.high, digits)] : [null, null, null];
}

/** ISO 8601, or empty for a timestamp Date cannot represent. */
function iso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
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
    ...rangeCells(f.costPerPost, 2),
    ...rangeCells(f.costPerEngagement, 4),
    ...rangeCells(f.expectedReach, 0),
    ...rangeCells(f.expectedConversions, 2),
    ...rangeCells(f.expectedRevenue, 2),
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
