import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveKnapsack, type KnapsackItem } from './planner-solve';

/** Every subset, for small n: the best value meeting the budget and count limits, or null. */
function bruteForce(items: readonly KnapsackItem[], budget: number, min = 0, max = items.length): number | null {
  let best: number | null = null;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    let cost = 0;
    let value = 0;
    let count = 0;
    items.forEach((item, i) => {
      if (mask & (1 << i)) {
        cost += Math.ceil(item.cost * 100 - 1e-7);
        value += item.value;
        count += 1;
      }
    });
    if (cost > Math.floor(budget * 100 + 1e-7) || count < min || count > max) continue;
    if (best === null || value > best) best = value;
  }
  return best;
}

const valueOf = (items: readonly KnapsackItem[], picked: readonly number[]) =>
  picked.reduce((s, i) => s + (items[i]?.value ?? 0), 0);
const costOf = (items: readonly KnapsackItem[], picked: readonly number[]) =>
  picked.reduce((s, i) => s + (items[i]?.cost ?? 0), 0);

// Rate-card-like prices (few distinct values) and arbitrary cent prices.
const price = fc.oneof(
  fc.constantFrom(0, 5, 12.5, 15, 25, 55, 75, 300, 1_300, 5_000),
  fc.integer({ min: 0, max: 200_000 }).map((c) => c / 100),
);
const item = fc.record({
  cost: price,
  value: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true })),
});

/**
 * The optimiser and brute force add the same values in different orders, so
 * their sums may differ in the last bits: compare relative to their size
 * (values reach 1e5; an absolute 1e-6 is below float rounding there).
 */
function expectSameValue(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('solveKnapsack against brute force', () => {
  it('finds the best mix within the budget', () => {
    fc.assert(
      // Budgets up to $2,000: with 1-cent prices that is 200,000 steps, still exact.
      fc.property(
        fc.array(item, { maxLength: 11 }),
        fc.integer({ min: 0, max: 200_000 }).map((c) => c / 100),
        (items, budget) => {
          const r = solveKnapsack(items, { budget });
          const best = bruteForce(items, budget);
          expect(r.method).toBe('exact');
          expect(r.feasible).toBe(best !== null);
          expect(costOf(items, r.picked)).toBeLessThanOrEqual(budget + 1e-6);
          expectSameValue(valueOf(items, r.picked), best ?? 0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('respects a minimum and maximum number of creators', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 10 }),
        fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
        fc.nat(6),
        fc.nat(6),
        (items, budget, a, b) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          const r = solveKnapsack(items, { budget, minCount: min, maxCount: max });
          const best = bruteForce(items, budget, min, Math.min(max, items.length));
          expect(r.feasible).toBe(best !== null);
          if (best === null) return;
          expect(r.picked.length).toBeGreaterThanOrEqual(min);
          expect(r.picked.length).toBeLessThanOrEqual(max);
          expect(costOf(items, r.picked)).toBeLessThanOrEqual(budget + 1e-6);
          expectSameValue(valueOf(items, r.picked), best);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('solveKnapsack budget edges', () => {
  const items: KnapsackItem[] = [
    { cost: 55, value: 500 },
    { cost: 300, value: 2_000 },
    { cost: 15, value: 900 },
  ];
  it('picks nothing with a zero budget, or a budget below every price', () => {
    expect(solveKnapsack(items, { budget: 0 })).toMatchObject({ picked: [], feasible: true });
    expect(solveKnapsack(items, { budget: 14.99 })).toMatchObject({ picked: [], feasible: true });
    expect(solveKnapsack(items, { budget: Number.NaN }).picked).toEqual([]);
    expect(solveKnapsack(items, { budget: -5 }).picked).toEqual([]);
  });
  it('takes everyone when the budget covers everyone', () => {
    expect(solveKnapsack(items, { budget: 370 }).picked).toEqual([0, 1, 2]);
    expect(solveKnapsack(items, { budget: 1e9 }).picked).toEqual([0, 1, 2]);
  });
  it('takes free (gifted at no cost) items even with no budget', () => {
    expect(
      solveKnapsack(
        [
          { cost: 0, value: 3 },
          { cost: 10, value: 9 },
        ],
        { budget: 0 },
      ).picked,
    ).toEqual([0]);
  });
  it('prefers the cheaper of two equally good mixes', () => {
    const r = solveKnapsack(
      [
        { cost: 100, value: 10 },
        { cost: 60, value: 10 },
      ],
      { budget: 100, maxCount: 1 },
    );
    expect(r.picked).toEqual([1]);
  });
  it('says when a minimum count cannot fit', () => {
    const r = solveKnapsack(items, { budget: 60, minCount: 3 });
    expect(r.feasible).toBe(false);
    expect(r.note).toBe('No mix of at least 3 creators fits the budget');
    expect(solveKnapsack(items, { budget: 60, minCount: 3, maxCount: 2 }).note).toMatch(/at most 2/);
  });
  it('falls back to a heuristic on a huge table, says so, and stays within budget', () => {
    const odd = Array.from({ length: 40 }, (_, i) => ({
      cost: 10 + i * 0.37 + (i % 7) * 0.01,
      value: 100 + ((i * 37) % 90),
    }));
    const r = solveKnapsack(odd, { budget: 300, workLimit: 100_000 });
    expect(r.method).toBe('heuristic');
    expect(r.note).toMatch(/^Heuristic:/);
    expect(costOf(odd, r.picked)).toBeLessThanOrEqual(300);
    const exact = solveKnapsack(odd, { budget: 300 });
    expect(exact.method).toBe('exact');
    // The heuristic is close to, never above, the exact optimum.
    expect(valueOf(odd, r.picked)).toBeLessThanOrEqual(valueOf(odd, exact.picked) + 1e-9);
    expect(valueOf(odd, r.picked)).toBeGreaterThan(0.95 * valueOf(odd, exact.picked));
  });
});
