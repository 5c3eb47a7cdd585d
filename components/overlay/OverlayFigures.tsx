import type { Analysis } from '@/core/score/analysis';
import type { FigureText } from '@/core/text/figure-text';
import { uiText } from '@/lib/i18n';
import { AudienceBadge, PodBadge, TierBadge } from '../ui/Badge';
import { basisLabel } from '../ui/labels';
import { Missing, RangeValue, Stat } from '../ui/Stat';

/**
 * The figures of a ready or partial overlay; anything missing says "not on
 * the page". Numbers arrive printed (`text`, core/text/figure-text.ts): nothing
 * here formats a number in the page.
 */
export function OverlayFigures({ analysis, text }: { analysis: Analysis; text: FigureText }) {
  const { engagement, roi, pod, audience, followers, tier } = analysis;
  // Sentences arrive translated in the analysis: nothing here is formatted in the page.
  const podWaits = pod.score === null ? pod.reasons[0] : undefined;
  const audienceWarning = audience.level === 'flagged' ? audience.flags[0]?.reason : undefined;
  const followerText = text.followers === null ? undefined : uiText('ui.followersCount', [text.followers]);
  return (
    <>
      <div className="cs-overlay__badges">
        <TierBadge tier={tier.id} detail={followerText} title={tier.reason} />
        <PodBadge pod={pod} printed={{ score: text.podScore, evidence: text.podEvidence }} />
        {audienceWarning ? <AudienceBadge audience={audience} /> : null}
      </div>
      {podWaits ? (
        <p className="cs-overlay__note" data-note="pod">
          {podWaits}
        </p>
      ) : null}
      {audienceWarning ? (
        <p className="cs-overlay__note" data-note="audience">
          {audienceWarning}
        </p>
      ) : null}
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
              : `${engagement.basis ? basisLabel(engagement.basis) : ''} · ${uiText('overlay.postsMeasured', [text.postsMeasured], engagement.postsMeasured)}`
          }
        >
          {engagement.rate === null ? <Missing reason={engagement.reasons[0]} /> : text.engagementRate}
        </Stat>
        <Stat label={uiText('ui.costPerPost')}>
          <RangeValue
            range={roi.costPerPost}
            text={text.costPerPost}
            kind="money"
            currency={roi.currency}
            missingReason={tier.reason}
          />
        </Stat>
        <Stat label={uiText('ui.costPerEngagement')}>
          <RangeValue
            range={roi.costPerEngagement}
            text={text.costPerEngagement}
            kind="money"
            currency={roi.currency}
            missingReason={engagement.reasons[0]}
          />
        </Stat>
        <Stat label={uiText('ui.roas')}>
          {text.roas === null ? (
            <Missing reason={roi.reasons.find((r) => r.startsWith('No')) ?? tier.reason} />
          ) : (
            <span className="cs-range">{text.roas}</span>
          )}
        </Stat>
      </div>
    </>
  );
}
