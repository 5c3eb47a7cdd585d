import type { ReactNode } from 'react';
import type { Pod, Tier } from '@/core/analysis';
import { formatExactCount, podLevelLabel } from '@/core/format';
import { TIER_LABELS } from '@/core/tiers';
import './ui.css';

export function Badge({ swatch, title, children }: { swatch?: string; title?: string; children: ReactNode }) {
  return (
    <span className="cs-badge" title={title}>
      {swatch ? <span className="cs-badge__swatch" style={{ ['--cs-swatch' as string]: swatch }} aria-hidden="true" /> : null}
      <span>{children}</span>
    </span>
  );
}

/** Tier colour plus its printed label, and the follower count when given. */
export function TierBadge({ tier, detail, title }: { tier: Tier | null; detail?: string; title?: string }) {
  const label = tier ? TIER_LABELS[tier] : 'Tier unknown';
  return (
    <Badge swatch={`var(--cs-tier-${tier ?? 'below-nano'})`} title={title}>
      {label}
      {detail ? ` · ${detail}` : ''}
    </Badge>
  );
}

/** The reason that adds the most points, for a one-line tooltip. */
export function topPodReason(pod: Pod): string | undefined {
  const top = [...pod.signals].sort((a, b) => b.points - a.points)[0];
  return top?.reason ?? pod.reasons[0];
}

export function PodBadge({ pod }: { pod: Pod }) {
  const title = topPodReason(pod);
  const text =
    pod.score === null ? podLevelLabel(null) : `${podLevelLabel(pod.level)} · ${formatExactCount(pod.score)}/100`;
  return (
    <Badge swatch={`var(--cs-pod-${pod.level ?? 'unknown'})`} title={title}>
      {text}
    </Badge>
  );
}
