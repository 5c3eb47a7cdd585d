import type { Analysis, Range, Roi } from './analysis';
import { analyze, entryInput } from './analyze';
import { writeCsv, type CsvCell } from './csv';
import type { Settings } from './settings';
import type { ShortlistEntry } from './shortlist';
import type { CommentSample, Platform } from './snapshot';
import { TIER_LABELS } from './tiers';
import type { PostEvidence } from './merge-comments';

/** The money columns of one creator, shared by the shortlist export, the list rows' export and `npm run score`. */
export function moneyCells(roi: Pick<Roi, 'costPerPost' | 'costSource' | 'expectedEngagements' | 'costPerEngagement' | 'expectedReach' | 'costPerThousandReach' | 'expectedConversions' | 'costPerConversion' | 'expectedRevenue' | 'roas'>, agreedPrice: number | null): CsvCell[] {
  return [
    ...rangeCells(roi.costPerPost, 2),
    roi.costSource ?? '',
    agreedPrice,
    ...rangeCells(roi.expectedEngagements, 0),
    ...rangeCells(roi.costPerEngagement, 4),
    ...rangeCells(roi.expectedReach, 0),
    ...rangeCells(roi.costPerThousandReach, 2),
    ...rangeCells(roi.expectedConversions, 2),
    ...rangeCells(roi.costPerConversion, 2),
    ...rangeCells(roi.expectedRevenue, 2),
    ...rangeCells(roi.roas, 2),
  ];
}

/**
 * The shortlist as CSV: one row per creator, every figure the UI shows,
 * computed with analyze() from the stored snapshot and the *current*
 * settings, so a changed threshold re-tiers the export as it does the screen.
 * Figures are numbers (percentages as 4.31, not "4.31 %") so a spreadsheet
 * can sort and sum them; text columns are neutralised by writeCsv.
 */

/** An interval figure as three columns: `<figure> p10`, `<figure> median`, `<figure> p90`. */
export const RANGE_COLUMNS = (name: string) => [`${name} p10`, `${name} median`, `${name} p90`];

export const SHORTLIST_CSV_HEADER: readonly string[] = [
  'platform', 'handle', 'profile URL', 'display name', 'followers', 'following', 'posts', 'tier',
  'engagement rate (%)', 'engagement basis', 'ER by followers (%)', 'ER by views (%)', 'posts measured',
  ...RANGE_COLUMNS('cost per post'), 'price source', 'agreed price',
  ...RANGE_COLUMNS('engagements'),
  ...RANGE_COLUMNS('cost per engagement'),
  ...RANGE_COLUMNS('reach'),
  ...RANGE_COLUMNS('cost per 1K reach'),
  ...RANGE_COLUMNS('conversions'),
  ...RANGE_COLUMNS('cost per conversion'),
  ...RANGE_COLUMNS('revenue'),
  ...RANGE_COLUMNS('ROAS'),
  'currency', 'pod score', 'pod level', 'pod reasons', 'note', 'tags', 'saved at', 'updated at', 'captured at',
];

export function round(n: number | null | undefined, digits: number): number | null {
  if (typeof n !== 'number' || !Number.isFinite(n)) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** A fraction as a percentage number, 2 decimals: 0.0431 → 4.31. */
export const percent = (fraction: number | null) => round(fraction === null ? null : fraction * 100, 2);

export function rangeCells(range: Range | null, digits: number): CsvCell[] {
  return range ? [round(range.low, digits), round(range.expected, digits), round(range.high, digits)] : [null, null, null];
}

/** ISO 8601, or empty for a timestamp Date cannot represent (beyond ±8.64e15 ms). */
export function iso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

export function profileUrl(platform: Platform, handle: string): string {
  const h = encodeURIComponent(handle);
  return platform === 'tiktok' ? `https://www.tiktok.com/@${h}` : `https://www.instagram.com/${h}/`;
}

function row(entry: ShortlistEntry, a: Analysis): CsvCell[] {
  const p = entry.snapshot.profile;
  const podReasons = [...a.pod.signals.map((s) => s.reason), ...a.pod.reasons].join('; ');
  return [
    entry.platform,
    entry.handle,
    profileUrl(entry.platform, entry.handle),
    a.displayName ?? '',
    a.followers,
    p.following?.value ?? null,
    p.posts?.value ?? null,
    a.tier.id ? TIER_LABELS[a.tier.id] : '',
    percent(a.engagement.rate),
    a.engagement.basis ?? '',
    percent(a.engagement.byFollowers),
    percent(a.engagement.byViews),
    a.engagement.postsMeasured,
    ...moneyCells(a.roi, entry.agreedPrice ?? null),
    a.roi.currency,
    a.pod.score,
    a.pod.level ?? '',
    podReasons,
    entry.note,
    entry.tags.join('; '),
    iso(entry.savedAt),
    iso(entry.updatedAt),
    iso(entry.snapshot.capturedAt),
  ];
}

const NO_COMMENTS: ReadonlyMap<string, PostEvidence> = new Map();

export function shortlistToCsv(
  entries: readonly ShortlistEntry[],
  settings: Settings,
  commentsByKey?: ReadonlyMap<string, ReadonlyMap<string, PostEvidence>>,
): string {
  const rows: CsvCell[][] = [[...SHORTLIST_CSV_HEADER]];
  for (const entry of entries) {
    const comments = commentsByKey?.get(entry.key) ?? NO_COMMENTS;
    rows.push(row(entry, analyze(entryInput(entry, comments), settings)));
  }
  return writeCsv(rows);
}
