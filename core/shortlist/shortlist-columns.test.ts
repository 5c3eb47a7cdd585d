import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import { analyze } from '../score/analyze';
import { settingsArb, snapshotArb } from '../testing/arbitraries';
import { EN } from '../text/i18n';
import {
  FIGURE_IDS,
  figureColumn,
  figuresOf,
  LIST_COLUMNS,
  rowFiguresSchema,
  SHORTLIST_COLUMNS,
  SHORTLIST_CSV_HEADER,
} from './shortlist-columns';

/** Convention: every column of the table has every part it needs, and each part fits the others. */

const lookup = (catalogue: unknown, key: string) =>
  key.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown> | undefined)?.[k], catalogue);

describe('the shortlist column table', () => {
  it('gives every figure a value its schema takes, and as many CSV cells as headers (any creator and settings)', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (snapshot, settings) => {
        const a = analyze(snapshot, settings, EN);
        const figures = figuresOf({ input: snapshot, analysis: a, english: a, fingerprint: 'f', stamp: 's' });
        expect(rowFiguresSchema.safeParse(figures).success).toBe(true);
        for (const id of FIGURE_IDS) expect(figureColumn(id).schema.safeParse(figures[id]).success, id).toBe(true);
        for (const id of FIGURE_IDS) {
          const { csv } = figureColumn(id);
          if (csv) expect(csv.cells(figures[id]), id).toHaveLength(csv.header.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('has every figure used: in the CSV, as a list column, or read by the list', () => {
    for (const id of FIGURE_IDS) {
      const c = figureColumn(id);
      expect(c.csv !== undefined || c.list !== undefined || c.listed === true, id).toBe(true);
    }
  });

  it('names each CSV column once', () => {
    expect(new Set(SHORTLIST_CSV_HEADER).size).toBe(SHORTLIST_CSV_HEADER.length);
    for (const column of Object.values(SHORTLIST_COLUMNS))
      if (column.csv) expect(column.csv.header.length).toBeGreaterThan(0);
  });

  it('gives every list column a header in every language, and a sort key', () => {
    expect(LIST_COLUMNS.length).toBeGreaterThan(0);
    for (const id of LIST_COLUMNS) {
      const { list, sort } = figureColumn(id);
      for (const catalogue of [en, es, de])
        expect(typeof lookup(catalogue, list!.header), `${id}: ${list!.header}`).toBe('string');
      expect(sort, id).toBeTypeOf('function');
    }
  });
});
