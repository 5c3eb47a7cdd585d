import type { Snapshot } from '@/core/page/snapshot';
import type { OverlayModel } from '@/components/overlay/model';

/**
 * The overlay host's `data-*` attributes: a stable, machine-readable copy of
 * what the overlay shows (documented in the README). Integers are plain
 * digits; a value that is not known is an empty string.
 */
const CONTRACT_ATTRIBUTES = [
  'data-state',
  'data-platform',
  'data-handle',
  'data-followers',
  'data-following',
  'data-posts',
  'data-likes-total',
  'data-tier',
  'data-engagement-rate',
  'data-engagement-basis',
  'data-posts-measured',
  'data-pod-score',
] as const;
export type ContractAttribute = (typeof CONTRACT_ATTRIBUTES)[number];

const int = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(Math.round(n)));

export function contractAttributes(model: OverlayModel, snapshot: Snapshot | null): Record<ContractAttribute, string> {
  const a = model.analysis;
  const profile = snapshot?.profile;
  return {
    'data-state': model.state,
    'data-platform': model.platform,
    'data-handle': model.handle ?? '',
    'data-followers': int(a?.followers ?? profile?.followers?.value),
    'data-following': int(profile?.following?.value),
    'data-posts': int(profile?.posts?.value),
    'data-likes-total': int(profile?.likesTotal?.value),
    'data-tier': a?.tier.id ?? '',
    'data-engagement-rate': a?.engagement.rate == null ? '' : a.engagement.rate.toFixed(4),
    'data-engagement-basis': a?.engagement.basis ?? '',
    'data-posts-measured': a ? String(a.engagement.postsMeasured) : '',
    'data-pod-score': a?.pod.score == null ? '' : String(Math.round(a.pod.score)),
  };
}

export function applyContract(host: Element, attributes: Record<ContractAttribute, string>): void {
  for (const name of CONTRACT_ATTRIBUTES) {
    if (host.getAttribute(name) !== attributes[name]) host.setAttribute(name, attributes[name]);
  }
}
