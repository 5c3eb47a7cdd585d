import type { Analysis, Tier } from './analysis';
import { formatMoney, localeOf } from './format';
import { EN, type Translate } from './i18n';
import type { PlanInputs } from './plan';
import {
  bestRateCardCreator,
  bestShortlistedBig,
  tierOnlyAlternative,
  type RateCardCreator,
  type TierAlternative,
} from './planner-alternatives';
import { selectCandidates, type ExcludedCreator, type PlanCandidate } from './planner-candidates';
import { solveKnapsack } from './planner-solve';
import { totalsOf, type PlanTotals } from './planner-totals';
import type { Settings } from './settings';

/**
 * Plan a campaign from the shortlist: the mix of creators that maximises the
 * goal (expected reach, engagements or conversions) within the budget, at
 * each creator's expected cost per post, with must-includes always in and an
 * optional creator count. Beside it, what the same budget buys all-nano,
 * all-micro, or as one macro/mega creator.
 */

export interface ChartPoint {
  key: string;
  handle: string;
  tier: Tier;
  /** Expected cost per post. */
  cost: number;
  /** Expected goal value. */
  value: number;
  chosen: boolean;
}

export interface PlanResult {
  inputs: PlanInputs;
  currency: string;
  /** False when the constraints cannot be met; `reason` says why. */
  feasible: boolean;
  reason: string | null;
  method: 'exact' | 'heuristic';
  /** Heuristic or other caveat about how the mix was found. */
  note: string | null;
  chosen: PlanCandidate[];
  totals: PlanTotals;
  /** Creators the optimiser could choose among (must-includes included). */
  eligible: number;
  excluded: ExcludedCreator[];
  unplannable: { key: string; reason: string }[];
  alternatives: {
    allNano: TierAlternative;
    allMicro: TierAlternative;
    singleRateCard: RateCardCreator | null;
    singleShortlisted: PlanCandidate | null;
  };
  points: ChartPoint[];
}

export interface PlanOptions {
  /** Passed to the solver; tests use it to force the heuristic path. */
  workLimit?: number;
}

export function planCampaign(
  analyses: readonly Analysis[],
  inputs: PlanInputs,
  settings: Settings,
  opts: PlanOptions = {},
  t: Translate = EN,
): PlanResult {
  const { candidates, forced, excluded, unplannable } = selectCandidates(analyses, inputs, t);
  const budget = Math.max(0, inputs.budget);
  const forcedCost = forced.reduce((s, c) => s + c.cost.expected, 0);
  const money = (n: number) => formatMoney(n, settings.currency, localeOf(t));

  const result = solveKnapsack(
    candidates.map((c) => ({ cost: c.cost.expected, value: c.goal?.expected ?? 0 })),
    {
      budget: budget - forcedCost,
      minCount: Math.max(0, (inputs.minCreators ?? 0) - forced.length),
      maxCount: inputs.maxCreators === null ? candidates.length : inputs.maxCreators - forced.length,
      workLimit: opts.workLimit,
      t,
    },
  );

  let reason: string | null = null;
  if (forcedCost > budget + 1e-9) reason = t('plan.reason.mustCost', [money(forcedCost), money(budget)]);
  else if (inputs.maxCreators !== null && forced.length > inputs.maxCreators) {
    reason = t('plan.reason.mustCount', [forced.length, inputs.maxCreators]);
  } else if (!result.feasible) reason = result.note;
  const feasible = reason === null;
  const picked = feasible ? result.picked.map((i) => candidates[i]).filter((c): c is PlanCandidate => c !== undefined) : [];
  const chosen = feasible ? [...forced, ...picked] : [];
  const chosenKeys = new Set(chosen.map((c) => c.key));

  const points: ChartPoint[] = [...forced, ...candidates]
    .filter((c) => c.goal !== null)
    .map((c) => ({ key: c.key, handle: c.handle, tier: c.tier, cost: c.cost.expected, value: c.goal?.expected ?? 0, chosen: chosenKeys.has(c.key) }));

  return {
    inputs,
    currency: settings.currency,
    feasible,
    reason,
    method: result.method,
    note: feasible ? result.note : null,
    chosen,
    totals: totalsOf(chosen),
    eligible: candidates.length + forced.length,
    excluded,
    unplannable,
    alternatives: {
      allNano: tierOnlyAlternative(candidates, 'nano', budget, t),
      allMicro: tierOnlyAlternative(candidates, 'micro', budget, t),
      singleRateCard: bestRateCardCreator(budget, inputs.platforms, inputs.goal, settings, t),
      singleShortlisted: bestShortlistedBig(candidates, budget),
    },
    points,
  };
}

/**
 * A saved plan reopened: its picks, evaluated with today's shortlist and
 * settings (a pick no longer on the shortlist is reported, not dropped silently).
 */
export function evaluatePicks(analyses: readonly Analysis[], picks: readonly string[], inputs: PlanInputs): { chosen: PlanCandidate[]; totals: PlanTotals; missing: string[] } {
  const { candidates, forced, excluded } = selectCandidates(analyses, { ...inputs, mustInclude: [...picks] });
  const byKey = new Map([...forced, ...candidates].map((c) => [c.key, c]));
  const chosen = picks.map((k) => byKey.get(k)).filter((c): c is PlanCandidate => c !== undefined);
  const missing = picks.filter((k) => !byKey.has(k));
  void excluded;
  return { chosen, totals: totalsOf(chosen), missing };
}

/**
 * A saved plan as it stands today: its own picks (not re-optimised), with
 * the same alternatives and chart as a fresh plan of the same inputs.
 */
export function reopenPlan(
  analyses: readonly Analysis[],
  inputs: PlanInputs,
  picks: readonly string[],
  settings: Settings,
  t: Translate = EN,
): PlanResult & { missing: string[] } {
  const fresh = planCampaign(analyses, inputs, settings, {}, t);
  const { chosen, totals, missing } = evaluatePicks(analyses, picks, inputs);
  const keys = new Set(chosen.map((c) => c.key));
  const points = fresh.points.map((p) => ({ ...p, chosen: keys.has(p.key) }));
  for (const c of chosen) {
    if (!points.some((p) => p.key === c.key) && c.goal) {
      points.push({ key: c.key, handle: c.handle, tier: c.tier, cost: c.cost.expected, value: c.goal.expected, chosen: true });
    }
  }
  const cost = totals.cost.expected;
  const money = (n: number) => formatMoney(n, settings.currency, localeOf(t));
  const over = cost > inputs.budget + 1e-9 ? t('plan.reason.overBudget', [money(cost), money(inputs.budget)]) : null;
  return { ...fresh, feasible: true, reason: null, note: over, chosen, totals, points, missing };
}
