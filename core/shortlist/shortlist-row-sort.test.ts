import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../score/analyze';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { figuresOf, sortValue, type RowFigures, type SortKey } from './shortlist-columns';
import { sortByFigures } from './shortlist-row-sort';
import { input } from '../../tests/builders/snapshots';

const base = (followers = 50_000): RowFigures => {
  const read = input({}, followers);
  const a = analyze(read, DEFAULT_SETTINGS);
  return figuresOf({ input: read, analysis: a, english: a, fingerprint: 'f', stamp: 's' });
};

function row(
  name: string,
  patch: { tier?: RowFigures['tier']; rate?: number | null; cpe?: number | null; pod?: number | null },
) {
  const f = base();
  if (patch.tier !== undefined) f.tier = patch.tier;
  if (patch.rate !== undefined) f.engagementRate = patch.rate;
  if (patch.cpe !== undefined)
    f.costPerEngagement = patch.cpe === null ? null : { low: patch.cpe, expected: patch.cpe, high: patch.cpe };
  if (patch.pod !== undefined) f.podScore = patch.pod;
  return { name, f };
}
const pick = (r: { f: RowFigures | null }) => r.f;
const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

describe('sortValue', () => {
  it('reads each key, null when missing or not finite', () => {
    expect(sortValue(row('a', { tier: 'macro' }).f, 'tier')).toBe(3);
    expect(sortValue(row('a', { tier: null }).f, 'tier')).toBeNull();
    expect(sortValue(row('a', { rate: 0.05 }).f, 'engagementRate')).toBe(0.05);
    expect(sortValue(row('a', { rate: Number.NaN }).f, 'engagementRate')).toBeNull();
    expect(sortValue(row('a', { cpe: 0.3 }).f, 'costPerEngagement')).toBe(0.3);
    expect(sortValue(row('a', { pod: null }).f, 'podScore')).toBeNull();
    expect(sortValue(null, 'podScore')).toBeNull();
  });
});

describe('sortByFigures', () => {
  const rows = [
    row('none', { rate: null }),
    row('mid', { rate: 0.02 }),
    row('low', { rate: 0.01 }),
    row('high', { rate: 0.05 }),
    row('mid2', { rate: 0.02 }),
  ];
  it('sorts ascending and descending with missing figures last both ways, ties stable', () => {
    expect(names(sortByFigures(rows, 'engagementRate', 'ascending', pick))).toEqual([
      'low',
      'mid',
      'mid2',
      'high',
      'none',
    ]);
    expect(names(sortByFigures(rows, 'engagementRate', 'descending', pick))).toEqual([
      'high',
      'mid',
      'mid2',
      'low',
      'none',
    ]);
    expect(names(rows)).toEqual(['none', 'mid', 'low', 'high', 'mid2']);
  });

  it('sorts tiers by audience size', () => {
    const tiers = [
      row('mega', { tier: 'mega' }),
      row('unknown', { tier: null }),
      row('nano', { tier: 'nano' }),
      row('below', { tier: 'below-nano' }),
    ];
    expect(names(sortByFigures(tiers, 'tier', 'ascending', pick))).toEqual(['below', 'nano', 'mega', 'unknown']);
    expect(names(sortByFigures(tiers, 'tier', 'descending', pick))).toEqual(['mega', 'nano', 'below', 'unknown']);
  });

  it('sorts by cost per engagement and pod score', () => {
    const r = [row('a', { cpe: 2, pod: 10 }), row('b', { cpe: null, pod: null }), row('c', { cpe: 0.5, pod: 80 })];
    expect(names(sortByFigures(r, 'costPerEngagement', 'ascending', pick))).toEqual(['c', 'a', 'b']);
    expect(names(sortByFigures(r, 'podScore', 'descending', pick))).toEqual(['c', 'a', 'b']);
  });

  it('always puts nulls last, in order, ties stable, for any values', () => {
    const value = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    const keys: SortKey[] = ['engagementRate', 'podScore', 'costPerEngagement'];
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), fc.constantFrom(...keys), fc.boolean(), (values, key, asc) => {
        const rs = values.map((v, i) => ({ i, ...row(String(i), { rate: v, pod: v, cpe: v }) }));
        const sorted = sortByFigures(rs, key, asc ? 'ascending' : 'descending', pick);
        const vs = sorted.map((r) => sortValue(r.f, key));
        const firstNull = vs.indexOf(null);
        if (firstNull >= 0) expect(vs.slice(firstNull).every((v) => v === null)).toBe(true);
        for (let j = 1; j < sorted.length; j++) {
          const x = vs[j - 1] ?? null;
          const y = vs[j] ?? null;
          if (x === null || y === null) continue;
          if (asc) expect(y).toBeGreaterThanOrEqual(x);
          else expect(y).toBeLessThanOrEqual(x);
          if (x === y) expect(sorted[j]!.i).toBeGreaterThan(sorted[j - 1]!.i);
        }
      }),
    );
  });

  it('puts rows whose figures are being recomputed last in both directions, keeping their order', () => {
    const rs = [
      { name: 'pending-1', f: null },
      { name: 'mega', f: base(2_000_000) },
      { name: 'pending-2', f: null },
      { name: 'nano', f: base(2_000) },
    ];
    const order = (direction: 'ascending' | 'descending') => names(sortByFigures(rs, 'tier', direction, pick));
    expect(order('descending')).toEqual(['mega', 'nano', 'pending-1', 'pending-2']);
    expect(order('ascending')).toEqual(['nano', 'mega', 'pending-1', 'pending-2']);
    expect(names(rs)).toEqual(['pending-1', 'mega', 'pending-2', 'nano']);
  });
});
