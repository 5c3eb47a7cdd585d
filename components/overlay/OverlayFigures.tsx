import type { Analysis } from '@/core/analysis';
import { formatCount, formatPercent } from '@/core/format';
import { PodBadge, TierBadge } from '../ui/Badge';
import { BASIS_LABELS, UI_LOCALE } from '../ui/labels';
import { Missing, RangeValue, Stat } from '../ui/Stat';

/** The figures of a ready or partial overlay; anything missing says "not on the page". */
export function OverlayFigures({ analysis }: { analysis: Analysis }) {
  const { engagement, roi, pod, followers, tier } = analysis;
  const followerText = followers === null ? undefined : `${formatCount(followers, UI_LOCALE)} followers`;
  return (
    <>
      <div className="cs-overlay__badges">
        <TierBadge tier={tier.id} detail={followerText} title={tier.reason} />
        <PodBadge pod={pod} />
      </div>
      <div className="cs-overlay__grid">
        {followers === null ? (
          <Stat label="Followers">
            <Missing reason={tier.reason} />
          </Stat>
        ) : null}
        <Stat
          label="Engagement rate"
          hint={
            engagement.rate === null
              ? undefined
              : `${engagement.basis ? BASIS_LABELS[engagement.basis] : ''} · ${engagement.postsMeasured} posts measured`
          }
        >
          {engagement.rate === null ? (
            <Missing reason={engagement.reasons[0]} />
          ) : (
            formatPercent(engagement.rate, undefined, UI_LOCALE)
          )}
        </Stat>
        <Stat label="Cost per post">
          <RangeValue range={roi.costPerPost} kind="money" currency={roi.currency} missingReason={tier.reason} />
        </Stat>
        <Stat label="Cost per engagement">
          <RangeValue
            range={roi.costPerEngagement}
            kind="money"
            currency={roi.currency}
            missingReason={engagement.reasons[0]}
          />
        </Stat>
      </div>
    </>
  );
}
