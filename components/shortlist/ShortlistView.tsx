import { i18n } from '#i18n';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ShortlistEntry } from '@/core/shortlist/shortlist';
import { getDb } from '@/lib/db';
import { preloadShortlistRows, useShortlistRows } from '@/lib/hooks/use-shortlist-rows';
import { removeFromShortlist, restoreToShortlist } from '@/lib/shortlist';
import { Button } from '../ui/Button';
import { exportShortlist } from './export';
import { filterRows, listRows, sortRows, type ListRow, type SortState } from './rows';
import { ShortlistRow } from './ShortlistRow';
import { SortHeader } from './SortHeader';
import { LIST_COLUMNS, SHORTLIST_COLUMNS } from '@/core/shortlist/shortlist-columns';
import { UnreadableNotice } from './UnreadableNotice';
import '../tokens.css';
import '../ui/ui.css';
import './shortlist.css';

/** Fixed row height: rows are virtualised, and a fixed size keeps 10,000 of them cheap. */
const ROW_HEIGHT = 148;

// The side panel loads this view at startup, before a tab is chosen: the
// stored rows are read meanwhile, so the list has them when its tab opens.
preloadShortlistRows();

/** The last removal, for undo: the entry arrives once the removal is written. */
interface Removed {
  handle: string;
  entry: ShortlistEntry | null;
}

/**
 * The shortlist for the side panel. It opens from the stored list rows and
 * shows a figure only when it was computed under the current settings; the
 * others say they are being updated (lib/shortlist-live.ts computes them).
 * `fallbackHeight` is used while the list has no layout yet (a hidden tab,
 * or a DOM without layout such as tests).
 */
export function ShortlistView({ fallbackHeight = 480 }: { fallbackHeight?: number }) {
  const { state, live } = useShortlistRows();
  const { fingerprint } = state;
  const rows = useMemo(
    () => (fingerprint === null ? [] : listRows(state.rows, fingerprint)),
    [state.rows, fingerprint],
  );
  const [sort, setSort] = useState<SortState>({ key: 'tier', direction: 'descending' });
  const [query, setQuery] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState('');
  const shown = useMemo(() => sortRows(filterRows(rows, query), sort), [rows, query, sort]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 360, height: fallbackHeight },
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : { ...rect, height: fallbackHeight })),
  });
  const items = virtualizer.getVirtualItems();

  // Rows on screen whose figures are being recomputed go first.
  const waitingOnScreen = items
    .flatMap((item) => {
      const row = shown[item.index];
      return row && row.figures === null ? [row.key] : [];
    })
    .join('\n');
  useEffect(() => live.prioritize(waitingOnScreen ? waitingOnScreen.split('\n') : []), [live, waitingOnScreen]);

  const remove = (row: ListRow) => {
    setRemoved({ handle: row.row.handle, entry: null });
    void removeFromShortlist(getDb(), row.key).then((entry) =>
      setRemoved((current) => (current?.handle === row.row.handle ? { ...current, entry } : current)),
    );
  };

  const exportShown = () => {
    setExportError('');
    setExporting(true);
    exportShortlist(
      getDb(),
      live,
      shown.map((r) => r.key),
    )
      .catch((error: unknown) =>
        setExportError(i18n.t('shortlist.updateFailed', [error instanceof Error ? error.message : String(error)])),
      )
      .finally(() => setExporting(false));
  };

  if (!state.loaded || fingerprint === null) return <p className="cs-sl__empty">{i18n.t('compare.loading')}</p>;
  const settling = !state.reconciled || state.pending > 0;
  return (
    <div className="cs-sl" data-pending={state.pending} data-reconciled={state.reconciled}>
      <div className="cs-sl__toolbar">
        <input
          type="search"
          className="cs-sl__filter cs-focusable"
          aria-label={i18n.t('shortlist.filter')}
          placeholder={i18n.t('shortlist.filter')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <Button
          onClick={exportShown}
          disabled={shown.length === 0 || exporting}
          title={i18n.t('shortlist.exportTitle', shown.length, [shown.length])}
        >
          {exporting ? i18n.t('shortlist.exporting') : i18n.t('shortlist.export')}
        </Button>
      </div>
      <UnreadableNotice records={state.unreadable} />
      {state.error !== null || exportError ? (
        <p className="cs-sl__warning" role="alert">
          {exportError || i18n.t('shortlist.updateFailed', [state.error ?? ''])}
        </p>
      ) : null}
      <p className="cs-sl__status" aria-live="polite">
        {state.pending > 0 ? i18n.t('shortlist.updatingCount', state.pending, [state.pending]) : ''}
      </p>
      {removed ? (
        <p className="cs-sl__status" role="status">
          {i18n.t('shortlist.removed', [removed.handle])}{' '}
          {removed.entry ? (
            <Button
              variant="quiet"
              onClick={() => void restoreToShortlist(getDb(), removed.entry!).then(() => setRemoved(null))}
            >
              {i18n.t('shortlist.undo')}
            </Button>
          ) : null}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="cs-sl__empty">{settling ? i18n.t('compare.loading') : i18n.t('shortlist.empty')}</p>
      ) : (
        <div
          role="table"
          aria-label={i18n.t('sidepanel.tab.shortlist')}
          aria-rowcount={shown.length + 1}
          className="cs-sl__table"
        >
          <div role="rowgroup">
            <div role="row" aria-rowindex={1} className="cs-sl__head">
              <div role="columnheader" className="cs-sl__th">
                {i18n.t('planner.creator')}
              </div>
              {LIST_COLUMNS.map((id) => (
                <SortHeader
                  key={id}
                  label={i18n.t(SHORTLIST_COLUMNS[id].list.header)}
                  column={id}
                  sort={sort}
                  onSort={setSort}
                />
              ))}
            </div>
          </div>
          <div role="rowgroup" ref={scrollRef} className="cs-sl__scroll">
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const row = shown[item.index];
                if (!row) return null;
                return (
                  <ShortlistRow
                    key={row.key}
                    row={row}
                    index={item.index}
                    onRemove={remove}
                    style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  />
                );
              })}
            </div>
          </div>
        </div>
      )}
      {rows.length > 0 && shown.length === 0 ? (
        <p className="cs-sl__empty">{i18n.t('shortlist.noMatch', [query])}</p>
      ) : null}
    </div>
  );
}
