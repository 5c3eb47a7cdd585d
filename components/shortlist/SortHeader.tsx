import type { SortKey, SortState } from './rows';

/**
 * A sortable column header: aria-sort on the header, a real button inside so
 * it is reachable and operable with the keyboard.
 */
export function SortHeader(props: {
  label: string;
  column: SortKey;
  sort: SortState;
  onSort: (next: SortState) => void;
}) {
  const { label, column, sort, onSort } = props;
  const active = sort.key === column;
  const next: SortState = {
    key: column,
    direction: active && sort.direction === 'descending' ? 'ascending' : 'descending',
  };
  return (
    <div role="columnheader" aria-sort={active ? sort.direction : 'none'} className="cs-sl__th">
      <button type="button" className="cs-sl__sort cs-focusable" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </div>
  );
}
