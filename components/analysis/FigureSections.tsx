import { i18n } from '#i18n';
import type { Audience, Engagement, Pod, Roi } from '@/core/score/analysis';
import { podEvidenceLabel } from '@/core/text/labels';
import { formatCount, formatExactCount, formatPercent, formatRatioRange } from '@/core/text/numbers';
import { AudienceBadge, PodBadge } from '../ui/Badge';
import { browserTranslator } from '@/lib/i18n';
import { basisLabel, uiLocale } from '../ui/labels';
import { ReasonList } from '../ui/ReasonList';
import { Missing, RangeValue, Stat } from '../ui/Stat';

function Percent({ value, reason }: { value: number | null; reason?: string }) {
  return value === null ? <Missing reason={reason} /> : <>{formatPercent(value, undefined, uiLocale())}</>;
}

function Count({ value, reason }: { value: number | null; reason?: string }) {
  return value === null ? <Missing reason={reason} /> : <>{formatCount(value, uiLocale())}</>;
}

export function EngagementSection({ engagement: e }: { engagement: Engagement }) {
  const why = e.reasons[0];
  const locale = uiLocale();
  return (
    <section>
      <h3>{i18n.t('analysis.engagement')}</h3>
      <div className="cs-analysis__grid">
        <Stat label={i18n.t('ui.engagementRate')} hint={e.basis ? basisLabel(e.basis) : undefined}>
          <Percent value={e.rate} reason={why} />
        </Stat>
        <Stat label={i18n.t('analysis.byFollowers')}>
          <Percent value={e.byFollowers} reason={why} />
        </Stat>
        <Stat label={i18n.t('analysis.byViews')}>
          <Percent value={e.byViews} reason={why} />
        </Stat>
        <Stat label={i18n.t('analysis.postsMeasured')}>{formatCount(e.postsMeasured, locale)}</Stat>
        <Stat label={i18n.t('analysis.pinnedLeftOut')}>{formatCount(e.pinnedExcluded, locale)}</Stat>
        <Stat label={i18n.t('analysis.withoutMetrics')}>{formatCount(e.postsWithoutMetrics, locale)}</Stat>
        <Stat label={i18n.t('analysis.avgLikes')}>
          <Count value={e.avgLikes} reason={why} />
        </Stat>
        <Stat label={i18n.t('analysis.avgComments')}>
          <Count value={e.avgComments} reason={why} />
        </Stat>
        <Stat label={i18n.t('analysis.avgViews')}>
          <Count value={e.avgViews} reason={why} />
        </Stat>
      </div>
      <ReasonList reasons={e.reasons} label={i18n.t('analysis.engagementReasons')} />
    </section>
  );
}

/** `why`: the tier reason (fees, reach) and the engagement reason (per-engagement figures). */
export function RoiSection({ roi, why }: { roi: Roi; why: { tier: string; engagement?: string } }) {
  const money = (label: string, range: Roi['costPerPost'], reason?: string) => (
    <Stat label={label}>
      <RangeValue range={range} kind="money" currency={roi.currency} missingReason={reason} />
    </Stat>
  );
  const count = (label: string, range: Roi['costPerPost'], reason?: string) => (
    <Stat label={label}>
      <RangeValue range={range} kind="count" missingReason={reason} />
    </Stat>
  );
  return (
    <section>
      <h3>{i18n.t('analysis.roiTitle')}</h3>
      <div className="cs-analysis__grid">
        {money(i18n.t('ui.costPerPost'), roi.costPerPost, why.tier)}
        {money(i18n.t('ui.costPerEngagement'), roi.costPerEngagement, why.engagement)}
        {count(i18n.t('ui.expectedEngagements'), roi.expectedEngagements, why.engagement)}
        {count(i18n.t('ui.expectedReach'), roi.expectedReach, why.tier)}
        {count(i18n.t('ui.expectedConversions'), roi.expectedConversions, why.tier)}
        {money(i18n.t('ui.expectedRevenue'), roi.expectedRevenue, why.tier)}
        <Stat label={i18n.t('ui.roas')}>
          {roi.roas ? (
            <span className="cs-range">{formatRatioRange(roi.roas, uiLocale())}</span>
          ) : (
            <Missing reason={why.tier} />
          )}
        </Stat>
        {money(i18n.t('ui.costPerThousandReach'), roi.costPerThousandReach, why.tier)}
        {money(i18n.t('ui.costPerConversion'), roi.costPerConversion, why.tier)}
      </div>
      <ReasonList reasons={roi.reasons} label={i18n.t('ui.assumptions')} />
    </section>
  );
}

export function PodSection({ pod, postsMeasured }: { pod: Pod; postsMeasured: number }) {
  return (
    <section>
      <h3>{i18n.t('analysis.podTitle')}</h3>
      <p className="cs-analysis__sub">
        <PodBadge pod={pod} postsMeasured={postsMeasured} /> {podEvidenceLabel(pod, postsMeasured, browserTranslator())}
      </p>
      {pod.signals.length > 0 ? (
        <table className="cs-analysis__signals">
          <caption className="cs-analysis__sub">{i18n.t('analysis.signals')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('analysis.points')}</th>
              <th scope="col">{i18n.t('ui.why')}</th>
            </tr>
          </thead>
          <tbody>
            {pod.signals.map((s) => (
              <tr key={s.id} data-signal={s.id}>
                <td>+{formatExactCount(s.points, uiLocale())}</td>
                <td>{s.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ReasonList reasons={pod.reasons} label={i18n.t('analysis.podReasons')} />
    </section>
  );
}

/**
 * Audience quality, apart from the pod verdict: judged from the counts alone
 * (core/score/audience.ts), so it shows while the pod verdict waits for comments.
 */
export function AudienceSection({ audience }: { audience: Audience }) {
  return (
    <section data-section="audience">
      <h3>{i18n.t('pod.audience.label')}</h3>
      <p className="cs-analysis__sub">
        <AudienceBadge audience={audience} />
      </p>
      <ReasonList
        reasons={[...audience.flags.map((f) => f.reason), ...audience.reasons]}
        label={i18n.t('pod.audience.label')}
      />
    </section>
  );
}
