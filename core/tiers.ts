import { TIERS, type Tier } from './analysis';
import { formatCount } from './format';
import type { TierThresholds } from './settings';

/**
 * Follower tiers. Boundaries belong to the upper tier: with the default
 * thresholds exactly 10,000 followers is micro, 9,999 is nano.
 */

export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  'below-nano': 'Below nano',
  nano: 'Nano',
  micro: 'Micro',
  macro: 'Macro',
  mega: 'Mega',
};

/** Sort rank, smallest audience first (the order of TIERS in analysis.ts). */
export const TIER_ORDER: Readonly<Record<Tier, number>> = Object.fromEntries(
  TIERS.map((tier, index) => [tier, index]),
) as Record<Tier, number>;

export function classifyTier(followers: number | null, t: TierThresholds): Tier | null {
  if (followers === null || !Number.isFinite(followers) || followers < 0) return null;
  // Checked top-down, so the result stays monotonic in followers even if a
  // caller passes thresholds that do not increase.
  if (followers >= t.mega) return 'mega';
  if (followers >= t.macro) return 'macro';
  if (followers >= t.micro) return 'micro';
  if (followers >= t.nano) return 'nano';
  return 'below-nano';
}

/** "10K–100K followers", "Under 1K followers", "1M+ followers". */
export function tierRangeLabel(tier: Tier, t: TierThresholds): string {
  switch (tier) {
    case 'below-nano':
      return `Under ${formatCount(t.nano)} followers`;
    case 'nano':
      return `${formatCount(t.nano)}–${formatCount(t.micro)} followers`;
    case 'micro':
      return `${formatCount(t.micro)}–${formatCount(t.macro)} followers`;
    case 'macro':
      return `${formatCount(t.macro)}–${formatCount(t.mega)} followers`;
    case 'mega':
      return `${formatCount(t.mega)}+ followers`;
  }
}
