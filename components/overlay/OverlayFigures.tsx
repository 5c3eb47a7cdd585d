import type { Analysis } from '@/core/analysis';
import { uiText } from '@/lib/i18n';
import { formatCount, formatExactCount, formatPercent } from '@/core/numbers';
import { PodBadge, TierBadge } from '../ui/Badge';
import { basisLabel, uiLocale } from '../ui/labels';
import { Missing, RangeValue, Stat } from '../ui/Stat';

/** The figures of a ready or partial overlay; anything missing says "not on the page". */
export function OverlayFigures({ analysis }: { analysis: Analysis }) {
  const { engagement, roi, pod, followers, tier } = analysis;
  const locale = uiLocale();
  const followerText = followers === null ? undefined : uiText('ui.followersCount', [formatCount(followers, locale)]);
  return (
    <>
      <div className="cs-overlay__badges">
        <TierBadge tier={tier.id} detail={followerText} title={tier.reason} />
        <PodBadge pod={pod} postsMeasured={engagement.postsMeasured} />
      </div>
      <div className="cs-overlay__grid">
        {followers === null ? (
          <Stat label={uiText('ui.followers')}>
            <Missing reason={tier.reason} />
          </Stat>
        ) : null}
        <Stat
          label={uiText('ui.engagementRate')}
          hint={
            engagement.rate === null
              ? undefined
              : `${engagement.basis ? basisLabel(engagement.basis) : ''} · ${uiText('overlay.postsMeasured', [formatExactCount(engagement.postsMeasured, locale)], engagement.postsMeasured)}`
          }
        >
          {engagement.rate === null ? (
            <Missing reason={engagement.reasons[0]} />
          ) : (
            formatPercent(engagement.rate, undefined, locale)
          )}
        </Stat>
        <Stat label={uiText('ui.costPerPost')}>
          <RangeValue range={roi.costPerPost} kind="money" currency={roi.currency} missingReason={tier.reason} />
        </Stat>
        <Stat label={uiText('ui.costPerEngagement')}>
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
