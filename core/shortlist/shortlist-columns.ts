import { z } from 'zod/mini';
import { rangeSchema, tierSchema, type Analysis, type Range } from '../score/analysis';
import type { AnalysisInput } from '../score/analysis-input';
import type { CsvCell } from '../text/csv';
import type { MessageKey } from '../text/i18n';
import type { PLATFORMS } from '../page/snapshot-constants';
import { TIER_LABELS, TIER_ORDER } from '../score/tiers';

/**
 * The shortlist's columns, each declared once: its schema, its value from
 * the analysis, its CSV header and cells, its sort key and whether the list
 * shows it. Everything else derives from this table: the row's figures
 * (figuresOf, rowFiguresSchema), how storage keeps them
 * (lib/shortlist-column-store.ts), the CSV report (shortlistRowsToCsv), the
 * sort (sortByFigures) and the list's cells (components/shortlist/cells.tsx).
 * shortlist-columns.test.ts fails a column that is missing a part.
 *
 * The table's order is the CSV's order. A new plain column: an entry here,
 * its function in core, its list cell if the list shows it, its words in the
 * three locale files.
 */

type Platform = (typeof PLATFORMS)[number];

/** What a column's value is computed from. */
interface FigureSource {
  /** What the analysis was computed from: a column may compute its own figure from it with a core function. */
  input: AnalysisInput;
  analysis: Analysis;
  /** The same analysis in English: the CSV report's language. */
  english: Analysis;
  /** rowFingerprint() of the settings, language and code the analysis was computed under. */
  fingerprint: string;
  /** entryStamp() of the entry the analysis was computed from. */
  stamp: string;
}

/** The row's own fields, as the CSV reads them (they come from the entry, not the analysis). */
export interface OwnFields {
  platform: Platform;
  handle: string;
  displayName: string | null;
  following: number | null;
  posts: number | null;
  note: string;
  tags: readonly string[];
  savedAt: number;
  updatedAt: number;
  capturedAt: number;
}

/** A figure of the analysis, kept in the row. */
export interface FigureColumn<S extends z.ZodMiniType = z.ZodMiniType> {
  kind: 'figure';
  schema: S;
  // Method syntax: a column of any schema is then a FigureColumn, so loops over the table need no casts.
  value(source: FigureSource): z.infer<S>;
  /** CSV headers and the cells they hold; absent: not in the CSV. */
  csv?: { header: readonly string[]; cells(value: z.infer<S>): CsvCell[] };
  /** The number the list sorts by (null or non-finite: none, sorted last); absent: not sortable. */
  sort?(value: z.infer<S>): number | null | undefined;
  /** The list's column header; absent: the list does not show it as a column. */
  list?: { header: MessageKey };
  /** The list reads it (shows, sorts, filters or words a cell with it) without being a column. */
  listed?: true;
}

/** One of the row's own fields in the CSV. */
export interface OwnColumn {
  kind: 'own';
  csv: { header: readonly string[]; cells: (row: OwnFields) => CsvCell[] };
}

type FigureParts<S extends z.ZodMiniType> = Partial<Pick<FigureColumn<S>, 'csv' | 'sort' | 'list' | 'listed'>>;
/** A figure column; its optional parts stay in its type, so the ids of listed and sortable columns are types too. */
function figure<S extends z.ZodMiniType, X extends FigureParts<S> = object>(
  column: Pick<FigureColumn<S>, 'schema' | 'value'> & X,
): FigureColumn<S> & X & { kind: 'figure' } {
  return { kind: 'figure', ...column };
}
const own = (header: string, cell: (row: OwnFields) => CsvCell): OwnColumn => ({
  kind: 'own',
  csv: { header: [header], cells: (row) => [cell(row)] },
});

const reason = z.string().check(z.maxLength(2_000));
const count = z.nullable(z.int().check(z.minimum(0)));
const whole = z.int().check(z.minimum(0));
const fraction = z.nullable(z.number().check(z.minimum(0)));
const range = z.nullable(rangeSchema);

/** An interval figure as three columns: `<figure> p10`, `<figure> median`, `<figure> p90`. */
const RANGE_COLUMNS = (name: string) => [`${name} p10`, `${name} median`, `${name} p90`];

function round(n: number | null | undefined, digits: number): number | null {
  if (typeof n !== 'number' || !Number.isFinite(n)) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** A fraction as a percentage number, 2 decimals: 0.0431 → 4.31. */
const percent = (fraction: number | null) => round(fraction === null ? null : fraction * 100, 2);

function rangeCells(r: Range | null, digits: number): CsvCell[] {
  return r ? [round(r.low, digits), round(r.expected, digits), round(r.high, digits)] : [null, null, null];
}

/** ISO 8601, or empty for a timestamp Date cannot represent (beyond ±8.64e15 ms). */
function iso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

export function profileUrl(platform: Platform, handle: string): string {
  const h = encodeURIComponent(handle);
  return platform === 'tiktok' ? `https://www.tiktok.com/@${h}` : `https://www.instagram.com/${h}/`;
}

/** A money figure of the ROI: a range, three CSV columns. */
const money = (name: string, digits: number, value: (roi: Analysis['roi']) => Range | null) =>
  figure({
    schema: range,
    value: ({ analysis }) => value(analysis.roi),
    csv: { header: RANGE_COLUMNS(name), cells: (v: Range | null) => rangeCells(v, digits) },
  });

/** The strongest pod reason, as the pod badge's tooltip gives it. */
function topPodReason(pod: Analysis['pod']): string | null {
  const top = [...pod.signals].sort((a, b) => b.points - a.points)[0];
  return top?.reason ?? pod.reasons[0] ?? null;
}

export const SHORTLIST_COLUMNS = {
  platform: own('platform', (r) => r.platform),
  handle: own('handle', (r) => r.handle),
  profileUrl: own('profile URL', (r) => profileUrl(r.platform, r.handle)),
  displayName: own('display name', (r) => r.displayName ?? ''),
  /** rowFingerprint() of the settings, language and code these were computed under. */
  fingerprint: figure({ schema: z.string().check(z.maxLength(64)), value: (s) => s.fingerprint, listed: true }),
  /** entryStamp() of the entry they were computed from. */
  snapshot: figure({ schema: z.string().check(z.maxLength(64)), value: (s) => s.stamp, listed: true }),
  followers: figure({
    schema: count,
    value: ({ analysis }) => analysis.followers,
    csv: { header: ['followers'], cells: (v) => [v] },
  }),
  following: own('following', (r) => r.following),
  posts: own('posts', (r) => r.posts),
  tier: figure({
    schema: z.nullable(tierSchema),
    value: ({ analysis }) => analysis.tier.id,
    csv: { header: ['tier'], cells: (v) => [v ? TIER_LABELS[v] : ''] },
    sort: (v) => (v === null ? null : TIER_ORDER[v]),
    list: { header: 'analysis.tier' },
  }),
  tierReason: figure({ schema: reason, value: ({ analysis }) => analysis.tier.reason, listed: true }),
  engagementRate: figure({
    schema: fraction,
    value: ({ analysis }) => analysis.engagement.rate,
    csv: { header: ['engagement rate (%)'], cells: (v) => [percent(v)] },
    sort: (v) => v,
    list: { header: 'analysis.engagement' },
  }),
  /** Why there is no engagement rate (its first reason); null when there is one. */
  engagementMissing: figure({
    schema: z.nullable(reason),
    value: ({ analysis: { engagement } }) => (engagement.rate === null ? (engagement.reasons[0] ?? null) : null),
    listed: true,
  }),
  engagementBasis: figure({
    schema: z.nullable(z.enum(['followers', 'views'])),
    value: ({ analysis }) => analysis.engagement.basis,
    csv: { header: ['engagement basis'], cells: (v) => [v ?? ''] },
  }),
  byFollowers: figure({
    schema: fraction,
    value: ({ analysis }) => analysis.engagement.byFollowers,
    csv: { header: ['ER by followers (%)'], cells: (v) => [percent(v)] },
  }),
  byViews: figure({
    schema: fraction,
    value: ({ analysis }) => analysis.engagement.byViews,
    csv: { header: ['ER by views (%)'], cells: (v) => [percent(v)] },
  }),
  postsMeasured: figure({
    schema: whole,
    value: ({ analysis }) => analysis.engagement.postsMeasured,
    csv: { header: ['posts measured'], cells: (v) => [v] },
    listed: true,
  }),
  costPerPost: money('cost per post', 2, (roi) => roi.costPerPost),
  costSource: figure({
    schema: z.nullable(z.enum(['model', 'gifted', 'agreed'])),
    value: ({ analysis }) => analysis.roi.costSource,
    csv: { header: ['price source'], cells: (v) => [v ?? ''] },
  }),
  /** The price agreed with the creator (the entry's), when one is. */
  agreedPrice: figure({
    schema: z.nullable(z.number().check(z.minimum(0))),
    value: ({ analysis: { roi } }) => (roi.costSource === 'agreed' ? (roi.costPerPost?.expected ?? null) : null),
    csv: { header: ['agreed price'], cells: (v) => [v] },
    listed: true,
  }),
  expectedEngagements: money('engagements', 0, (roi) => roi.expectedEngagements),
  costPerEngagement: {
    ...money('cost per engagement', 4, (roi) => roi.costPerEngagement),
    sort: (v: Range | null) => v?.expected,
    list: { header: 'shortlist.costPerEngagement' },
  },
  expectedReach: money('reach', 0, (roi) => roi.expectedReach),
  costPerThousandReach: money('cost per 1K reach', 2, (roi) => roi.costPerThousandReach),
  expectedConversions: money('conversions', 2, (roi) => roi.expectedConversions),
  costPerConversion: money('cost per conversion', 2, (roi) => roi.costPerConversion),
  expectedRevenue: money('revenue', 2, (roi) => roi.expectedRevenue),
  roas: money('ROAS', 2, (roi) => roi.roas),
  currency: figure({
    schema: z.string().check(z.maxLength(8)),
    value: ({ analysis }) => analysis.roi.currency,
    csv: { header: ['currency'], cells: (v) => [v] },
    listed: true,
  }),
  /** Why there is no cost per engagement (the ROI's first reason); null when there is one. */
  costMissing: figure({
    schema: z.nullable(reason),
    value: ({ analysis: { roi } }) => (roi.costPerEngagement === null ? (roi.reasons[0] ?? null) : null),
    listed: true,
  }),
  podScore: figure({
    schema: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
    value: ({ analysis }) => analysis.pod.score,
    csv: { header: ['pod score'], cells: (v) => [v] },
    sort: (v) => v,
    list: { header: 'compare.row.pod' },
  }),
  podLevel: figure({
    schema: z.nullable(z.enum(['low', 'medium', 'high'])),
    value: ({ analysis }) => analysis.pod.level,
    csv: { header: ['pod level'], cells: (v) => [v ?? ''] },
    listed: true,
  }),
  /** The pod reason that adds the most points (or the verdict's first reason). */
  podTopReason: figure({
    schema: z.nullable(reason),
    value: ({ analysis }) => topPodReason(analysis.pod),
    listed: true,
  }),
  podCommentsSeen: figure({ schema: whole, value: ({ analysis }) => analysis.pod.commentsSeen, listed: true }),
  podPostsWithComments: figure({
    schema: whole,
    value: ({ analysis }) => analysis.pod.postsWithComments,
    listed: true,
  }),
  /** Every pod reason in English, joined as the CSV report writes them. */
  podReasonsCsv: figure({
    schema: z.string().check(z.maxLength(50_000)),
    value: ({ english }) => [...english.pod.signals.map((s) => s.reason), ...english.pod.reasons].join('; '),
    csv: { header: ['pod reasons'], cells: (v) => [v] },
  }),
  note: own('note', (r) => r.note),
  tags: own('tags', (r) => r.tags.join('; ')),
  savedAt: own('saved at', (r) => iso(r.savedAt)),
  updatedAt: own('updated at', (r) => iso(r.updatedAt)),
  capturedAt: own('captured at', (r) => iso(r.capturedAt)),
} satisfies Record<string, FigureColumn | OwnColumn>;

type Table = typeof SHORTLIST_COLUMNS;
export type FigureId = { [K in keyof Table]: Table[K] extends { kind: 'figure' } ? K : never }[keyof Table];
type SchemaOf<K extends FigureId> = Table[K]['schema'];

/** Every figure column, in the table's order. */
export const FIGURE_IDS = (Object.keys(SHORTLIST_COLUMNS) as (keyof Table)[]).filter(
  (k): k is FigureId => SHORTLIST_COLUMNS[k].kind === 'figure',
);
/** A figure column by id (with its schema's type widened: a loop over all of them needs one type). */
export const figureColumn = (id: FigureId): FigureColumn => SHORTLIST_COLUMNS[id];

export const rowFiguresSchema = z.object(
  Object.fromEntries(FIGURE_IDS.map((k) => [k, figureColumn(k).schema])),
) as unknown as z.ZodMiniObject<{
  [K in FigureId]: SchemaOf<K>;
}>;
export type RowFigures = z.infer<typeof rowFiguresSchema>;

/** The figures the list reads: its columns and what they need. The rest is only the CSV report's. */
export type ListFigureId = {
  [K in FigureId]: Table[K] extends { list: object } | { listed: true } ? K : never;
}[FigureId];
export const LIST_FIGURES = FIGURE_IDS.filter((k): k is ListFigureId => {
  const c = figureColumn(k);
  return c.list !== undefined || c.listed === true;
});
export type ListFigures = Pick<RowFigures, ListFigureId>;

/** The list's columns, in order. */
export type ListColumnId = { [K in FigureId]: Table[K] extends { list: object } ? K : never }[FigureId];
export const LIST_COLUMNS = FIGURE_IDS.filter((k): k is ListColumnId => figureColumn(k).list !== undefined);

/** What the list sorts by. */
export type SortKey = { [K in FigureId]: Table[K] extends { sort: unknown } ? K : never }[FigureId];
export type SortDirection = 'ascending' | 'descending';

/**
 * A row's figures from the analysis of its snapshot. `english` is the same
 * analysis in English (the CSV report's language); pass `analysis` itself
 * when that already is English.
 */
export function figuresOf(source: FigureSource): RowFigures {
  return Object.fromEntries(FIGURE_IDS.map((k) => [k, figureColumn(k).value(source)])) as RowFigures;
}

/** The CSV report's header row. */
export const SHORTLIST_CSV_HEADER: readonly string[] = Object.values(SHORTLIST_COLUMNS).flatMap(
  (c) => c.csv?.header ?? [],
);

/** One creator's CSV cells, from its own fields and its (current) figures. */
export function csvCells(row: OwnFields, figures: RowFigures): CsvCell[] {
  const out: CsvCell[] = [];
  for (const write of CSV_WRITERS) for (const cell of write(row, figures)) out.push(cell);
  return out;
}

/** Each CSV column's cells, worked out once: an export writes 10,000 rows. */
const CSV_WRITERS: ((row: OwnFields, figures: RowFigures) => CsvCell[])[] = (
  Object.entries(SHORTLIST_COLUMNS) as [keyof Table, FigureColumn | OwnColumn][]
).flatMap(([id, column]) => {
  if (column.kind === 'own') return [(row: OwnFields) => column.csv.cells(row)];
  const csv = column.csv;
  return csv ? [(_: OwnFields, figures: RowFigures) => csv.cells(figures[id as FigureId])] : [];
});

/** The number a row sorts by, or null when it has none (missing, or figures not computed yet). */
export function sortValue(figures: Pick<RowFigures, SortKey> | null, key: SortKey): number | null {
  if (figures === null) return null;
  const value = figureColumn(key).sort!(figures[key]);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
