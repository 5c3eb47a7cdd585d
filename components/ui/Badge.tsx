import type { ReactNode } from 'react';
import type { Audience, Pod, Tier } from '@/core/score/analysis';
import { audienceLevelLabel, audienceTopReason, podEvidenceLabel, podLevelLabel } from '@/core/text/labels';
import { formatExactCount } from '@/core/text/numbers';
import { tierLabel } from '@/core/score/tiers';
import { browserTranslator, uiText } from '@/lib/i18n';
import './ui.css';

function Badge({ swatch, title, children }: { swatch?: string; title?: string; children: ReactNode }) {
  return (
    <span className="cs-badge" title={title}>
      {swatch ? (
        <span className="cs-badge__swatch" style={{ ['--cs-swatch' as string]: swatch }} aria-hidden="true" />
      ) : null}
      <span>{children}</span>
    </span>
  );
}

/** Tier colour plus its printed label, and the follower count when given. */
export function TierBadge({ tier, detail, title }: { tier: Tier | null; detail?: string; title?: string }) {
  const label = tier ? tierLabel(tier, browserTranslator()) : uiText('tier.unknown');
  return (
    <Badge swatch={`var(--cs-tier-${tier ?? 'below-nano'})`} title={title}>
      {label}
      {detail ? ` · ${detail}` : ''}
    </Badge>
  );
}

/** The reason that adds the most points, for a one-line tooltip. */
function topPodReason(pod: Pod): string | undefined {
  const top = [...pod.signals].sort((a, b) => b.points - a.points)[0];
  return top?.reason ?? pod.reasons[0];
}

/**
 * The pod verdict; its tooltip gives the strongest reason and what the verdict
 * rests on. `printed`: score and evidence as the background printed them (the
 * overlay), so nothing here formats a number in the page.
 */
export function PodBadge({
  pod,
  postsMeasured,
  printed,
}: {
  pod: Pod;
  postsMeasured?: number;
  printed?: { score: string | null; evidence: string };
}) {
  const t = browserTranslator();
  const evidence = printed
    ? printed.evidence
    : postsMeasured === undefined
      ? undefined
      : podEvidenceLabel(pod, postsMeasured, t);
  const title = [topPodReason(pod), evidence].filter(Boolean).join(' — ') || undefined;
  const score = printed ? printed.score : formatExactCount(pod.score, t.locale);
  const text = pod.score === null ? podLevelLabel(null, t) : `${podLevelLabel(pod.level, t)} · ${score}/100`;
  return (
    <Badge swatch={`var(--cs-pod-${pod.level ?? 'unknown'})`} title={title}>
      {text}
    </Badge>
  );
}

/**
 * Audience quality, apart from the pod verdict: judged from the counts alone,
 * so it can warn (bought or inactive followers, mass following) while the pod
 * verdict still waits for comments. Its tooltip gives the strongest flag.
 */
export function AudienceBadge({ audience }: { audience: Audience }) {
  const t = browserTranslator();
  return (
    <Badge swatch={`var(--cs-audience-${audience.level ?? 'unknown'})`} title={audienceTopReason(audience)}>
      {audienceLevelLabel(audience.level, t)}
    </Badge>
  );
}
