import { z } from 'zod/mini';
import { tierSchema, type Range } from '@/core/analysis';
import { shortlistEntrySchema } from '@/core/shortlist';
import { SHORTLIST_ROW_VERSION, type ListedRow, type RowFigures, type ShortlistRow } from '@/core/shortlist-row';
import { platformSchema } from '@/core/snapshot';

/**
 * How one bucket of list rows is stored: by column, one array per field,
 * index i of every array being row i. Chromium reads and zod validates a few
 * dozen arrays of plain values many times faster than thousands of small
 * objects (in this extension page, where zod runs without its compiled fast
 * path, ~10 ms against ~150 ms for 10,000 rows), and that is most of opening
 * the list.
 *
 * Two parts, in two stores:
 * - the list part (`shortlistRows`): what the list shows, sorts and filters;
 *   read and validated on every opening;
 * - the CSV part (`shortlistCsv`): the rest of the CSV report, one JSON text
 *   per bucket, read, parsed and validated only when an export or a rewrite
 *   of the bucket needs it. Leaving it out of the opening read halves it.
 * A value that fails validation costs only its own row, which is rebuilt
 * from its entry.
 */

export const COLUMNS_VERSION = 1;

/**
 * CSV-part columns added after the first records were written (the money
 * model's). A record without them reads them as empty: its figures were
 * computed under an older analysis version, so their fingerprint no longer
 * matches and they are recomputed before anything shows or exports them.
 */
const ADDED_CSV_COLUMNS: readonly string[] = [
  ...['expectedEngagements', 'roas', 'costPerThousandReach', 'costPerConversion'].flatMap((r) => [`${r}Low`, `${r}Expected`, `${r}High`]),
  'costSource',
];
/** List-part columns added since the first records (read as empty, as above). */
const ADDED_LIST_COLUMNS: readonly string[] = ['agreedPrice'];

function withAddedColumns(raw: unknown, added: readonly string[] = ADDED_CSV_COLUMNS): unknown {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as Columns)['key'])) return raw;
  const columns = raw as Columns;
  const n = columns['key']!.length;
  for (const name of added) if (!(name in columns)) columns[name] = new Array<null>(n).fill(null);
  return columns;
}

const text = z.string();
const maybeText = z.nullable(z.string());
const amount = z.nullable(z.number().check(z.minimum(0)));
const count = z.nullable(z.int().check(z.minimum(0)));

/** A column: what its values must be, and how a row gives its value. */
type Column = readonly [z.ZodMiniType, (row: ShortlistRow) => unknown];
const own = (get: (row: ShortlistRow) => unknown, schema: z.ZodMiniType): Column => [schema, get];
const figure = <K extends keyof RowFigures>(k: K, schema: z.ZodMiniType): Column => [schema, (r) => r.figures?.[k] ?? null];
/** A range as three columns: low, expected, high. */
const range = <K extends 'costPerEngagement' | (typeof RANGES)[number]>(k: K, prefix: string) =>
  Object.fromEntries((['low', 'expected', 'high'] as const).map((end) => [`${prefix}${end[0]!.toUpperCase()}${end.slice(1)}`, [amount, (r: ShortlistRow) => r.figures?.[k]?.[end] ?? null] as Column]));

const RANGES = [
  'costPerPost',
  'expectedEngagements',
  'expectedReach',
  'expectedConversions',
  'expectedRevenue',
  'roas',
  'costPerThousandReach',
  'costPerConversion',
] as const;

const LIST = {
  key: own((r) => r.key, shortlistEntrySchema.shape.key),
  platform: own((r) => r.platform, platformSchema),
  handle: own((r) => r.handle, text.check(z.minLength(1))),
  displayName: own((r) => r.displayName, maybeText),
  note: own((r) => r.note, text),
  snapshot: own((r) => r.snapshot, text),
  /** Null: the row has no figures yet. */
  fingerprint: figure('fingerprint', maybeText),
  figuresSnapshot: figure('snapshot', maybeText),
  tier: figure('tier', z.nullable(tierSchema)),
  tierReason: figure('tierReason', maybeText),
  engagementRate: figure('engagementRate', amount),
  engagementMissing: figure('engagementMissing', maybeText),
  postsMeasured: figure('postsMeasured', count),
  ...(range('costPerEngagement', 'cpe') as Record<'cpeLow' | 'cpeExpected' | 'cpeHigh', Column>),
  currency: figure('currency', maybeText),
  costMissing: figure('costMissing', maybeText),
  podScore: figure('podScore', z.nullable(z.number().check(z.minimum(0), z.maximum(100)))),
  podLevel: figure('podLevel', z.nullable(z.enum(['low', 'medium', 'high']))),
  podTopReason: figure('podTopReason', maybeText),
  podCommentsSeen: figure('podCommentsSeen', count),
  podPostsWithComments: figure('podPostsWithComments', count),
  agreedPrice: figure('agreedPrice', amount),
};
type ListName = keyof typeof LIST;

const CSV: Record<string, Column> = {
  key: own((r) => r.key, shortlistEntrySchema.shape.key),
  tags: own((r) => r.tags, shortlistEntrySchema.shape.tags),
  savedAt: own((r) => r.savedAt, shortlistEntrySchema.shape.savedAt),
  updatedAt: own((r) => r.updatedAt, shortlistEntrySchema.shape.updatedAt),
  following: own((r) => r.following, count),
  posts: own((r) => r.posts, count),
  capturedAt: own((r) => r.capturedAt, z.int().check(z.minimum(0))),
  followers: figure('followers', count),
  engagementBasis: figure('engagementBasis', z.nullable(z.enum(['followers', 'views']))),
  byFollowers: figure('byFollowers', amount),
  byViews: figure('byViews', amount),
  ...Object.assign({}, ...RANGES.map((r) => range(r, r))),
  costSource: figure('costSource', z.nullable(z.enum(['model', 'gifted', 'agreed']))),
  podReasonsCsv: figure('podReasonsCsv', maybeText),
};

const schemaOf = (columns: Record<string, Column>) => Object.fromEntries(Object.entries(columns).map(([k, [schema]]) => [k, schema]));
const columnsOf = (columns: Record<string, Column>) => z.object(Object.fromEntries(Object.entries(columns).map(([k, [schema]]) => [k, z.array(schema)])));
const listSchema = columnsOf(LIST);
const csvSchema = columnsOf(CSV);
const LIST_SHAPE = schemaOf(LIST);
const CSV_SHAPE = schemaOf(CSV);

const listRecordSchema = z.object({ bucket: z.int().check(z.minimum(0)), v: z.literal(COLUMNS_VERSION), list: z.unknown() });
const csvRecordSchema = z.object({ bucket: z.int().check(z.minimum(0)), v: z.literal(COLUMNS_VERSION), csv: z.string() });
export interface ListRecord {
  bucket: number;
  v: number;
  list: unknown;
}
export interface CsvRecord {
  bucket: number;
  v: number;
  csv: string;
}

type Columns = Record<string, unknown[]>;

/** What a row holds besides what the list holds: the CSV report's fields. */
export interface CsvPart {
  tags: string[];
  savedAt: number;
  updatedAt: number;
  following: number | null;
  posts: number | null;
  capturedAt: number;
  figures: Pick<RowFigures, 'followers' | 'engagementBasis' | 'byFollowers' | 'byViews' | 'costSource' | (typeof RANGES)[number]> & {
    podReasonsCsv: string | null;
  };
}

function rangeAt(low: unknown, expected: unknown, high: unknown): Range | null | undefined {
  if (low === null && expected === null && high === null) return null;
  if (typeof low !== 'number' || typeof expected !== 'number' || typeof high !== 'number') return undefined;
  return low <= expected && expected <= high ? { low, expected, high } : undefined;
}


/** Write rows as one bucket: its list record and its CSV record. */
export function encodeBucket(bucket: number, rows: readonly ShortlistRow[]): { list: ListRecord; csv: CsvRecord } {
  const columns = (of: Record<string, Column>) => Object.fromEntries(Object.entries(of).map(([k, [, get]]) => [k, rows.map(get)]));
  return {
    list: { bucket, v: COLUMNS_VERSION, list: columns(LIST) },
    csv: { bucket, v: COLUMNS_VERSION, csv: JSON.stringify(columns(CSV)) },
  };
}

/**
 * The columns, validated: all at once when they are sound (the usual case),
 * else value by value, a bad value marking its row bad. Null when the
 * columns are not even arrays of one length.
 */
function validColumns(raw: unknown, schema: z.ZodMiniObject, shape: Record<string, z.ZodMiniType>): { columns: Columns; bad: Set<number> } | null {
  const whole = schema.safeParse(raw);
  const columns = (whole.success ? whole.data : raw) as Columns;
  if (typeof columns !== 'object' || columns === null) return null;
  const names = Object.keys(shape);
  const n = Array.isArray(columns[names[0] ?? '']) ? (columns[names[0] ?? ''] as unknown[]).length : -1;
  if (n < 0 || names.some((k) => !Array.isArray(columns[k]) || columns[k]!.length !== n)) return null;
  const bad = new Set<number>();
  if (!whole.success) {
    for (const k of names) {
      const element = shape[k]!;
      columns[k]!.forEach((v, i) => {
        if (!element.safeParse(v).success) bad.add(i);
      });
    }
  }
  return { columns, bad };
}

/** A list record's rows: every row whose values are valid and whose key belongs in this bucket. */
export function decodeListed(record: unknown, bucketOf: (key: string) => number): ListedRow[] {
  const parsed = listRecordSchema.safeParse(record);
  if (!parsed.success) return [];
  const valid = validColumns(withAddedColumns(parsed.data.list, ADDED_LIST_COLUMNS), listSchema, LIST_SHAPE);
  if (!valid) return [];
  const c = valid.columns as { [K in ListName]: unknown[] };
  const out: ListedRow[] = [];
  for (let i = 0; i < c.key.length; i++) {
    if (valid.bad.has(i)) continue;
    const key = c.key[i] as string;
    if (bucketOf(key) !== parsed.data.bucket) continue;
    let figures: ListedRow['figures'] = null;
    if (c.fingerprint[i] !== null) {
      const costPerEngagement = rangeAt(c.cpeLow[i], c.cpeExpected[i], c.cpeHigh[i]);
      const required = [c.figuresSnapshot[i], c.tierReason[i], c.postsMeasured[i], c.currency[i], c.podCommentsSeen[i], c.podPostsWithComments[i]];
      if (costPerEngagement === undefined || required.includes(null)) continue;
      figures = {
        fingerprint: c.fingerprint[i] as string,
        snapshot: c.figuresSnapshot[i] as string,
        tier: c.tier[i] as RowFigures['tier'],
        tierReason: c.tierReason[i] as string,
        engagementRate: c.engagementRate[i] as number | null,
        engagementMissing: c.engagementMissing[i] as string | null,
        postsMeasured: c.postsMeasured[i] as number,
        costPerEngagement,
        currency: c.currency[i] as string,
        costMissing: c.costMissing[i] as string | null,
        podScore: c.podScore[i] as number | null,
        podLevel: c.podLevel[i] as RowFigures['podLevel'],
        podTopReason: c.podTopReason[i] as string | null,
        podCommentsSeen: c.podCommentsSeen[i] as number,
        podPostsWithComments: c.podPostsWithComments[i] as number,
        agreedPrice: c.agreedPrice[i] as number | null,
      };
    }
    out.push({
      key,
      platform: c.platform[i] as ListedRow['platform'],
      handle: c.handle[i] as string,
      displayName: c.displayName[i] as string | null,
      note: c.note[i] as string,
      snapshot: c.snapshot[i] as string,
      figures,
    });
  }
  return out;
}

/** A CSV record's rows, by key: only rows whose values are valid. */
export function decodeCsv(record: unknown): Map<string, CsvPart> {
  const out = new Map<string, CsvPart>();
  const parsed = csvRecordSchema.safeParse(record);
  if (!parsed.success) return out;
  let raw: unknown;
  try {
    raw = JSON.parse(parsed.data.csv);
  } catch {
    return out;
  }
  const valid = validColumns(withAddedColumns(raw), csvSchema, CSV_SHAPE);
  if (!valid) return out;
  const c = valid.columns;
  const at = (k: string, i: number) => c[k]![i];
  for (let i = 0; i < (c['key']?.length ?? 0); i++) {
    if (valid.bad.has(i)) continue;
    const ranges = RANGES.map((r) => [r, rangeAt(at(`${r}Low`, i), at(`${r}Expected`, i), at(`${r}High`, i))] as const);
    if (ranges.some(([, r]) => r === undefined)) continue;
    const byName = Object.fromEntries(ranges) as Record<(typeof RANGES)[number], Range | null>;
    out.set(at('key', i) as string, {
      tags: at('tags', i) as string[],
      savedAt: at('savedAt', i) as number,
      updatedAt: at('updatedAt', i) as number,
      following: at('following', i) as number | null,
      posts: at('posts', i) as number | null,
      capturedAt: at('capturedAt', i) as number,
      figures: {
        followers: at('followers', i) as number | null,
        engagementBasis: at('engagementBasis', i) as RowFigures['engagementBasis'],
        byFollowers: at('byFollowers', i) as number | null,
        byViews: at('byViews', i) as number | null,
        ...byName,
        costSource: at('costSource', i) as RowFigures['costSource'],
        podReasonsCsv: at('podReasonsCsv', i) as string | null,
      },
    });
  }
  return out;
}

const ownOf = ({ tags, savedAt, updatedAt, following, posts, capturedAt }: CsvPart) => ({ tags, savedAt, updatedAt, following, posts, capturedAt });

/** Full rows of a bucket (its list and CSV records): what an export and a rewrite of the bucket start from. */
export function decodeRows(list: unknown, csvRecord: unknown, bucketOf: (key: string) => number): ShortlistRow[] {
  const csv = decodeCsv(csvRecord);
  const out: ShortlistRow[] = [];
  for (const listed of decodeListed(list, bucketOf)) {
    const rest = csv.get(listed.key);
    if (!rest) continue;
    const { figures: listFigures, ...own } = listed;
    let figures: RowFigures | null = null;
    if (listFigures !== null) {
      if (rest.figures.podReasonsCsv === null) continue;
      figures = { ...listFigures, ...rest.figures, podReasonsCsv: rest.figures.podReasonsCsv };
    }
    out.push({ v: SHORTLIST_ROW_VERSION, ...own, ...ownOf(rest), figures });
  }
  return out;
}
