import type { Range, Tier } from '../score/analysis';
import { analyze } from '../score/analyze';
import { formatCount, formatMoney, formatPercent, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import type { Goal } from './plan';
import type { PlanCandidate } from './planner-candidates';
import { solveKnapsack } from './planner-solve';
import { totalsOf, type PlanTotals } from './planner-totals';
import { modelPrice } from '../score/price';
import type { Settings } from '../settings/settings';
import type { Platform } from '../page/snapshot';
import { emptyProfile } from '../page/empty-profile';
import { curveValue } from '../score/tier-curve';
import { tierInline } from '../score/tiers';

/**
 * What the same budget buys the other ways marketers weigh: only nano
 * creators, only micro creators, or one big creator. The tier mixes use the
 * same optimiser over the same eligible shortlist, without must-includes or
 * count limits (they answer "what if only this tier"); when the shortlist
 * holds too few of that tier to spend the budget, the note says so.
 */

export interface TierAlternative {
  tier: Tier;
  feasible: boolean;
  chosen: PlanCandidate[];
  totals: PlanTotals;
  method: 'exact' | 'heuristic';
  note: string | null;
}

/** Costs are planned rounded up to whole currency units: exact steps stay few, and a plan never goes over. */
export const planningCost = (cost: number) => Math.max(1, Math.ceil(cost - 1e-9));

export function tierOnlyAlternative(
  candidates: readonly PlanCandidate[],
  tier: Tier,
  budget: number,
  t: Translate = EN,
  costOf: (c: PlanCandidate) => number = (c) => c.cost.expected,
  money: (n: number) => string = String,
): TierAlternative {
  const pool = candidates.filter((c) => c.tier === tier);
  const result = solveKnapsack(
    pool.map((c) => ({ cost: planningCost(costOf(c)), value: c.goal?.expected ?? 0 })),
    { budget, t },
  );
  const chosen = result.picked.map((i) => pool[i]).filter((c): c is PlanCandidate => c !== undefined);
  const spent = chosen.reduce((s, c) => s + costOf(c), 0);
  let note = result.note;
  if (pool.length === 0) note = t('plan.alt.noEligible', [tierInline(tier, t)]);
  else if (chosen.length === 0) note = t('plan.alt.noFit', [tierInline(tier, t)]);
  else if (chosen.length === pool.length && budget - spent >= 1) {
    // Every one of them is in and money is left: the shortlist is too short for this budget.
    note = t('plan.alt.few', [pool.length, tierInline(tier, t), money(budget - spent)]);
  }
  return { tier, feasible: chosen.length > 0, chosen, totals: totalsOf(chosen), method: result.method, note };
}

/** The biggest macro or mega creator the budget buys, priced by the same model as every shortlisted creator. */
export interface ModelledCreator {
  platform: Platform;
  tier: 'macro' | 'mega';
  followers: number;
  cost: Range;
  reach: Range | null;
  engagements: Range | null;
  conversions: Range | null;
  revenue: Range | null;
  roas: Range | null;
  assumptions: string[];
}

const PLATFORM_NAMES = { instagram: 'Instagram', tiktok: 'TikTok' } as const;
/** The largest account we consider (the biggest on either site are a few hundred million). */
const MAX_FOLLOWERS = 500_000_000;

function typicalRate(platform: Platform, followers: number, settings: Settings): number {
  const table =
    platform === 'instagram' ? settings.benchmarks.instagramByFollowers : settings.benchmarks.tiktokByFollowers;
  return curveValue(table, followers, settings.tierThresholds);
}

/** Median price of a creator of this size with the typical engagement at that size. */
function medianPrice(platform: Platform, followers: number, settings: Settings): number {
  const typical = { byFollowers: typicalRate(platform, followers, settings) };
  return modelPrice(platform, followers, typical, settings)?.price.median ?? Infinity;
}

/** The most followers in [from, to] whose median price fits the budget (price rises with followers); null if none. */
function affordable(platform: Platform, from: number, to: number, budget: number, settings: Settings): number | null {
  if (medianPrice(platform, from, settings) > budget) return null;
  if (medianPrice(platform, to, settings) <= budget) return to;
  let lo = from;
  let hi = to;
  while (hi - lo > Math.max(1, lo * 1e-4)) {
    const mid = Math.sqrt(lo * hi);
    if (medianPrice(platform, mid, settings) <= budget) lo = mid;
    else hi = mid;
  }
  // Rounded down to three significant figures: a creator "at 312K", not 312,345.
  const step = 10 ** Math.max(0, Math.floor(Math.log10(lo)) - 2);
  return Math.max(from, Math.floor(lo / step) * step);
}

function modelledCreator(
  platform: Platform,
  tier: 'macro' | 'mega',
  followers: number,
  settings: Settings,
  t: Translate = EN,
): ModelledCreator | null {
  const typical = typicalRate(platform, followers, settings);
  // A profile with no posts: the model's price and reach from followers alone (TikTok: views per follower).
  const a = analyze(
    {
      platform,
      handle: 'modelled',
      status: 'ok',
      capturedAt: 0,
      profile: { ...emptyProfile(), followers: { value: followers, source: 'json', exact: true } },
      posts: [],
    },
    settings,
    t,
  );
  const cost = a.roi.costPerPost;
  if (!cost) return null;
  const reach = a.roi.expectedReach;
  // Engagements move with reach: the typical rate at that size, over the reach band.
  const engagements = reach && reach.expected > 0 ? scale(reach, (followers * typical) / reach.expected) : null;
  const locale = localeOf(t);
  const money = (n: number) => formatMoney(n, settings.currency, locale);
  const pct = (n: number) => formatPercent(n, 1, locale);
  return {
    platform,
    tier,
    followers,
    cost,
    reach,
    engagements,
    conversions: a.roi.expectedConversions,
    revenue: a.roi.expectedRevenue,
    roas: a.roi.roas,
    assumptions: [
      t('plan.alt.typical', [tierInline(tier, t), PLATFORM_NAMES[platform], formatCount(followers, locale)]),
      t('plan.alt.rateCard', [money(cost.expected), money(cost.low), money(cost.high)]),
      t('plan.alt.reach', [reach ? pct(reach.expected / followers) : '—', pct(typical)]),
    ],
  };
}

const scale = (r: Range, k: number): Range => ({ low: r.low * k, expected: r.expected * k, high: r.high * k });

function goalOf(c: ModelledCreator, goal: Goal): number {
  const r = goal === 'reach' ? c.reach : goal === 'engagements' ? c.engagements : c.conversions;
  return r?.expected ?? 0;
}

/** The best single macro or mega creator the budget buys at the model's median price: the biggest that fits, per platform and tier. */
export function bestModelledCreator(
  budget: number,
  platforms: readonly Platform[],
  goal: Goal,
  settings: Settings,
  t: Translate = EN,
): ModelledCreator | null {
  let best: ModelledCreator | null = null;
  const { macro, mega } = settings.tierThresholds;
  for (const platform of platforms) {
    for (const [tier, from, to] of [
      ['mega', mega, MAX_FOLLOWERS],
      ['macro', macro, mega - 1],
    ] as const) {
      const followers = affordable(platform, from, to, budget, settings);
      if (followers === null) continue;
      const c = modelledCreator(platform, tier, followers, settings, t);
      if (!c || c.cost.expected > budget) continue;
      if (!best || goalOf(c, goal) > goalOf(best, goal)) best = c;
    }
  }
  return best;
}

/** The best shortlisted macro or mega creator that fits the budget on its own. */
export function bestShortlistedBig(
  candidates: readonly PlanCandidate[],
  budget: number,
  costOf: (c: PlanCandidate) => number = (c) => c.cost.expected,
): PlanCandidate | null {
  let best: PlanCandidate | null = null;
  for (const c of candidates) {
    if ((c.tier !== 'macro' && c.tier !== 'mega') || costOf(c) > budget) continue;
    if (!best || (c.goal?.expected ?? 0) > (best.goal?.expected ?? 0)) best = c;
  }
  return best;
}
