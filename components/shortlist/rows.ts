import type { Analysis } from '@/core/score/analysis';
import type { ShortlistEntry } from '@/core/shortlist/shortlist';
import type { ListFigures, SortDirection, SortKey } from '@/core/shortlist/shortlist-columns';
import { currentFigures, type ListedRow } from '@/core/shortlist/shortlist-row';
import { sortByFigures } from '@/core/shortlist/shortlist-row-sort';

/** One line of the shortlist: its stored row, and its figures when they are current (null: being recomputed). */
export interface ListRow {
  key: string;
  row: ListedRow;
  figures: ListFigures | null;
}

/** A saved creator analysed from its full entry under the current settings (Compare, the planner). */
export interface ShortlistRow {
  key: string;
  entry: ShortlistEntry;
  analysis: Analysis;
}

export type { SortKey };
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** Rows with the figures that may be shown under `fingerprint`: stale ones are withheld, never shown as current. */
export function listRows(rows: readonly ListedRow[], fingerprint: string): ListRow[] {
  return rows.map((row) => ({ key: row.key, row, figures: currentFigures(row, fingerprint) }));
}

/** Case-insensitive match on handle or display name. */
export function filterRows(rows: readonly ListRow[], query: string): ListRow[] {
  const q = query.trim().toLowerCase().replace(/^@/, '');
  if (!q) return [...rows];
  return rows.filter(
    (r) => r.row.handle.toLowerCase().includes(q) || (r.row.displayName ?? '').toLowerCase().includes(q),
  );
}

/** Sorted copy: rows without the figure, or whose figures are being recomputed, stay last either way. */
export function sortRows(rows: readonly ListRow[], sort: SortState): ListRow[] {
  return sortByFigures(rows, sort.key, sort.direction, (r) => r.figures);
}
