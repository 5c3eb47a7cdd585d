import type { Range, Tier } from './analysis';
import { formatCount, formatMoney, formatPercent, localeOf } from './format';
import { EN, type Translate } from './i18n';
import type { Goal } from './plan';
import type { PlanCandidate } from './planner-candidates';
import { solveKnapsack } from './planner-solve';
import { totalsOf, type PlanTotals } from './planner-totals';
import { multiplyRanges, toRange } from './ranges';
import type { Settings } from './settings';
import type { Platform } from './snapshot';
import { tierInline } from './tiers';

/**
 * What the same budget buys the other ways marketers weigh: only nano
 * creators, only micro creators, or one big creator. The tier mixes use the
 * same optimiser over the same eligible shortlist, without must-includes or
 * count limits (they answer "what if only this tier").
 */

export interface TierAlternative {
  tier: Tier;
  feasible: boolean;
  chosen: PlanCandidate[];
  totals: PlanTotals;
  method: 'exact' | 'heuristic';
  note: string | null;
}

export function tierOnlyAlternative(candidates: readonly PlanCandidate[], tier: Tier, budget: number, t: Translate = EN): TierAlternative {
  const pool = candidates.filter((c) => c.tier === tier);
  const result = solveKnapsack(pool.map((c) => ({ cost: c.cost.expected, value: c.goal?.expected ?? 0 })), { budget, t });
  const chosen = result.picked.map((i) => pool[i]).filter((c): c is PlanCandidate => c !== undefined);
  const note =
    pool.length === 0
      ? t('plan.alt.noEligible', [tierInline(tier, t)])
      : chosen.length === 0
        ? t('plan.alt.noFit', [tierInline(tier, t)])
        : result.note;
  return { tier, feasible: chosen.length > 0, chosen, totals: totalsOf(chosen), method: result.method, note };
}

/** A typical macro or mega creator priced from the rate card (not a real creator). */
export interface RateCardCreator {
  platform: Platform;
  tier: 'macro' | 'mega';
  /** The tier's first follower count: the cheapest creators of a tier are its smallest. */
  followers: number;
  cost: Range;
  reach: Range | null;
  engagements: Range | null;
  conversions: Range | null;
  revenue: Range | null;
  assumptions: string[];
}

const PLATFORM_NAMES = { instagram: 'Instagram', tiktok: 'TikTok' } as const;

export function rateCardCreator(platform: Platform, tier: 'macro' | 'mega', settings: Settings, t: Translate = EN): RateCardCreator | null {
  const followers = settings.tierThresholds[tier];
  const card = settings.rateCard[platform][tier];
  const cost = toRange(card.low, card.expected, card.high);
  const rate = settings.reachRate[platform];
  const reach = multiplyRanges(rate, followers);
  const typical = settings.benchmarks[platform === 'instagram' ? 'instagramByFollowers' : 'tiktokByFollowers'][tier];
  // Engagements move with reach: the typical rate at expected reach, scaled by the reach band.
  const scale = rate.expected > 0 ? { low: rate.low / rate.expected, expected: 1, high: rate.high / rate.expected } : 1;
  const engagements = multiplyRanges({ low: followers * typical, expected: followers * typical, high: followers * typical }, scale);
  const clicks = reach ? multiplyRanges(reach, settings.clickThroughRate) : null;
  const conversions = clicks ? multiplyRanges(clicks, settings.conversionRate) : null;
  const revenue = conversions ? multiplyRanges(conversions, settings.averageOrderValue) : null;
  if (!cost) return null;
  const locale = localeOf(t);
  const money = (n: number) => formatMoney(n, settings.currency, locale);
  const pct = (n: number, digits?: number) => formatPercent(n, digits, locale);
  return {
    platform,
    tier,
    followers,
    cost,
    reach,
    engagements,
    conversions,
    revenue,
    assumptions: [
      t('plan.alt.typical', [tierInline(tier, t), PLATFORM_NAMES[platform], formatCount(followers, locale)]),
      t('plan.alt.rateCard', [money(card.low), money(card.high), money(card.expected)]),
      t('plan.alt.reach', [pct(rate.low, 0), pct(rate.high, 0), pct(typical)]),
    ],
  };
}

function goalOf(c: RateCardCreator, goal: Goal): number {
  const r = goal === 'reach' ? c.reach : goal === 'engagements' ? c.engagements : c.conversions;
  return r?.expected ?? 0;
}

/** The best single macro or mega creator the budget could buy at the rate card's expected price. */
export function bestRateCardCreator(
  budget: number,
  platforms: readonly Platform[],
  goal: Goal,
  settings: Settings,
  t: Translate = EN,
): RateCardCreator | null {
  let best: RateCardCreator | null = null;
  for (const platform of platforms) {
    for (const tier of ['mega', 'macro'] as const) {
      const c = rateCardCreator(platform, tier, settings, t);
      if (!c || c.cost.expected > budget) continue;
      if (!best || goalOf(c, goal) > goalOf(best, goal)) best = c;
    }
  }
  return best;
}

/** The best shortlisted macro or mega creator that fits the budget on its own. */
export function bestShortlistedBig(candidates: readonly PlanCandidate[], budget: number): PlanCandidate | null {
  let best: PlanCandidate | null = null;
  for (const c of candidates) {
    if ((c.tier !== 'macro' && c.tier !== 'mega') || c.cost.expected > budget) continue;
    if (!best || (c.goal?.expected ?? 0) > (best.goal?.expected ?? 0)) best = c;
  }
  return best;
}
