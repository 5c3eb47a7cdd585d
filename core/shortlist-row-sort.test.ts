import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { settingsArb, snapshotArb } from './arbitraries';
import { DEFAULT_SETTINGS } from './defaults';
import { EN } from './i18n';
import { figuresOf, type RowFigures } from './shortlist-row';
import { figureSortValue, sortByFigures } from './shortlist-row-sort';
import { sortRows, sortValue, type SortKey } from './sort';
import { input } from './test-fixtures';

const KEYS: SortKey[] = ['tier', 'engagement', 'costPerEngagement', 'podScore'];

describe('sortByFigures', () => {
  it('orders rows exactly as core/sort.ts orders their analyses, for any creators and settings', () => {
    fc.assert(
      fc.property(fc.array(snapshotArb, { maxLength: 12 }), settingsArb, fc.constantFrom(...KEYS), fc.boolean(), (snaps, set, key, asc) => {
        const analyses = snaps.map((s, i) => ({ i, a: analyze(s, set, EN) }));
        const rows = analyses.map(({ i, a }) => ({ i, f: figuresOf(a, a, 'f', 's') }));
        const direction = asc ? 'ascending' : 'descending';
        for (const { a, i } of analyses) expect(figureSortValue(rows[i]!.f, key)).toBe(sortValue(a, key));
        expect(sortByFigures(rows, key, direction, (r) => r.f).map((r) => r.i)).toEqual(sortRows(analyses, key, direction, (r) => r.a).map((r) => r.i));
      }),
      { numRuns: 150 },
    );
  });

  it('puts rows whose figures are being recomputed last in both directions, keeping their order', () => {
    const f = (followers: number): RowFigures => figuresOf(analyze(input({}, followers), DEFAULT_SETTINGS), analyze(input({}, followers), DEFAULT_SETTINGS), 'f', 's');
    const rows = [
      { name: 'pending-1', f: null },
      { name: 'mega', f: f(2_000_000) },
      { name: 'pending-2', f: null },
      { name: 'nano', f: f(2_000) },
    ];
    const names = (direction: 'ascending' | 'descending') => sortByFigures(rows, 'tier', direction, (r) => r.f).map((r) => r.name);
    expect(names('descending')).toEqual(['mega', 'nano', 'pending-1', 'pending-2']);
    expect(names('ascending')).toEqual(['nano', 'mega', 'pending-1', 'pending-2']);
    expect(rows.map((r) => r.name)).toEqual(['pending-1', 'mega', 'pending-2', 'nano']);
  });
});
