import type { CSSProperties } from 'react';
import { formatPercent } from '@/core/format';
import { PodBadge, TierBadge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { PLATFORM_LABELS, UI_LOCALE } from '../ui/labels';
import { Missing, RangeValue } from '../ui/Stat';
import { NoteEditor } from './NoteEditor';
import type { ShortlistRow as Row } from './rows';

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
        <span className="cs-sl__handle">@{entry.handle}</span>{' '}
        <span className="cs-sl__muted">
          {PLATFORM_LABELS[entry.platform]}
          {analysis.displayName ? ` · ${analysis.displayName}` : ''}
        </span>
      </div>
      <div role="cell">
        <TierBadge tier={analysis.tier.id} title={analysis.tier.reason} />
      </div>
      <div role="cell" aria-label="Engagement rate">
        {engagement.rate === null ? (
          <Missing reason={engagement.reasons[0]} />
        ) : (
          formatPercent(engagement.rate, undefined, UI_LOCALE)
        )}
      </div>
      <div role="cell" aria-label="Cost per engagement">
        <RangeValue range={roi.costPerEngagement} kind="money" currency={roi.currency} missingReason={roi.reasons[0]} />
      </div>
      <div role="cell">
        <PodBadge pod={analysis.pod} />
      </div>
      <div role="cell" className="cs-sl__note">
        <NoteEditor entryKey={row.key} handle={entry.handle} note={entry.note} />
      </div>
      <div role="cell" className="cs-sl__actions">
        <Button variant="danger" aria-label={`Remove @${entry.handle}`} onClick={() => onRemove(row)}>
          Remove
        </Button>
      </div>
    </div>
  );
}
