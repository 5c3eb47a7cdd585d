import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod/mini';
import { ANALYSIS_VERSION, analysisSchema } from '@/core/score/analysis';
import type { ShortlistEntry } from '@/core/shortlist/shortlist';
import { commentSchema, openedPostSchema, snapshotSchema } from '@/core/page/snapshot';
import type { PostEvidence } from '@/core/page/merge-comments';
import { SCHEMA_VERSIONS } from './db-schema';

/**
 * IndexedDB of the extension's own origin (background, popup, side panel,
 * options). A content script never opens it: there it would be the site's.
 * Every record read back is validated with zod; a bad one is skipped and
 * counted, never deleted.
 */

export const snapshotRowSchema = z.object({
  id: z.optional(z.int()),
  key: z.string(),
  capturedAt: z.number(),
  snapshot: snapshotSchema,
});
export type SnapshotRow = z.infer<typeof snapshotRowSchema>;

/** The latest profile snapshot and cached analysis of every creator seen. */
export const creatorRowSchema = z.object({
  key: z.string(),
  updatedAt: z.number(),
  snapshot: snapshotSchema,
  /**
   * The analysis cached when the page was read. Views recompute it from the
   * snapshot with today's settings; one cached by an older analysis version
   * (a figure added or recomputed since) is kept, not a reason to drop the row.
   */
  analysis: z.union([analysisSchema, z.looseObject({ v: z.number().check(z.lt(ANALYSIS_VERSION)) })]),
});
export type CreatorRow = z.infer<typeof creatorRowSchema>;

/** Comments learned from each opened post, kept per creator. */
export const postCommentsRowSchema = z.object({
  key: z.string(),
  postId: z.string(),
  updatedAt: z.number(),
  comments: z.array(commentSchema),
  /**
   * The opened post's own counts, when the page (or the site's API) showed
   * them: they join the creator's engagement rate (core/page/merge-comments.ts).
   * Absent in rows stored before, which stay valid.
   */
  post: z.optional(openedPostSchema),
});
export type PostCommentsRow = z.infer<typeof postCommentsRowSchema>;

/** What analysis takes from a stored opened post (core/page/merge-comments.ts). */
export function evidenceOf(row: PostCommentsRow): PostEvidence {
  return row.post ? { comments: row.comments, post: row.post } : row.comments;
}

/**
 * What each tab is showing. Kept in IndexedDB, not worker memory, because the
 * MV3 worker may be stopped between the page view and the popup opening.
 */
export const tabViewRowSchema = z.object({
  tabId: z.int(),
  url: z.string(),
  key: z.nullable(z.string()),
  updatedAt: z.number(),
});
export type TabViewRow = z.infer<typeof tabViewRowSchema>;

/** A saved campaign plan; its fields are validated by the planner's schema. */
export interface PlanRow {
  id: string;
  updatedAt: number;
  [field: string]: unknown;
}

/**
 * One bucket of the shortlist's list rows, by column: the list part and the
 * CSV part (lib/shortlist-column-store.ts). Validated on read; a bad row is
 * rebuilt from its entry.
 */
export interface RowBucketRecord {
  bucket: number;
  v: number;
  list: unknown;
}
export interface CsvBucketRecord {
  bucket: number;
  v: number;
  csv: string;
}

export class ScoutDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  creators!: EntityTable<CreatorRow, 'key'>;
  shortlist!: EntityTable<ShortlistEntry, 'key'>;
  postComments!: Dexie.Table<PostCommentsRow, [string, string]>;
  tabViews!: EntityTable<TabViewRow, 'tabId'>;
  plans!: EntityTable<PlanRow, 'id'>;
  shortlistRows!: EntityTable<RowBucketRecord, 'bucket'>;
  shortlistCsv!: EntityTable<CsvBucketRecord, 'bucket'>;

  constructor(name = 'creator-scout') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let shared: ScoutDb | undefined;
/** One connection per extension page / worker. */
export function getDb(): ScoutDb {
  shared ??= new ScoutDb();
  return shared;
}

/** Validated read of a list: good rows, plus the raw ones that failed. */
export function partitionValid<T>(
  rows: readonly unknown[],
  schema: z.ZodMiniType<T>,
): { valid: T[]; invalid: unknown[] } {
  const valid: T[] = [];
  const invalid: unknown[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else invalid.push(row);
  }
  return { valid, invalid };
}
