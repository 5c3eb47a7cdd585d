import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis';
import { analyze } from './analyze';
import { DEFAULT_SETTINGS } from './defaults';
import { compareBy, sortRows, sortValue, type SortKey } from './sort';
import { input } from './test-fixtures';

const base = analyze(input({}, 50_000), DEFAULT_SETTINGS);

function row(name: string, patch: { tier?: Analysis['tier']['id']; rate?: number | null; cpe?: number | null; pod?: number | null }) {
  const a: Analysis = structuredClone(base);
  if (patch.tier !== undefined) a.tier.id = patch.tier;
  if (patch.rate !== undefined) a.engagement.rate = patch.rate;
  if (patch.cpe !== undefined) a.roi.costPerEngagement = patch.cpe === null ? null : { low: patch.cpe, expected: patch.cpe, high: patch.cpe };
  if (patch.pod !== undefined) a.pod.score = patch.pod;
  return { name, analysis: a };
}
const pick = (r: { analysis: Analysis }) => r.analysis;
const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

describe('sortValue', () => {
  it('reads each key, null when missing or not finite', () => {
    expect(sortValue(row('a', { tier: 'macro' }).analysis, 'tier')).toBe(3);
    expect(sortValue(row('a', { tier: null }).analysis, 'tier')).toBeNull();
    expect(sortValue(row('a', { rate: 0.05 }).analysis, 'engagement')).toBe(0.05);
    expect(sortValue(row('a', { rate: Number.NaN }).analysis, 'engagement')).toBeNull();
    expect(sortValue(row('a', { cpe: 0.3 }).analysis, 'costPerEngagement')).toBe(0.3);
    expect(sortValue(row('a', { pod: null }).analysis, 'podScore')).toBeNull();
  });
});

describe('sortRows', () => {
  const rows = [
    row('none', { rate: null }),
    row('mid', { rate: 0.02 }),
    row('low', { rate: 0.01 }),
    row('high', { rate: 0.05 }),
    row('mid2', { rate: 0.02 }),
  ];
  it('sorts ascending and descending with missing figures last both ways, ties stable', () => {
    expect(names(sortRows(rows, 'engagement', 'ascending', pick))).toEqual(['low', 'mid', 'mid2', 'high', 'none']);
    expect(names(sortRows(rows, 'engagement', 'descending', pick))).toEqual(['high', 'mid', 'mid2', 'low', 'none']);
    expect(names(rows)).toEqual(['none', 'mid', 'low', 'high', 'mid2']);
  });
  it('sorts tiers by audience size', () => {
    const tiers = [row('mega', { tier: 'mega' }), row('unknown', { tier: null }), row('nano', { tier: 'nano' }), row('below', { tier: 'below-nano' })];
    expect(names(sortRows(tiers, 'tier', 'ascending', pick))).toEqual(['below', 'nano', 'mega', 'unknown']);
    expect(names(sortRows(tiers, 'tier', 'descending', pick))).toEqual(['mega', 'nano', 'below', 'unknown']);
  });
  it('sorts by cost per engagement and pod score', () => {
    const r = [row('a', { cpe: 2, pod: 10 }), row('b', { cpe: null, pod: null }), row('c', { cpe: 0.5, pod: 80 })];
    expect(names(sortRows(r, 'costPerEngagement', 'ascending', pick))).toEqual(['c', 'a', 'b']);
    expect(names(sortRows(r, 'podScore', 'descending', pick))).toEqual(['c', 'a', 'b']);
  });
  it('always puts nulls last and keeps a consistent order, for any values', () => {
    const value = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    const keys: SortKey[] = ['engagement', 'podScore', 'costPerEngagement'];
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), fc.constantFrom(...keys), fc.boolean(), (values, key, asc) => {
        const rs = values.map((v, i) => row(String(i), { rate: v, pod: v, cpe: v }));
        const sorted = sortRows(rs, key, asc ? 'ascending' : 'descending', pick).map((r) => sortValue(r.analysis, key));
        const firstNull = sorted.indexOf(null);
        if (firstNull >= 0) expect(sorted.slice(firstNull).every((v) => v === null)).toBe(true);
        const numbers = sorted.filter((v): v is number => v !== null);
        for (let i = 1; i < numbers.length; i++) {
          if (asc) expect(numbers[i]).toBeGreaterThanOrEqual(numbers[i - 1]!);
          else expect(numbers[i]).toBeLessThanOrEqual(numbers[i - 1]!);
        }
        const cmp = compareBy(key, 'ascending', pick);
        for (const a of rs) expect(cmp(a, a)).toBe(0);
      }),
    );
  });
});
