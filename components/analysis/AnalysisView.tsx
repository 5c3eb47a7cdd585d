import { lazy, Suspense } from 'react';
import { i18n } from '#i18n';
import type { Analysis } from '@/core/score/analysis';
import { statusLabel } from '@/core/text/labels';
import { formatCount, formatExactCount } from '@/core/text/numbers';
import type { TierThresholds } from '@/core/settings/settings';
import type { Snapshot } from '@/core/page/snapshot';
import { tierRangeLabel } from '@/core/score/tiers';
import { TierBadge } from '../ui/Badge';
import { browserTranslator } from '@/lib/i18n';
import { PLATFORM_LABELS, uiLocale } from '../ui/labels';
import { ReasonList } from '../ui/ReasonList';
import { Missing, Stat } from '../ui/Stat';
import { AudienceSection, EngagementSection, PodSection, RoiSection } from './FigureSections';
import '../tokens.css';
import '../ui/ui.css';
import './analysis.css';

// "What was read" sits below the figures: its code (and the diagnostics report)
// loads after them, so the popup paints its figures sooner and stays in budget.
const WhatWasRead = lazy(() => import('./WhatWasRead').then((m) => ({ default: m.WhatWasRead })));

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
  const t = browserTranslator();
  const locale = uiLocale();
  return (
    <article className="cs-analysis" aria-label={i18n.t('analysis.of', [analysis.handle])}>
      <header>
        <h2>{analysis.displayName ?? `@${analysis.handle}`}</h2>
        <p className="cs-analysis__sub">
          {PLATFORM_LABELS[analysis.platform]} · @{analysis.handle}
        </p>
        {analysis.status === 'ok' ? null : (
          <p className="cs-analysis__notice" role="status">
            {statusLabel(analysis.status, t)}
          </p>
        )}
      </header>

      <section>
        <h3>{i18n.t('analysis.tier')}</h3>
        <div className="cs-analysis__grid">
          <Stat label={i18n.t('analysis.tier')} hint={tier.id ? tierRangeLabel(tier.id, thresholds, t) : undefined}>
            <TierBadge tier={tier.id} />
          </Stat>
          <Stat label={i18n.t('ui.followers')}>
            {followers === null ? (
              <Missing reason={tier.reason} />
            ) : (
              <span title={formatExactCount(followers, locale)}>{formatCount(followers, locale)}</span>
            )}
          </Stat>
        </div>
        <ReasonList reasons={[tier.reason]} label={i18n.t('analysis.tierReason')} />
      </section>

      <EngagementSection engagement={analysis.engagement} />
      <RoiSection roi={analysis.roi} why={{ tier: tier.reason, engagement: analysis.engagement.reasons[0] }} />
      <PodSection pod={analysis.pod} postsMeasured={analysis.engagement.postsMeasured} />
      <AudienceSection audience={analysis.audience} />

      {snapshot.missing.length > 0 ? (
        <section>
          <h3>{i18n.t('analysis.missingTitle')}</h3>
          <ReasonList reasons={snapshot.missing} label={i18n.t('analysis.missingLabel')} />
        </section>
      ) : null}
      <Suspense fallback={null}>
        <WhatWasRead snapshot={snapshot} />
      </Suspense>
    </article>
  );
}
