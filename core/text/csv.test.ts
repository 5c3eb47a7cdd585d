import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, writeCsv, type CsvCell } from './csv';

const parse = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', newline: '\r\n', quoteChar: '"' }).data;

describe('neutralizeCell', () => {
  it('prefixes formula starts with an apostrophe', () => {
    for (const value of ['=1+1', '+1', '-cmd', '@SUM(A1)', '\t=1', '\r=1', ' =1', '\n=1', '＝1']) {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    }
  });
  it('leaves ordinary text alone', () => {
    for (const value of ['Ann', '1+1', 'a=b', '', ' ', 'émoji 🔥', 'שלום']) expect(neutralizeCell(value)).toBe(value);
  });
});

describe('writeCsv', () => {
  it('writes RFC 4180 with CRLF, quoting and a BOM by default', () => {
    const csv = writeCsv([
      ['name', 'note'],
      ['Ann', 'says "hi", then\nleaves'],
      [' padded', null],
    ]);
    expect(csv).toBe('\uFEFFname,note\r\nAnn,"says ""hi"", then\nleaves"\r\n" padded",');
  });
  it('omits the BOM on request', () => {
    expect(writeCsv([['a']], { bom: false })).toBe('a');
  });
  it('writes numbers as numbers, un-neutralised, and non-finite ones as empty', () => {
    expect(writeCsv([[-12.5, 0, 4.31, Number.NaN, Number.POSITIVE_INFINITY, '-12.5']], { bom: false })).toBe(
      "-12.5,0,4.31,,,'-12.5",
    );
  });
  it('keeps a lone empty cell distinct from a blank line', () => {
    expect(parse(writeCsv([['a'], [null], ['b']]))).toEqual([['a'], [''], ['b']]);
  });
  it('neutralises hostile strings and they survive a parse', () => {
    const hostile = [
      '=HYPERLINK("http://evil","x")',
      '+1',
      '-cmd',
      '@SUM(1)',
      '\t=1',
      ' =1',
      'a,b',
      'line\r\nbreak',
      '"q"',
      '🔥',
      'مرحبا',
      '\u0000',
      '\uD800',
    ];
    const rows = parse(writeCsv([hostile]));
    expect(rows).toEqual([hostile.map(neutralizeCell)]);
    expect(rows[0]?.[0]).toBe(`'=HYPERLINK("http://evil","x")`);
  });
  it('round-trips through papaparse for arbitrary cells', () => {
    const cell: fc.Arbitrary<CsvCell> = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('=1', '+x', '-', '@', '\t', '\r', '\n', '"', ',', ' a ', '\r\n'),
      fc.double(),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const expected = rows.map((row) =>
          row.map((c) =>
            c === null ? '' : typeof c === 'number' ? (Number.isFinite(c) ? String(c) : '') : neutralizeCell(c),
          ),
        );
        expect(parse(writeCsv(rows))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
