import type { Analysis, Tier } from '../score/analysis';
import { formatMoney, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import type { PlanInputs } from './plan';
import {
  bestModelledCreator,
  bestShortlistedBig,
  planningCost,
  tierOnlyAlternative,
  type ModelledCreator,
  type TierAlternative,
} from './planner-alternatives';
import { costAt, overBudgetChance, totalCostAt } from './plan-risk';
import { selectCandidates, type ExcludedCreator, type PlanCandidate } from './planner-candidates';
import { solveKnapsack } from './planner-solve';
import { totalsOf, type PlanTotals } from './planner-totals';
import type { Settings } from '../settings/settings';

/**
 * Plan a campaign from the shortlist: the mix of creators that maximises the
 * goal's median (reach, engagements or conversions) within the budget, with
 * must-includes always in and an optional creator count. The budget is met at
 * the cost percentile the user picks (inputs.costPercentile: the median by
 * default, each creator's cost at that percentile; plan-risk.ts), and the
 * chance of going over budget is given. Beside it, what the same budget buys
 * all-nano, all-micro (from the shortlist), or as one macro/mega creator
 * priced by the same model.
 */

export interface ChartPoint {
  key: string;
  handle: string;
  tier: Tier;
  /** Cost per post at the plan's percentile (the median by default). */
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
  /** The cost percentile the budget is met at (0.5 = median). */
  percentile: number;
  /** The chosen mix's cost at that percentile (≤ budget when feasible). */
  costAtPercentile: number;
  /** Chance the chosen mix costs more than the budget (prices moving together). */
  overBudgetChance: number;
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
    singleModelled: ModelledCreator | null;
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
  const q = inputs.costPercentile ?? 0.5;
  const costOf = (c: PlanCandidate) => costAt(c.cost, q);
  const forcedCost = forced.reduce((s, c) => s + costOf(c), 0);
  const money = (n: number) => formatMoney(n, settings.currency, localeOf(t));

  const result = solveKnapsack(
    candidates.map((c) => ({ cost: planningCost(costOf(c)), value: c.goal?.expected ?? 0 })),
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
  const picked = feasible
    ? result.picked.map((i) => candidates[i]).filter((c): c is PlanCandidate => c !== undefined)
    : [];
  const chosen = feasible ? [...forced, ...picked] : [];
  const chosenKeys = new Set(chosen.map((c) => c.key));

  const points: ChartPoint[] = [...forced, ...candidates]
    .filter((c) => c.goal !== null)
    .map((c) => ({
      key: c.key,
      handle: c.handle,
      tier: c.tier,
      cost: costOf(c),
      value: c.goal?.expected ?? 0,
      chosen: chosenKeys.has(c.key),
    }));
  const costs = chosen.map((c) => c.cost);

  return {
    inputs,
    currency: settings.currency,
    feasible,
    reason,
    percentile: q,
    costAtPercentile: totalCostAt(costs, q),
    overBudgetChance: overBudgetChance(costs, budget),
    method: result.method,
    note: feasible ? result.note : null,
    chosen,
    totals: totalsOf(chosen),
    eligible: candidates.length + forced.length,
    excluded,
    unplannable,
    alternatives: {
      allNano: tierOnlyAlternative(candidates, 'nano', budget, t, costOf, money),
      allMicro: tierOnlyAlternative(candidates, 'micro', budget, t, costOf, money),
      singleModelled: bestModelledCreator(budget, inputs.platforms, inputs.goal, settings, t),
      singleShortlisted: bestShortlistedBig(candidates, budget, costOf),
    },
    points,
  };
}

/**
 * A saved plan reopened: its picks, evaluated with today's shortlist and
 * settings (a pick no longer on the shortlist is reported, not dropped silently).
 */
export function evaluatePicks(
  analyses: readonly Analysis[],
  picks: readonly string[],
  inputs: PlanInputs,
): { chosen: PlanCandidate[]; totals: PlanTotals; missing: string[] } {
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
      points.push({
        key: c.key,
        handle: c.handle,
        tier: c.tier,
        cost: costAt(c.cost, inputs.costPercentile ?? 0.5),
        value: c.goal.expected,
        chosen: true,
      });
    }
  }
  const q = inputs.costPercentile ?? 0.5;
  const costs = chosen.map((c) => c.cost);
  const cost = totalCostAt(costs, q);
  const money = (n: number) => formatMoney(n, settings.currency, localeOf(t));
  const over = cost > inputs.budget + 1e-9 ? t('plan.reason.overBudget', [money(cost), money(inputs.budget)]) : null;
  return {
    ...fresh,
    feasible: true,
    reason: null,
    note: over,
    chosen,
    totals,
    points,
    missing,
    costAtPercentile: cost,
    overBudgetChance: overBudgetChance(costs, inputs.budget),
  };
}
