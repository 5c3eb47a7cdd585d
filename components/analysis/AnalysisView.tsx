import type { Analysis } from '@/core/analysis';
import { formatCount, formatExactCount, statusLabel } from '@/core/format';
import type { TierThresholds } from '@/core/settings';
import type { Snapshot } from '@/core/snapshot';
import { tierRangeLabel } from '@/core/tiers';
import { TierBadge } from '../ui/Badge';
import { PLATFORM_LABELS, UI_LOCALE } from '../ui/labels';
import { ReasonList } from '../ui/ReasonList';
import { Missing, Stat } from '../ui/Stat';
import { EngagementSection, PodSection, RoiSection } from './FigureSections';
import '../tokens.css';
import '../ui/ui.css';
import './analysis.css';

export interface AnalysisViewProps {
  analysis: Analysis;
  /** The snapshot the analysis came from, for what the page did not show. */
  snapshot: Snapshot;
  /** Current thresholds, for the tier's follower range. */
  thresholds: TierThresholds;
}

/**
 * The full analysis (popup and side panel): every figure with the reasons
 * behind it. Names come from the page and may be hostile: text nodes only.
 */
export function AnalysisView({ analysis, snapshot, thresholds }: AnalysisViewProps) {
  const { tier, followers } = analysis;
  return (
    <article className="cs-analysis" aria-label={`Analysis of @${analysis.handle}`}>
      <header>
        <h2>{analysis.displayName ?? `@${analysis.handle}`}</h2>
        <p className="cs-analysis__sub">
          {PLATFORM_LABELS[analysis.platform]} · @{analysis.handle}
        </p>
        {analysis.status === 'ok' ? null : (
          <p className="cs-analysis__notice" role="status">
            {statusLabel(analysis.status)}
          </p>
        )}
      </header>

      <section>
        <h3>Tier</h3>
        <div className="cs-analysis__grid">
          <Stat label="Tier" hint={tier.id ? tierRangeLabel(tier.id, thresholds) : undefined}>
            <TierBadge tier={tier.id} />
          </Stat>
          <Stat label="Followers">
            {followers === null ? (
              <Missing reason={tier.reason} />
            ) : (
              <span title={formatExactCount(followers, UI_LOCALE)}>{formatCount(followers, UI_LOCALE)}</span>
            )}
          </Stat>
        </div>
        <ReasonList reasons={[tier.reason]} label="Tier reason" />
      </section>

      <EngagementSection engagement={analysis.engagement} />
      <RoiSection roi={analysis.roi} why={{ tier: tier.reason, engagement: analysis.engagement.reasons[0] }} />
      <PodSection pod={analysis.pod} />

      {snapshot.missing.length > 0 ? (
        <section>
          <h3>What was missing on the page</h3>
          <ReasonList reasons={snapshot.missing} label="What was missing" />
        </section>
      ) : null}
    </article>
  );
}
