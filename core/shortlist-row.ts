import { ANALYSIS_VERSION, type Analysis } from './analysis';
import { stampOf } from './fingerprint';
import type { Settings } from './settings';
import type { ShortlistEntry } from './shortlist';
import type { RowFigures, ShortlistRow } from './shortlist-row-schema';
import type { Snapshot } from './snapshot';

/**
 * The shortlist's list row: what the list shows, sorts, filters and exports
 * for one saved creator, small enough that 10,000 of them open at once. It is
 * a cache: the shortlist entry (with its snapshot) stays the source of truth.
 *
 * Two parts, kept apart on purpose:
 * - the entry's own fields (handle, note, tags, dates, a stamp of its
 *   snapshot), always written together with the entry;
 * - `figures`, computed by analyze() under some settings, in some language,
 *   from some snapshot. They are current only while all three still hold
 *   (`currentFigures`); otherwise they must be recomputed, never shown.
 */
/** 2: the money model's figures (ROAS, costs per result, agreed price). */
export const SHORTLIST_ROW_VERSION = 2;

// The row's zod schema is in shortlist-row-schema.ts: storage validates its
// columns (lib/shortlist-columns.ts), and pages that only save need not carry it.

export type { RowFigures, ShortlistRow } from './shortlist-row-schema';

/**
 * What the list itself needs of a row's figures: shown, sorted, filtered.
 * The rest (the CSV report's) stays in storage until an export asks for it,
 * so opening the list reads and validates only this.
 */
export const LIST_FIGURES = [
  'fingerprint',
  'snapshot',
  'tier',
  'tierReason',
  'engagementRate',
  'engagementMissing',
  'postsMeasured',
  'costPerEngagement',
  'currency',
  'costMissing',
  'podScore',
  'podLevel',
  'podTopReason',
  'podCommentsSeen',
  'podPostsWithComments',
  'agreedPrice',
] as const satisfies readonly (keyof RowFigures)[];
export type ListFigures = Pick<RowFigures, (typeof LIST_FIGURES)[number]>;

/** A row as the list holds it. */
export interface ListedRow {
  key: string;
  platform: ShortlistRow['platform'];
  handle: string;
  displayName: string | null;
  note: string;
  /** snapshotStamp() of the entry's snapshot. */
  snapshot: string;
  figures: ListFigures | null;
}

export function listedOf(row: ShortlistRow): ListedRow {
  const f = row.figures;
  const figures = f === null ? null : (Object.fromEntries(LIST_FIGURES.map((k) => [k, f[k]])) as ListFigures);
  return { key: row.key, platform: row.platform, handle: row.handle, displayName: row.displayName, note: row.note, snapshot: row.snapshot, figures };
}

/** Equal snapshots (whatever their key order), equal stamps. */
export function snapshotStamp(snapshot: Snapshot): string {
  return stampOf(snapshot);
}

/**
 * What an entry's figures are computed from besides settings: its snapshot
 * and the price agreed with the creator. Editing that price changes the
 * stamp, so the row's figures go stale and are recomputed like a new read.
 */
export function entryStamp(e: Pick<ShortlistEntry, 'snapshot' | 'agreedPrice'>): string {
  const agreed = e.agreedPrice ?? null;
  return agreed === null ? snapshotStamp(e.snapshot) : stampOf({ snapshot: e.snapshot, agreedPrice: agreed });
}

export interface FingerprintInput {
  settings: Settings;
  /** The language the figures' sentences are in (and numbers inside them). */
  locale: string;
  /** The extension's version: an update may word or compute a figure differently. */
  version: string;
}

/** What figures depend on besides the snapshot: settings, language, code. */
export function rowFingerprint({ settings, locale, version }: FingerprintInput): string {
  return stampOf({ settings, locale, version, analysis: ANALYSIS_VERSION, row: SHORTLIST_ROW_VERSION });
}

/**
 * The row of an entry. `figures` are carried over as given: whether they
 * still apply is decided when they are read (currentFigures), so a note edit
 * keeps them and a new snapshot makes them stale without anyone deciding.
 */
export function rowOfEntry(e: ShortlistEntry, figures: RowFigures | null, stamp: string = entryStamp(e)): ShortlistRow {
  const profile = e.snapshot.profile;
  return {
    v: SHORTLIST_ROW_VERSION,
    key: e.key,
    platform: e.platform,
    handle: e.handle,
    displayName: profile.displayName,
    note: e.note,
    tags: [...e.tags],
    savedAt: e.savedAt,
    updatedAt: e.updatedAt,
    following: profile.following?.value ?? null,
    posts: profile.posts?.value ?? null,
    capturedAt: e.snapshot.capturedAt,
    snapshot: stamp,
    figures,
  };
}

/** The strongest pod reason, as the pod badge's tooltip gives it. */
function topPodReason(pod: Analysis['pod']): string | null {
  const top = [...pod.signals].sort((a, b) => b.points - a.points)[0];
  return top?.reason ?? pod.reasons[0] ?? null;
}

/**
 * A row's figures from the analysis of its snapshot. `english` is the same
 * analysis in English (the CSV report's language); pass `analysis` itself
 * when that already is English.
 */
export function figuresOf(analysis: Analysis, english: Analysis, fingerprint: string, stamp: string): RowFigures {
  const { engagement, roi, pod } = analysis;
  return {
    fingerprint,
    snapshot: stamp,
    followers: analysis.followers,
    tier: analysis.tier.id,
    tierReason: analysis.tier.reason,
    engagementRate: engagement.rate,
    engagementBasis: engagement.basis,
    byFollowers: engagement.byFollowers,
    byViews: engagement.byViews,
    postsMeasured: engagement.postsMeasured,
    engagementMissing: engagement.rate === null ? (engagement.reasons[0] ?? null) : null,
    costPerPost: roi.costPerPost,
    costPerEngagement: roi.costPerEngagement,
    expectedEngagements: roi.expectedEngagements,
    expectedReach: roi.expectedReach,
    expectedConversions: roi.expectedConversions,
    expectedRevenue: roi.expectedRevenue,
    roas: roi.roas,
    costPerThousandReach: roi.costPerThousandReach,
    costPerConversion: roi.costPerConversion,
    costSource: roi.costSource,
    agreedPrice: roi.costSource === 'agreed' ? (roi.costPerPost?.expected ?? null) : null,
    currency: roi.currency,
    costMissing: roi.costPerEngagement === null ? (roi.reasons[0] ?? null) : null,
    podScore: pod.score,
    podLevel: pod.level,
    podTopReason: topPodReason(pod),
    podCommentsSeen: pod.commentsSeen,
    podPostsWithComments: pod.postsWithComments,
    podReasonsCsv: [...english.pod.signals.map((s) => s.reason), ...english.pod.reasons].join('; '),
  };
}

/** The row's figures if they were computed from its snapshot under `fingerprint`; otherwise null. */
export function currentFigures<F extends { fingerprint: string; snapshot: string }>(
  row: { snapshot: string; figures: F | null },
  fingerprint: string,
): F | null {
  const f = row.figures;
  return f !== null && f.fingerprint === fingerprint && f.snapshot === row.snapshot ? f : null;
}
