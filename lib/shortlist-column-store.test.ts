import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsArb, snapshotArb, text } from '@/core/testing/arbitraries';
import { EN } from '@/core/text/i18n';
import type { ShortlistEntry } from '@/core/shortlist/shortlist';
import { listedOf, rowOfEntry, type ShortlistRow } from '@/core/shortlist/shortlist-row';
import { computeRow } from '@/core/shortlist/shortlist-row-compute';
import { shortlistRowSchema } from '@/core/shortlist/shortlist-row-schema';
import { decodeCsv, decodeListed, decodeRows, encodeBucket } from './shortlist-column-store';

/** Stored by column and read back: the same rows, and a bad value costs its own row only. */

const entryArb: fc.Arbitrary<ShortlistEntry> = fc
  .record({
    snapshot: snapshotArb,
    note: text(40),
    tags: fc.array(text(10), { maxLength: 3 }),
    savedAt: fc.nat(),
    updatedAt: fc.nat(),
  })
  .map(({ snapshot, ...rest }) => ({
    v: 1,
    key: `${snapshot.platform}:${snapshot.handle}`,
    platform: snapshot.platform,
    handle: snapshot.handle,
    snapshot,
    ...rest,
  }));

/** Rows with figures, and (every third) rows still waiting for them. */
const rowsArb: fc.Arbitrary<ShortlistRow[]> = fc
  .tuple(fc.uniqueArray(entryArb, { maxLength: 8, selector: (e) => e.key }), settingsArb)
  .map(([entries, settings]) =>
    entries.map((e, i) =>
      i % 3 === 2
        ? rowOfEntry(e, null)
        : computeRow(e, new Map(), { settings, fingerprint: 'f', t: EN, english: true }),
    ),
  );

const ANY_BUCKET = () => 0;

describe('encodeBucket / decodeRows', () => {
  it('read back every row as written, and the list part as the list holds it (any rows)', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { list, csv } = structuredClone(encodeBucket(0, rows));
        const decoded = decodeRows(list, csv, ANY_BUCKET);
        expect(decoded).toEqual(rows);
        for (const row of decoded) expect(shortlistRowSchema.safeParse(row).success).toBe(true);
        expect(decodeListed(list, ANY_BUCKET)).toEqual(rows.map(listedOf));
      }),
      { numRuns: 120 },
    );
  });

  it('leave out a row with a bad value, and keep the others', () => {
    fc.assert(
      fc.property(
        rowsArb.filter((rows) => rows.length >= 2),
        fc.constantFrom('tier', 'podScore', 'platform', 'handle', 'cpeHigh'),
        (rows, column) => {
          const { list, csv } = encodeBucket(0, rows);
          const columns = list.list as Record<string, unknown[]>;
          columns[column]![0] = column === 'cpeHigh' ? -1 : column === 'podScore' ? 1_000 : 42;
          const keys = decodeRows(list, csv, ANY_BUCKET).map((r) => r.key);
          expect(keys).toEqual(rows.slice(1).map((r) => r.key));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leave out a row whose cost range is out of order', () => {
    const rows = fc.sample(
      rowsArb.filter((r) => r.some((x) => x.figures?.costPerEngagement)),
      1,
    )[0]!;
    const i = rows.findIndex((r) => r.figures?.costPerEngagement);
    const { list } = encodeBucket(0, rows);
    const columns = list.list as Record<string, unknown[]>;
    columns['cpeLow']![i] = (columns['cpeHigh']![i] as number) + 1;
    expect(decodeListed(list, ANY_BUCKET).map((r) => r.key)).not.toContain(rows[i]!.key);
  });

  it("drop rows filed under another key's bucket, and everything of a record that is not columns", () => {
    const rows = fc.sample(
      rowsArb.filter((r) => r.length >= 2),
      1,
    )[0]!;
    const { list } = encodeBucket(3, rows);
    const first = rows[0]!.key;
    expect(decodeListed(list, (key) => (key === first ? 4 : 3)).map((r) => r.key)).toEqual(
      rows.slice(1).map((r) => r.key),
    );
    expect(decodeListed({ ...list, list: { key: ['a'] } }, ANY_BUCKET)).toEqual([]);
    expect(decodeListed({ ...list, v: 99 }, ANY_BUCKET)).toEqual([]);
    expect(decodeListed(null, ANY_BUCKET)).toEqual([]);
  });

  it('keep the list readable when the CSV part is not: only a rewrite or an export needs it', () => {
    const rows = fc.sample(
      rowsArb.filter((r) => r.length >= 1),
      1,
    )[0]!;
    const { list, csv } = encodeBucket(0, rows);
    const broken = { ...csv, csv: '{not json' };
    expect(decodeListed(list, ANY_BUCKET)).toEqual(rows.map(listedOf));
    expect(decodeCsv(broken).size).toBe(0);
    expect(decodeRows(list, broken, ANY_BUCKET)).toEqual([]);
    expect(decodeRows(list, undefined, ANY_BUCKET)).toEqual([]);
  });
});
