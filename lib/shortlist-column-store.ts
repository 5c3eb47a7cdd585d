import { z } from 'zod/mini';
import type { Range } from '@/core/score/analysis';
import { shortlistEntrySchema } from '@/core/shortlist/shortlist';
import {
  FIGURE_IDS,
  figureColumn,
  LIST_FIGURES,
  type FigureId,
  type ListFigures,
  type RowFigures,
} from '@/core/shortlist/shortlist-columns';
import { SHORTLIST_ROW_VERSION, type ListedRow, type ShortlistRow } from '@/core/shortlist/shortlist-row';
import { platformSchema } from '@/core/page/snapshot';

/**
 * How one bucket of list rows is stored: by column, one array per field,
 * index i of every array being row i. Chromium reads and zod validates a few
 * dozen arrays of plain values many times faster than thousands of small
 * objects (in this extension page, where zod runs without its compiled fast
 * path, ~10 ms against ~150 ms for 10,000 rows), and that is most of opening
 * the list.
 *
 * The figure columns are core/shortlist/shortlist-columns.ts's, each stored as one
 * column (a range as three: low, expected, high). Two parts, in two stores:
 * - the list part (`shortlistRows`): what the list shows, sorts and filters
 *   (the table's LIST_FIGURES); read and validated on every opening;
 * - the CSV part (`shortlistCsv`): the rest of the CSV report, one JSON text
 *   per bucket, read, parsed and validated only when an export or a rewrite
 *   of the bucket needs it. Leaving it out of the opening read halves it.
 * A value that fails validation costs only its own row, which is rebuilt
 * from its entry.
 */

const COLUMNS_VERSION = 1;

/** Stored names that differ from the figure's id (kept from the first records). */
const STORED_NAME: Partial<Record<FigureId, string>> = { snapshot: 'figuresSnapshot', costPerEngagement: 'cpe' };
const ENDS = ['low', 'expected', 'high'] as const;
const endName = (prefix: string, end: (typeof ENDS)[number]) => `${prefix}${end[0]!.toUpperCase()}${end.slice(1)}`;

const text = z.string();
const maybeText = z.nullable(z.string());
const amount = z.nullable(z.number().check(z.minimum(0)));
const count = z.nullable(z.int().check(z.minimum(0)));

/** A stored column: what its values must be, and how a row gives its value. */
type Column = readonly [z.ZodMiniType, (row: ShortlistRow) => unknown];
const own = (get: (row: ShortlistRow) => unknown, schema: z.ZodMiniType): Column => [schema, get];

/** How a figure is stored: its columns, and how a row's figure is read back from them. */
interface StoredFigure {
  id: FigureId;
  columns: Record<string, Column>;
  /** The figure at row i; undefined: unreadable (the row is dropped). */
  read: (c: Columns, i: number) => unknown;
  /** Its schema takes null: a null read back is a value, not a hole. */
  nullable: boolean;
}

/** A range (its schema takes { low, expected, high }) is stored as three columns. */
const isRange = (schema: z.ZodMiniType) => schema.safeParse({ low: 0, expected: 0, high: 0 }).success;

function storedFigure(id: FigureId): StoredFigure {
  const { schema } = figureColumn(id);
  const name = STORED_NAME[id] ?? id;
  const nullable = schema.safeParse(null).success;
  if (isRange(schema)) {
    const columns = Object.fromEntries(
      ENDS.map((end) => [
        endName(name, end),
        [amount, (r: ShortlistRow) => (r.figures?.[id] as Range | null | undefined)?.[end] ?? null] as Column,
      ]),
    );
    return {
      id,
      columns,
      nullable,
      read: (c, i) => rangeAt(...(ENDS.map((end) => c[endName(name, end)]![i]) as [unknown, unknown, unknown])),
    };
  }
  return {
    id,
    columns: { [name]: [z.nullable(schema), (r) => r.figures?.[id] ?? null] },
    nullable,
    read: (c, i) => c[name]![i],
  };
}

const LISTED = new Set<FigureId>(LIST_FIGURES);
const LIST_STORED = FIGURE_IDS.filter((k) => LISTED.has(k)).map(storedFigure);
const CSV_STORED = FIGURE_IDS.filter((k) => !LISTED.has(k)).map(storedFigure);
const figureColumns = (figures: readonly StoredFigure[]) =>
  Object.assign({}, ...figures.map((f) => f.columns)) as Record<string, Column>;

const LIST: Record<string, Column> = {
  key: own((r) => r.key, shortlistEntrySchema.shape.key),
  platform: own((r) => r.platform, platformSchema),
  handle: own((r) => r.handle, text.check(z.minLength(1))),
  displayName: own((r) => r.displayName, maybeText),
  note: own((r) => r.note, text),
  snapshot: own((r) => r.snapshot, text),
  ...figureColumns(LIST_STORED),
};

const CSV: Record<string, Column> = {
  key: own((r) => r.key, shortlistEntrySchema.shape.key),
  tags: own((r) => r.tags, shortlistEntrySchema.shape.tags),
  savedAt: own((r) => r.savedAt, shortlistEntrySchema.shape.savedAt),
  updatedAt: own((r) => r.updatedAt, shortlistEntrySchema.shape.updatedAt),
  following: own((r) => r.following, count),
  posts: own((r) => r.posts, count),
  capturedAt: own((r) => r.capturedAt, z.int().check(z.minimum(0))),
  ...figureColumns(CSV_STORED),
};

/**
 * Figure columns a record lacks read as empty: such a column was added after
 * the record was written (the money model's were), so its figures were
 * computed under an older version, their fingerprint no longer matches, and
 * they are recomputed before anything shows or exports them.
 */
function withFigureColumns(raw: unknown, figures: readonly StoredFigure[]): unknown {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as Columns)['key'])) return raw;
  const columns = raw as Columns;
  const n = columns['key']!.length;
  for (const f of figures)
    for (const name of Object.keys(f.columns)) if (!(name in columns)) columns[name] = new Array<null>(n).fill(null);
  return columns;
}

/** The figures of row i, or undefined when one is unreadable or missing though its schema needs it. */
function figuresAt(c: Columns, i: number, figures: readonly StoredFigure[]): Record<string, unknown> | undefined {
  const out = readFigures(c, i, figures);
  return out === null ? undefined : out;
}

/** The figures of row i, each read once: undefined when one is unreadable; null when one its schema needs is missing. */
function readFigures(
  c: Columns,
  i: number,
  figures: readonly StoredFigure[],
): Record<string, unknown> | null | undefined {
  const out: Record<string, unknown> = {};
  let complete = true;
  for (const f of figures) {
    const value = f.read(c, i);
    if (value === undefined) return undefined;
    if (value === null && !f.nullable) complete = false;
    out[f.id] = value;
  }
  return complete ? out : null;
}

const schemaOf = (columns: Record<string, Column>) =>
  Object.fromEntries(Object.entries(columns).map(([k, [schema]]) => [k, schema]));
const columnsOf = (columns: Record<string, Column>) =>
  z.object(Object.fromEntries(Object.entries(columns).map(([k, [schema]]) => [k, z.array(schema)])));
const listSchema = columnsOf(LIST);
const csvSchema = columnsOf(CSV);
const LIST_SHAPE = schemaOf(LIST);
const CSV_SHAPE = schemaOf(CSV);

const listRecordSchema = z.object({
  bucket: z.int().check(z.minimum(0)),
  v: z.literal(COLUMNS_VERSION),
  list: z.unknown(),
});
const csvRecordSchema = z.object({
  bucket: z.int().check(z.minimum(0)),
  v: z.literal(COLUMNS_VERSION),
  csv: z.string(),
});
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

/** What a row holds besides what the list holds: the CSV report's fields, its figures read as they were stored. */
export interface CsvPart {
  tags: string[];
  savedAt: number;
  updatedAt: number;
  following: number | null;
  posts: number | null;
  capturedAt: number;
  /** The CSV figures (null: the row had none when written), or undefined when one of them cannot be read. */
  figures: Record<string, unknown> | undefined;
}

function rangeAt(low: unknown, expected: unknown, high: unknown): Range | null | undefined {
  if (low === null && expected === null && high === null) return null;
  if (typeof low !== 'number' || typeof expected !== 'number' || typeof high !== 'number') return undefined;
  return low <= expected && expected <= high ? { low, expected, high } : undefined;
}

/** Write rows as one bucket: its list record and its CSV record. */
export function encodeBucket(bucket: number, rows: readonly ShortlistRow[]): { list: ListRecord; csv: CsvRecord } {
  const columns = (of: Record<string, Column>) =>
    Object.fromEntries(Object.entries(of).map(([k, [, get]]) => [k, rows.map(get)]));
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
function validColumns(
  raw: unknown,
  schema: z.ZodMiniObject,
  shape: Record<string, z.ZodMiniType>,
): { columns: Columns; bad: Set<number> } | null {
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
  const valid = validColumns(withFigureColumns(parsed.data.list, LIST_STORED), listSchema, LIST_SHAPE);
  if (!valid) return [];
  // Validated above: each column holds its schema's values.
  const c = valid.columns;
  const out: ListedRow[] = [];
  for (let i = 0; i < c['key']!.length; i++) {
    if (valid.bad.has(i)) continue;
    const key = c['key']![i] as string;
    if (bucketOf(key) !== parsed.data.bucket) continue;
    let figures: ListFigures | null = null;
    if (c['fingerprint']![i] !== null) {
      const read = figuresAt(c, i, LIST_STORED);
      if (read === undefined) continue;
      figures = read as ListFigures;
    }
    out.push({
      key,
      platform: c['platform']![i] as ListedRow['platform'],
      handle: c['handle']![i] as string,
      displayName: c['displayName']![i] as string | null,
      note: c['note']![i] as string,
      snapshot: c['snapshot']![i] as string,
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
  const valid = validColumns(withFigureColumns(raw, CSV_STORED), csvSchema, CSV_SHAPE);
  if (!valid) return out;
  const c = valid.columns;
  const at = (k: string, i: number) => c[k]![i];
  for (let i = 0; i < (c['key']?.length ?? 0); i++) {
    if (valid.bad.has(i)) continue;
    // A range out of order costs its row, figures or not.
    const figures = readFigures(c, i, CSV_STORED);
    if (figures === undefined) continue;
    out.set(at('key', i) as string, {
      tags: at('tags', i) as string[],
      savedAt: at('savedAt', i) as number,
      updatedAt: at('updatedAt', i) as number,
      following: at('following', i) as number | null,
      posts: at('posts', i) as number | null,
      capturedAt: at('capturedAt', i) as number,
      figures: figures ?? undefined,
    });
  }
  return out;
}

const ownOf = ({ tags, savedAt, updatedAt, following, posts, capturedAt }: CsvPart) => ({
  tags,
  savedAt,
  updatedAt,
  following,
  posts,
  capturedAt,
});

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
      if (rest.figures === undefined) continue;
      figures = { ...listFigures, ...rest.figures } as RowFigures;
    }
    out.push({ v: SHORTLIST_ROW_VERSION, ...own, ...ownOf(rest), figures });
  }
  return out;
}
