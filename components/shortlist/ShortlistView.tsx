import { i18n } from '#i18n';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { ShortlistEntry } from '@/core/shortlist';
import { getDb } from '@/lib/db';
import { useSettings } from '@/lib/hooks/use-settings';
import { useAllComments, useShortlist } from '@/lib/hooks/use-shortlist';
import { removeFromShortlist, restoreToShortlist } from '@/lib/shortlist';
import { Button } from '../ui/Button';
import { exportShortlist } from './export';
import { filterRows, sortRows, useShortlistRows, type ShortlistRow as Row, type SortState } from './rows';
import { ShortlistRow } from './ShortlistRow';
import { SortHeader } from './SortHeader';
import { UnreadableNotice } from './UnreadableNotice';
import '../tokens.css';
import '../ui/ui.css';
import './shortlist.css';

/** Fixed row height: rows are virtualised, and a fixed size keeps 10,000 of them cheap. */
export const ROW_HEIGHT = 148;
const NO_ENTRIES: ShortlistEntry[] = [];

/**
 * The shortlist for the side panel. `fallbackHeight` is used while the list
 * has no layout yet (a hidden tab, or a DOM without layout such as tests).
 */
export function ShortlistView({ fallbackHeight = 480 }: { fallbackHeight?: number }) {
  const read = useShortlist();
  const { settings } = useSettings();
  const comments = useAllComments();
  const rows = useShortlistRows(read?.entries ?? NO_ENTRIES, settings, comments);
  const [sort, setSort] = useState<SortState>({ key: 'tier', direction: 'descending' });
  const [query, setQuery] = useState('');
  const [removed, setRemoved] = useState<ShortlistEntry | null>(null);
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

  const remove = (row: Row) => {
    setRemoved(row.entry);
    void removeFromShortlist(getDb(), row.key);
  };

  if (!read) return <p className="cs-sl__empty">{i18n.t('compare.loading')}</p>;
  return (
    <div className="cs-sl">
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
          onClick={() => exportShortlist(shown.map((r) => r.entry), settings, comments)}
          disabled={shown.length === 0}
          title={i18n.t('shortlist.exportTitle', shown.length, [shown.length])}
        >
          {i18n.t('shortlist.export')}
        </Button>
      </div>
      <UnreadableNotice records={read.unreadable} />
      {removed ? (
        <p className="cs-sl__status" role="status">
          {i18n.t('shortlist.removed', [removed.handle])}{' '}
          <Button variant="quiet" onClick={() => void restoreToShortlist(getDb(), removed).then(() => setRemoved(null))}>
            {i18n.t('shortlist.undo')}
          </Button>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="cs-sl__empty">{i18n.t('shortlist.empty')}</p>
      ) : (
        <div role="table" aria-label={i18n.t('sidepanel.tab.shortlist')} aria-rowcount={shown.length + 1} className="cs-sl__table">
          <div role="rowgroup">
            <div role="row" aria-rowindex={1} className="cs-sl__head">
              <div role="columnheader" className="cs-sl__th">{i18n.t('planner.creator')}</div>
              <SortHeader label={i18n.t('analysis.tier')} column="tier" sort={sort} onSort={setSort} />
              <SortHeader label={i18n.t('analysis.engagement')} column="engagement" sort={sort} onSort={setSort} />
              <SortHeader label={i18n.t('shortlist.costPerEngagement')} column="costPerEngagement" sort={sort} onSort={setSort} />
              <SortHeader label={i18n.t('compare.row.pod')} column="podScore" sort={sort} onSort={setSort} />
            </div>
          </div>
          <div role="rowgroup" ref={scrollRef} className="cs-sl__scroll">
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
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
