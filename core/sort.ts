import type { Analysis } from './analysis';
import { TIER_ORDER } from './tiers';

/**
 * Shortlist ordering. A creator without a figure (unknown tier, hidden
 * likes) sorts last in both directions: "missing" is not "smallest".
 * Comparators return 0 for ties, and Array.prototype.sort is stable, so ties
 * keep their previous order.
 */

export type SortKey = 'tier' | 'engagement' | 'costPerEngagement' | 'podScore';
export type SortDirection = 'ascending' | 'descending';

/** The number a row sorts by, or null when the figure is missing. */
export function sortValue(analysis: Analysis, key: SortKey): number | null {
  let value: number | null | undefined;
  switch (key) {
    case 'tier':
      value = analysis.tier.id === null ? null : TIER_ORDER[analysis.tier.id];
      break;
    case 'engagement':
      value = analysis.engagement.rate;
      break;
    case 'costPerEngagement':
      value = analysis.roi.costPerEngagement?.expected;
      break;
    case 'podScore':
      value = analysis.pod.score;
      break;
  }
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function compareBy<T>(
  key: SortKey,
  direction: SortDirection,
  pick: (row: T) => Analysis,
): (a: T, b: T) => number {
  const sign = direction === 'ascending' ? 1 : -1;
  return (a, b) => {
    const x = sortValue(pick(a), key);
    const y = sortValue(pick(b), key);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return x === y ? 0 : x < y ? -sign : sign;
  };
}

/** A sorted copy; the input is left as it was. */
export function sortRows<T>(rows: readonly T[], key: SortKey, direction: SortDirection, pick: (row: T) => Analysis): T[] {
  return [...rows].sort(compareBy(key, direction, pick));
}
