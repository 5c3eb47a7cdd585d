import { ANALYSIS_VERSION } from '../score/analysis';
import { stampOf } from '../page/fingerprint';
import type { Settings } from '../settings/settings';
import type { ShortlistEntry } from './shortlist';
import { FIGURE_IDS, LIST_FIGURES, type ListFigures, type RowFigures } from './shortlist-columns';
import { SHORTLIST_ROW_VERSION, type ShortlistRow } from './shortlist-row-schema';
import type { Snapshot } from '../page/snapshot';

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
export { SHORTLIST_ROW_VERSION };
export type { ShortlistRow };

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

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = from[k];
  return out;
}

export function listedOf(row: ShortlistRow): ListedRow {
  const f = row.figures;
  const figures = f === null ? null : pick(f, LIST_FIGURES);
  return {
    key: row.key,
    platform: row.platform,
    handle: row.handle,
    displayName: row.displayName,
    note: row.note,
    snapshot: row.snapshot,
    figures,
  };
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

/**
 * What figures depend on besides the snapshot: settings, language, code. The
 * column ids are part of it: figures stored before a column was added are
 * stale, and recomputed before the new column shows or exports anything.
 */
export function rowFingerprint({ settings, locale, version }: FingerprintInput): string {
  return stampOf({
    settings,
    locale,
    version,
    analysis: ANALYSIS_VERSION,
    row: SHORTLIST_ROW_VERSION,
    columns: FIGURE_IDS,
  });
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

/** The row's figures if they were computed from its snapshot under `fingerprint`; otherwise null. */
export function currentFigures<F extends { fingerprint: string; snapshot: string }>(
  row: { snapshot: string; figures: F | null },
  fingerprint: string,
): F | null {
  const f = row.figures;
  return f !== null && f.fingerprint === fingerprint && f.snapshot === row.snapshot ? f : null;
}
