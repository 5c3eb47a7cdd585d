import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import de from '../../locales/de.json';
import { commentSample, settingsArb, snapshotArb, text } from '../testing/arbitraries';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { catalogueGetMessage, EN, translatorFrom } from '../text/i18n';
import type { ShortlistEntry } from './shortlist';
import { shortlistToCsv } from './shortlist-csv';
import { currentFigures } from './shortlist-row';
import { computeRow, type RowContext } from './shortlist-row-compute';
import { shortlistRowsToCsv, type CsvRow } from './shortlist-csv';
import type { CommentSample } from '../page/snapshot';

const entryArb: fc.Arbitrary<ShortlistEntry> = fc
  .record({
    snapshot: snapshotArb,
    note: text(80),
    tags: fc.array(text(10), { maxLength: 3 }),
    savedAt: fc.nat(),
    updatedAt: fc.oneof(fc.nat(), fc.constant(8.64e15 + 1)),
  })
  .map(({ snapshot, ...rest }) => ({
    v: 1,
    key: `${snapshot.platform}:${snapshot.handle}`,
    platform: snapshot.platform,
    handle: snapshot.handle,
    snapshot,
    ...rest,
  }));

function csvRows(
  entries: readonly ShortlistEntry[],
  comments: ReadonlyMap<string, ReadonlyMap<string, CommentSample[]>>,
  ctx: RowContext,
): CsvRow[] {
  return entries.map((e) => {
    const row = computeRow(e, comments.get(e.key) ?? new Map(), ctx);
    const figures = currentFigures(row, ctx.fingerprint);
    if (!figures) throw new Error('figures just computed must be current');
    return { row, figures };
  });
}

describe('shortlistRowsToCsv', () => {
  it('writes the same file as shortlistToCsv from the full entries (any entries, comments and settings)', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 6 }),
        settingsArb,
        fc.array(commentSample, { maxLength: 6 }),
        (entries, set, samples) => {
          const comments = new Map(
            entries.slice(0, 2).map((e) => [e.key, new Map([[e.snapshot.posts[0]?.id ?? 'opened', samples]])]),
          );
          const ctx: RowContext = { settings: set, fingerprint: 'f', t: EN, english: true };
          expect(shortlistRowsToCsv(csvRows(entries, comments, ctx))).toBe(shortlistToCsv(entries, set, comments));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stays in English when the list is in another language', () => {
    const german: RowContext = {
      settings: DEFAULT_SETTINGS,
      fingerprint: 'f',
      t: translatorFrom(catalogueGetMessage(de), 'de-DE'),
      english: false,
    };
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 4 }), (entries) => {
        expect(shortlistRowsToCsv(csvRows(entries, new Map(), german))).toBe(shortlistToCsv(entries, DEFAULT_SETTINGS));
      }),
      { numRuns: 60 },
    );
  });
});
