import { formatDecimal, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
/**
 * Choose items maximising total value with total cost ≤ budget and an
 * optional number of items between minCount and maxCount.
 *
 * Exact method: a knapsack over budget steps. Costs are taken in whole cents
 * (rounded up, so a plan never goes over budget), and one step is the
 * greatest common divisor of all costs: the default rate card has few
 * distinct prices ($12.50, $15, $55 …), so a step is $2.50 and a $10,000
 * budget is 4,000 steps. Items of equal cost form a group; within a group the
 * best j items are always the j most valuable, so the DP only decides how
 * many to take from each group. The item count is a second DP dimension only
 * when a min or max count is set.
 *
 * When that table would be too large (odd prices with a 1-cent step and a big
 * budget, or a tight count range over a huge budget), the step is coarsened:
 * costs rounded up to the coarser step, then leftover budget filled greedily
 * by value per cost. That is a heuristic and the result says so.
 */

export interface KnapsackItem {
  /** Expected cost, ≥ 0. */
  cost: number;
  /** Expected goal value, ≥ 0. */
  value: number;
}

export interface KnapsackOptions {
  budget: number;
  minCount?: number;
  maxCount?: number;
  /** Work (state updates) allowed before falling back to a coarser step. */
  workLimit?: number;
  /** Words for the note (English by default). */
  t?: Translate;
}

export interface KnapsackResult {
  /** Indices into the items, ascending. */
  picked: number[];
  feasible: boolean;
  method: 'exact' | 'heuristic';
  /** The budget step used, in currency units. */
  step: number;
  note: string | null;
}

const DEFAULT_WORK_LIMIT = 40_000_000;
/** Choice-table cells (2 bytes each) allowed: ~16 MB. */
const CELL_LIMIT = 8_000_000;

const gcd = (a: number, b: number): number => {
  while (b) [a, b] = [b, a % b];
  return a;
};

const toCents = (n: number) => Math.ceil(n * 100 - 1e-7);

interface Group {
  weight: number;
  /** Item indices, most valuable first. */
  members: number[];
  /** prefix[j] = value of the best j members. */
  prefix: Float64Array;
}

function groupsOf(items: readonly KnapsackItem[], indices: readonly number[], weights: readonly number[]): Group[] {
  const byWeight = new Map<number, number[]>();
  for (const i of indices) {
    const w = weights[i] ?? 0;
    byWeight.set(w, [...(byWeight.get(w) ?? []), i]);
  }
  return [...byWeight].map(([weight, members]) => {
    members.sort((a, b) => (items[b]?.value ?? 0) - (items[a]?.value ?? 0) || a - b);
    const prefix = new Float64Array(members.length + 1);
    members.forEach((m, j) => (prefix[j + 1] = (prefix[j] ?? 0) + (items[m]?.value ?? 0)));
    return { weight, members, prefix };
  });
}

function estimateWork(groups: readonly Group[], steps: number, kdim: number, tracking: boolean): number {
  let work = 0;
  for (const g of groups) {
    const most = g.weight === 0 ? g.members.length : Math.min(g.members.length, Math.floor(steps / g.weight));
    work += (steps + 1) * kdim * (Math.min(most, tracking ? kdim - 1 : most) + 1);
  }
  return work;
}

interface Dp {
  picked: number[];
  feasible: boolean;
}

function runDp(
  groups: readonly Group[],
  steps: number,
  kdim: number,
  tracking: boolean,
  minCount: number,
  maxCount: number,
): Dp {
  const size = kdim * (steps + 1);
  let dp = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  let next = new Float64Array(size);
  dp[0] = 0;
  const choices: Uint16Array[] = [];
  for (const g of groups) {
    next.fill(Number.NEGATIVE_INFINITY);
    const choice = new Uint16Array(size);
    const m = g.members.length;
    for (let k = 0; k < kdim; k++) {
      for (let b = 0; b <= steps; b++) {
        const base = dp[k * (steps + 1) + b] ?? Number.NEGATIVE_INFINITY;
        if (base === Number.NEGATIVE_INFINITY) continue;
        let most = m;
        if (g.weight > 0) most = Math.min(most, Math.floor((steps - b) / g.weight));
        if (tracking) most = Math.min(most, kdim - 1 - k);
        for (let j = 0; j <= most; j++) {
          const cell = (tracking ? k + j : 0) * (steps + 1) + b + j * g.weight;
          const value = base + (g.prefix[j] ?? 0);
          if (value > (next[cell] ?? Number.NEGATIVE_INFINITY)) {
            next[cell] = value;
            choice[cell] = j;
          }
        }
      }
    }
    choices.push(choice);
    [dp, next] = [next, dp];
  }
  // Best value; ties go to the cheaper plan, then to fewer creators.
  let best = Number.NEGATIVE_INFINITY;
  let bestK = -1;
  let bestB = -1;
  for (let b = 0; b <= steps; b++) {
    for (let k = tracking ? minCount : 0; k <= (tracking ? Math.min(maxCount, kdim - 1) : 0); k++) {
      const v = dp[k * (steps + 1) + b] ?? Number.NEGATIVE_INFINITY;
      if (v === Number.NEGATIVE_INFINITY) continue;
      if (bestK < 0 || v > best + 1e-9 * Math.max(1, Math.abs(best))) {
        best = v;
        bestK = k;
        bestB = b;
      }
    }
  }
  if (bestK < 0) return { picked: [], feasible: false };
  const picked: number[] = [];
  let k = bestK;
  let b = bestB;
  for (let gi = groups.length - 1; gi >= 0; gi--) {
    const g = groups[gi];
    const j = choices[gi]?.[(tracking ? k : 0) * (steps + 1) + b] ?? 0;
    if (!g) continue;
    picked.push(...g.members.slice(0, j));
    if (tracking) k -= j;
    b -= j * g.weight;
  }
  return { picked, feasible: true };
}

/** Leftover budget filled by value per cost (the heuristic path only). */
function topUp(
  items: readonly KnapsackItem[],
  candidates: readonly number[],
  picked: Set<number>,
  budgetLeft: number,
  room: number,
): void {
  const order = candidates
    .filter((i) => !picked.has(i))
    .sort((a, b) => {
      const ia = items[a];
      const ib = items[b];
      const da = ia && ia.cost > 0 ? ia.value / ia.cost : Number.POSITIVE_INFINITY;
      const db = ib && ib.cost > 0 ? ib.value / ib.cost : Number.POSITIVE_INFINITY;
      return db - da || a - b;
    });
  for (const i of order) {
    const item = items[i];
    if (room <= 0) break;
    if (!item || item.value <= 0 || item.cost > budgetLeft + 1e-9) continue;
    picked.add(i);
    budgetLeft -= item.cost;
    room -= 1;
  }
}

export function solveKnapsack(items: readonly KnapsackItem[], opts: KnapsackOptions): KnapsackResult {
  const budget = Number.isFinite(opts.budget) && opts.budget > 0 ? opts.budget : 0;
  const n = items.length;
  const minCount = Math.max(0, Math.floor(opts.minCount ?? 0));
  const maxCount = Math.min(n, Math.max(0, Math.floor(opts.maxCount ?? n)));
  const limit = opts.workLimit ?? DEFAULT_WORK_LIMIT;
  const t = opts.t ?? EN;
  if (minCount > maxCount) {
    return {
      picked: [],
      feasible: false,
      method: 'exact',
      step: 0.01,
      note: t('plan.solve.countConflict', [minCount, maxCount]),
    };
  }
  const budgetCents = Math.floor(budget * 100 + 1e-7);
  const cents = items.map((it) => (Number.isFinite(it.cost) && it.cost > 0 ? toCents(it.cost) : 0));
  const affordable = items
    .map((_, i) => i)
    .filter((i) => (cents[i] ?? 0) <= budgetCents && Number.isFinite(items[i]?.value));
  const unit = affordable.reduce((u, i) => gcd(u, cents[i] ?? 0), 0) || 1;
  // No plan can hold more creators than the cheapest ones that fit: a count
  // limit above that is no limit, and the count dimension never needs to be larger.
  let mostThatFit = 0;
  for (
    let spent = 0, sorted = affordable.map((i) => cents[i] ?? 0).sort((a, b) => a - b);
    mostThatFit < sorted.length;
    mostThatFit++
  ) {
    spent += sorted[mostThatFit] ?? 0;
    if (spent > budgetCents) break;
  }
  const tracking = minCount > 0 || maxCount < mostThatFit;
  const kdim = tracking ? Math.min(maxCount, mostThatFit) + 1 : 1;
  const totalCents = affordable.reduce((s, i) => s + (cents[i] ?? 0), 0);

  let step = unit;
  let method: KnapsackResult['method'] = 'exact';
  for (;;) {
    const weights = cents.map((c) => Math.ceil(c / step));
    const steps = Math.floor(Math.min(budgetCents, totalCents) / step);
    // A group too dear for the (coarsened) budget can never be picked: leave it out.
    const groups = groupsOf(items, affordable, weights).filter((g) => g.weight <= steps);
    const fits =
      estimateWork(groups, steps, kdim, tracking) <= limit && groups.length * kdim * (steps + 1) <= CELL_LIMIT;
    if (fits || steps <= 1) {
      const dp = runDp(groups, steps, kdim, tracking, minCount, maxCount);
      const picked = new Set(dp.picked);
      if (method === 'heuristic' && dp.feasible) {
        const spent = [...picked].reduce((s, i) => s + (items[i]?.cost ?? 0), 0);
        topUp(items, affordable, picked, budget - spent, maxCount - picked.size);
      }
      const feasible = dp.feasible;
      const note = !feasible
        ? minCount > 0
          ? t('plan.solve.noMixOfMin', [minCount])
          : t('plan.solve.nothingFits')
        : method === 'heuristic'
          ? t('plan.solve.heuristic', [formatDecimal(step / 100, 2, localeOf(t))])
          : null;
      return { picked: [...picked].sort((a, b) => a - b), feasible, method, step: step / 100, note };
    }
    method = 'heuristic';
    step *= 2;
  }
}
