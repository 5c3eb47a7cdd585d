import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import type { Pod } from '@/core/score/analysis';
import { formatPercent } from '@/core/text/format';
import type { ListColumnId, ListFigures } from '@/core/shortlist/shortlist-columns';
import { PodBadge, TierBadge } from '../ui/Badge';
import { uiLocale } from '../ui/labels';
import { Missing, RangeValue } from '../ui/Stat';

/**
 * The list cell of each list column of core/shortlist/shortlist-columns.ts (the type
 * fails a list column without one). `label` names the cell for a screen
 * reader while its figure is being recomputed, and when it shows a bare
 * value; a badge names itself.
 */
export interface ListCell {
  label: () => string;
  /** The cell's content names itself (a badge): no label while it is shown. */
  selfLabelled?: true;
  render: (f: ListFigures) => ReactNode;
}

/** The pod verdict as the badge takes it: the stored top reason stands for the signals. */
function podOf(f: ListFigures): Pod {
  return {
    score: f.podScore,
    level: f.podLevel,
    signals: [],
    reasons: f.podTopReason === null ? [] : [f.podTopReason],
    postsWithComments: f.podPostsWithComments,
    commentsSeen: f.podCommentsSeen,
  };
}

export const LIST_CELLS: { readonly [K in ListColumnId]: ListCell } = {
  tier: {
    label: () => i18n.t('analysis.tier'),
    selfLabelled: true,
    render: (f) => <TierBadge tier={f.tier} title={f.tierReason} />,
  },
  engagementRate: {
    label: () => i18n.t('ui.engagementRate'),
    render: (f) =>
      f.engagementRate === null ? (
        <Missing reason={f.engagementMissing ?? undefined} />
      ) : (
        formatPercent(f.engagementRate, undefined, uiLocale())
      ),
  },
  costPerEngagement: {
    label: () => i18n.t('ui.costPerEngagement'),
    render: (f) => (
      <RangeValue
        range={f.costPerEngagement}
        kind="money"
        currency={f.currency}
        missingReason={f.costMissing ?? undefined}
      />
    ),
  },
  podScore: {
    label: () => i18n.t('compare.row.pod'),
    selfLabelled: true,
    render: (f) => <PodBadge pod={podOf(f)} postsMeasured={f.postsMeasured} />,
  },
};

/** A figure being recomputed under the current settings: said so, never shown with its old value. */
function Updating() {
  return (
    <span className="cs-sl__updating" title={i18n.t('shortlist.updatingWhy')}>
      {i18n.t('shortlist.updating')}
    </span>
  );
}

/** The row's cells of the list columns, in the table's order. */
export function FigureCells({ columns, f }: { columns: readonly ListColumnId[]; f: ListFigures | null }) {
  return (
    <>
      {columns.map((id) => {
        const cell = LIST_CELLS[id];
        return (
          <div key={id} role="cell" aria-label={f === null || !cell.selfLabelled ? cell.label() : undefined}>
            {f === null ? <Updating /> : cell.render(f)}
          </div>
        );
      })}
    </>
  );
}
