import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import de from '../../locales/de.json';
import { analyze, mergeComments } from '../score/analyze';
import { settingsArb, snapshotArb } from '../testing/arbitraries';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { catalogueGetMessage, EN, translatorFrom } from '../text/i18n';
import type { ShortlistEntry } from './shortlist';
import { currentFigures, rowFingerprint, rowOfEntry, snapshotStamp, type ShortlistRow } from './shortlist-row';
import { shortlistRowSchema } from './shortlist-row-schema';
import { computeRow, type RowContext } from './shortlist-row-compute';
import type { Snapshot } from '../page/snapshot';
import { comments, post, settings, snapshot } from '../../tests/builders/snapshots';

function entry(snap: Snapshot, patch: Partial<ShortlistEntry> = {}): ShortlistEntry {
  return {
    v: 1,
    key: `${snap.platform}:${snap.handle}`,
    platform: snap.platform,
    handle: snap.handle,
    note: '',
    tags: [],
    savedAt: 1,
    updatedAt: 2,
    snapshot: snap,
    ...patch,
  };
}

const fingerprint = rowFingerprint({ settings: DEFAULT_SETTINGS, locale: 'en-US', version: '1.0.0' });
const ctx: RowContext = { settings: DEFAULT_SETTINGS, fingerprint, t: EN, english: true };
const GERMAN = translatorFrom(catalogueGetMessage(de), 'de-DE');
const snap = snapshot({ posts: [post({ likes: 900, comments: 100 }), post({ likes: 1100, comments: 100 })] }, 50_000);

describe('rowFingerprint', () => {
  it('changes with the settings, the language and the version, and only with them', () => {
    const base = { settings: DEFAULT_SETTINGS, locale: 'en-US', version: '1.0.0' };
    expect(rowFingerprint({ ...base, settings: structuredClone(DEFAULT_SETTINGS) })).toBe(fingerprint);
    expect(rowFingerprint({ ...base, settings: settings({ currency: 'EUR' }) })).not.toBe(fingerprint);
    expect(rowFingerprint({ ...base, locale: 'de-DE' })).not.toBe(fingerprint);
    expect(rowFingerprint({ ...base, version: '1.0.1' })).not.toBe(fingerprint);
  });
});

describe('rowOfEntry', () => {
  it('mirrors the entry: its own fields, the profile counts, a stamp of the snapshot', () => {
    const row = rowOfEntry(entry(snap, { note: 'great fit', tags: ['q3'], savedAt: 10, updatedAt: 20 }), null);
    expect(row).toMatchObject({
      key: 'instagram:creator',
      platform: 'instagram',
      handle: 'creator',
      displayName: snap.profile.displayName,
      note: 'great fit',
      tags: ['q3'],
      savedAt: 10,
      updatedAt: 20,
      following: snap.profile.following?.value ?? null,
      posts: snap.profile.posts?.value ?? null,
      capturedAt: snap.capturedAt,
      snapshot: snapshotStamp(snap),
      figures: null,
    });
    expect(shortlistRowSchema.safeParse(row).success).toBe(true);
  });
});

describe('computeRow and currentFigures', () => {
  it('gives the figures analyze() gives, current under the context they were computed in', () => {
    const stored = comments([
      ['a', 'so good'],
      ['b', '🔥🔥'],
    ]);
    const row = computeRow(entry(snap), new Map([['p1', stored]]), ctx);
    const analysis = analyze(mergeComments(snap, new Map([['p1', stored]])), DEFAULT_SETTINGS);
    const figures = currentFigures(row, fingerprint);
    expect(figures).toMatchObject({
      followers: analysis.followers,
      tier: analysis.tier.id,
      tierReason: analysis.tier.reason,
      engagementRate: analysis.engagement.rate,
      postsMeasured: analysis.engagement.postsMeasured,
      costPerEngagement: analysis.roi.costPerEngagement,
      currency: analysis.roi.currency,
      podScore: analysis.pod.score,
      podLevel: analysis.pod.level,
      podCommentsSeen: analysis.pod.commentsSeen,
    });
    expect(figures?.podReasonsCsv).toBe(
      [...analysis.pod.signals.map((s) => s.reason), ...analysis.pod.reasons].join('; '),
    );
  });

  it('withholds figures computed under other settings or language, or from another snapshot', () => {
    const row = computeRow(entry(snap), new Map(), ctx);
    const otherSettings = rowFingerprint({
      settings: settings({ excludePinned: false }),
      locale: 'en-US',
      version: '1.0.0',
    });
    expect(currentFigures(row, otherSettings)).toBeNull();
    expect(
      currentFigures(row, rowFingerprint({ settings: DEFAULT_SETTINGS, locale: 'es-ES', version: '1.0.0' })),
    ).toBeNull();
    const resaved = rowOfEntry(entry({ ...snap, capturedAt: snap.capturedAt + 1 }), row.figures);
    expect(currentFigures(resaved, fingerprint)).toBeNull();
    // A note edit keeps the snapshot: the figures stay current.
    const noted = rowOfEntry(entry(snap, { note: 'edited', updatedAt: 99 }), row.figures);
    expect(currentFigures(noted, fingerprint)).toBe(row.figures);
  });

  it('writes the list in the list language and the CSV pod reasons in English', () => {
    const german = computeRow(entry(snap), new Map(), { ...ctx, t: GERMAN, english: false });
    const english = computeRow(entry(snap), new Map(), ctx);
    expect(german.figures?.tierReason).not.toBe(english.figures?.tierReason);
    expect(german.figures?.tierReason).toBe(analyze(snap, DEFAULT_SETTINGS, GERMAN).tier.reason);
    expect(german.figures?.podReasonsCsv).toBe(english.figures?.podReasonsCsv);
  });

  it('always gives a row its own schema accepts (any snapshot, any settings)', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (s, set) => {
        const row = computeRow(entry(s), new Map(), { settings: set, fingerprint: 'f', t: EN, english: true });
        expect(shortlistRowSchema.safeParse(row).error?.issues).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('shortlistRowSchema', () => {
  it('refuses a corrupt row', () => {
    const row: ShortlistRow = computeRow(entry(snap), new Map(), ctx);
    expect(shortlistRowSchema.safeParse({ ...row, key: 42 }).success).toBe(false);
    expect(shortlistRowSchema.safeParse({ ...row, v: 1 }).success).toBe(false);
    expect(shortlistRowSchema.safeParse({ ...row, figures: { ...row.figures, podScore: 400 } }).success).toBe(false);
    expect(
      shortlistRowSchema.safeParse({
        ...row,
        figures: { ...row.figures, costPerEngagement: { low: 2, expected: 1, high: 3 } },
      }).success,
    ).toBe(false);
  });
});
