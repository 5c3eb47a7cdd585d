import type { Engagement, Pod, Roi } from '@/core/analysis';
import { formatCount, formatExactCount, formatPercent } from '@/core/format';
import { PodBadge } from '../ui/Badge';
import { BASIS_LABELS, UI_LOCALE } from '../ui/labels';
import { ReasonList } from '../ui/ReasonList';
import { Missing, RangeValue, Stat } from '../ui/Stat';

function Percent({ value, reason }: { value: number | null; reason?: string }) {
  return value === null ? <Missing reason={reason} /> : <>{formatPercent(value, undefined, UI_LOCALE)}</>;
}

function Count({ value, reason }: { value: number | null; reason?: string }) {
  return value === null ? <Missing reason={reason} /> : <>{formatCount(value, UI_LOCALE)}</>;
}

export function EngagementSection({ engagement: e }: { engagement: Engagement }) {
  const why = e.reasons[0];
  return (
    <section>
      <h3>Engagement</h3>
      <div className="cs-analysis__grid">
        <Stat label="Engagement rate" hint={e.basis ? BASIS_LABELS[e.basis] : undefined}>
          <Percent value={e.rate} reason={why} />
        </Stat>
        <Stat label="By followers"><Percent value={e.byFollowers} reason={why} /></Stat>
        <Stat label="By views"><Percent value={e.byViews} reason={why} /></Stat>
        <Stat label="Posts measured">{formatCount(e.postsMeasured, UI_LOCALE)}</Stat>
        <Stat label="Pinned posts left out">{formatCount(e.pinnedExcluded, UI_LOCALE)}</Stat>
        <Stat label="Posts without metrics">{formatCount(e.postsWithoutMetrics, UI_LOCALE)}</Stat>
        <Stat label="Average likes"><Count value={e.avgLikes} reason={why} /></Stat>
        <Stat label="Average comments"><Count value={e.avgComments} reason={why} /></Stat>
        <Stat label="Average views"><Count value={e.avgViews} reason={why} /></Stat>
      </div>
      <ReasonList reasons={e.reasons} label="Engagement reasons" />
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
      <h3>Return on a sponsored post</h3>
      <div className="cs-analysis__grid">
        {money('Cost per post', roi.costPerPost, why.tier)}
        {money('Cost per engagement', roi.costPerEngagement, why.engagement)}
        {count('Expected engagements', roi.expectedEngagements, why.engagement)}
        {count('Expected reach', roi.expectedReach, why.tier)}
        {count('Expected conversions', roi.expectedConversions, why.tier)}
        {money('Expected revenue', roi.expectedRevenue, why.tier)}
      </div>
      <ReasonList reasons={roi.reasons} label="Assumptions" />
    </section>
  );
}

export function PodSection({ pod }: { pod: Pod }) {
  return (
    <section>
      <h3>Engagement-pod risk</h3>
      <p className="cs-analysis__sub">
        <PodBadge pod={pod} /> {formatCount(pod.commentsSeen, UI_LOCALE)} comments seen on {formatCount(pod.postsWithComments, UI_LOCALE)} posts
      </p>
      {pod.signals.length > 0 ? (
        <table className="cs-analysis__signals">
          <caption className="cs-analysis__sub">Signals</caption>
          <thead>
            <tr>
              <th scope="col">Points</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {pod.signals.map((s) => (
              <tr key={s.id} data-signal={s.id}>
                <td>+{formatExactCount(s.points, UI_LOCALE)}</td>
                <td>{s.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ReasonList reasons={pod.reasons} label="Pod risk reasons" />
    </section>
  );
}
