import { i18n } from '#i18n';
import type { CSSProperties } from 'react';
import { COMPARE_MAX } from '@/core/shortlist/compare-limits';
import { LIST_COLUMNS } from '@/core/shortlist/shortlist-columns';
import { Button } from '../ui/Button';
import { PLATFORM_LABELS } from '../ui/labels';
import { FigureCells } from './cells';
import { AgreedPriceEditor } from './AgreedPriceEditor';
import { NoteEditor } from './NoteEditor';
import type { ListRow } from './rows';
import { useCompareSelection } from './selection';

/** Tick to compare; at the limit the other boxes are disabled and say why. */
function CompareBox({ rowKey, handle }: { rowKey: string; handle: string }) {
  const checked = useCompareSelection((s) => s.keys.includes(rowKey));
  const full = useCompareSelection((s) => s.keys.length >= COMPARE_MAX);
  const toggle = useCompareSelection((s) => s.toggle);
  return (
    <label
      className="cs-sl__compare"
      title={!checked && full ? i18n.t('shortlist.compareFull', [COMPARE_MAX]) : undefined}
    >
      <input
        type="checkbox"
        className="cs-focusable"
        aria-label={i18n.t('shortlist.compareOne', [handle])}
        checked={checked}
        disabled={!checked && full}
        onChange={() => toggle(rowKey)}
      />
      <span className="cs-sl__muted" aria-hidden="true">
        {i18n.t('shortlist.compare')}
      </span>
    </label>
  );
}

export interface ShortlistRowProps {
  row: ListRow;
  index: number;
  style: CSSProperties;
  onRemove: (row: ListRow) => void;
}

/** One creator; laid out as a card, exposed as a table row. Page text stays text. */
export function ShortlistRow({ row: line, index, style, onRemove }: ShortlistRowProps) {
  const { row, figures } = line;
  return (
    <div
      className="cs-sl__row"
      role="row"
      aria-rowindex={index + 2}
      style={style}
      data-key={line.key}
      aria-busy={figures === null || undefined}
    >
      <div role="cell" className="cs-sl__creator">
        <CompareBox rowKey={line.key} handle={row.handle} /> <span className="cs-sl__handle">@{row.handle}</span>{' '}
        <span className="cs-sl__muted">
          {PLATFORM_LABELS[row.platform]}
          {row.displayName ? ` · ${row.displayName}` : ''}
        </span>
      </div>
      <FigureCells columns={LIST_COLUMNS} f={figures} />
      <div role="cell" className="cs-sl__note">
        <NoteEditor entryKey={line.key} handle={row.handle} note={row.note} />
        <AgreedPriceEditor entryKey={line.key} handle={row.handle} price={figures?.agreedPrice ?? null} />
      </div>
      <div role="cell" className="cs-sl__actions">
        <Button
          variant="danger"
          aria-label={i18n.t('shortlist.removeOne', [row.handle])}
          onClick={() => onRemove(line)}
        >
          {i18n.t('shortlist.remove')}
        </Button>
      </div>
    </div>
  );
}
