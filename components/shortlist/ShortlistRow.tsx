import { i18n } from '#i18n';
import type { CSSProperties } from 'react';
import { formatPercent } from '@/core/format';
import { PodBadge, TierBadge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { PLATFORM_LABELS, uiLocale } from '../ui/labels';
import { Missing, RangeValue } from '../ui/Stat';
import { COMPARE_MAX } from '@/core/compare';
import { NoteEditor } from './NoteEditor';
import type { ShortlistRow as Row } from './rows';
import { useCompareSelection } from './selection';

/** Tick to compare; at the limit the other boxes are disabled and say why. */
function CompareBox({ rowKey, handle }: { rowKey: string; handle: string }) {
  const checked = useCompareSelection((s) => s.keys.includes(rowKey));
  const full = useCompareSelection((s) => s.keys.length >= COMPARE_MAX);
  const toggle = useCompareSelection((s) => s.toggle);
  return (
    <label className="cs-sl__compare" title={!checked && full ? i18n.t('shortlist.compareFull', [COMPARE_MAX]) : undefined}>
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
  row: Row;
  index: number;
  style: CSSProperties;
  onRemove: (row: Row) => void;
}

/** One creator; laid out as a card, exposed as a table row. Page text stays text. */
export function ShortlistRow({ row, index, style, onRemove }: ShortlistRowProps) {
  const { analysis, entry } = row;
  const { engagement, roi } = analysis;
  return (
    <div className="cs-sl__row" role="row" aria-rowindex={index + 2} style={style} data-key={row.key}>
      <div role="cell" className="cs-sl__creator">
        <CompareBox rowKey={row.key} handle={entry.handle} />{' '}
        <span className="cs-sl__handle">@{entry.handle}</span>{' '}
        <span className="cs-sl__muted">
          {PLATFORM_LABELS[entry.platform]}
          {analysis.displayName ? ` · ${analysis.displayName}` : ''}
        </span>
      </div>
      <div role="cell">
        <TierBadge tier={analysis.tier.id} title={analysis.tier.reason} />
      </div>
      <div role="cell" aria-label={i18n.t('ui.engagementRate')}>
        {engagement.rate === null ? (
          <Missing reason={engagement.reasons[0]} />
        ) : (
          formatPercent(engagement.rate, undefined, uiLocale())
        )}
      </div>
      <div role="cell" aria-label={i18n.t('ui.costPerEngagement')}>
        <RangeValue range={roi.costPerEngagement} kind="money" currency={roi.currency} missingReason={roi.reasons[0]} />
      </div>
      <div role="cell">
        <PodBadge pod={analysis.pod} postsMeasured={analysis.engagement.postsMeasured} />
      </div>
      <div role="cell" className="cs-sl__note">
        <NoteEditor entryKey={row.key} handle={entry.handle} note={entry.note} />
      </div>
      <div role="cell" className="cs-sl__actions">
        <Button variant="danger" aria-label={i18n.t('shortlist.removeOne', [entry.handle])} onClick={() => onRemove(row)}>
          {i18n.t('shortlist.remove')}
        </Button>
      </div>
    </div>
  );
}
