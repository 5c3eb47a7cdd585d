import Papa from 'papaparse';
import { z } from 'zod/mini';
import { parseSettings } from '../settings/defaults';
import type { Settings } from '../settings/settings';
import type { ShortlistEntry } from '../shortlist/shortlist';
import { shortlistToCsv } from '../shortlist/shortlist-csv';
import { emptyProfile } from '../page/empty-profile';
import { creatorKey, handleSchema, PLATFORMS, type Post, type Snapshot } from '../page/snapshot';

/**
 * `npm run score`: creators from another tool's list, scored with the same
 * core as the extension, written as the shortlist export's CSV. Pure: the
 * script (scripts/score.ts) only reads the files and prints.
 *
 * Input, CSV or JSON (an array of objects), one creator per row:
 * - handle, platform (instagram | tiktok), followers; following optional;
 * - then either averages: avg_likes, avg_comments, avg_views (TikTok),
 *   posts_measured; or posts: a JSON array of { likes, comments, views,
 *   pinned } (a CSV cell holds it as JSON text).
 * Averages are means: with them a creator's engagements and views have no
 * spread of their own (the posts give one), and the median is the mean.
 * Every row is validated; a bad one is reported with its reason and skipped.
 */

const count = z.int().check(z.minimum(0), z.maximum(1e11));
const postInputSchema = z.object({
  likes: z.nullable(count),
  comments: z.optional(z.nullable(count)),
  views: z.optional(z.nullable(count)),
  pinned: z.optional(z.boolean()),
});

export const scoreRowSchema = z
  .object({
    handle: handleSchema,
    platform: z.enum(PLATFORMS, { error: 'must be instagram or tiktok' }),
    followers: z.int({ error: 'must be a whole number' }).check(z.minimum(0), z.maximum(1e11)),
    following: z.optional(z.nullable(count)),
    avg_likes: z.optional(z.nullable(z.number().check(z.minimum(0)))),
    avg_comments: z.optional(z.nullable(z.number().check(z.minimum(0)))),
    avg_views: z.optional(z.nullable(z.number().check(z.minimum(0)))),
    posts_measured: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(10_000)))),
    posts: z.optional(z.nullable(z.array(postInputSchema).check(z.maxLength(10_000)))),
  })
  .check(
    z.refine(
      (r) =>
        (r.posts !== undefined && r.posts !== null) ||
        (typeof r.avg_likes === 'number' && typeof r.posts_measured === 'number'),
      'give either posts, or avg_likes with posts_measured',
    ),
  );
export type ScoreRow = z.infer<typeof scoreRowSchema>;

export interface Rejected {
  /** 1-based data row (the header is not counted). */
  row: number;
  handle: string | null;
  reason: string;
}

/** CSV cells are text: numbers, booleans and the posts JSON become values; an empty cell is absent. */
function fromCells(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const key = k.trim().toLowerCase();
    if (typeof v !== 'string') {
      out[key] = v;
      continue;
    }
    const text = v.trim();
    if (text === '') continue;
    if (key === 'handle' || key === 'platform') out[key] = text.replace(/^@/, '').toLowerCase();
    else if (key === 'posts') {
      try {
        out[key] = JSON.parse(text) as unknown;
      } catch {
        out[key] = text;
      }
    } else
      out[key] = /^-?\d+(\.\d+)?(e\d+)?$/i.test(text.replaceAll(',', '')) ? Number(text.replaceAll(',', '')) : text;
  }
  return out;
}

function postsOf(r: ScoreRow): Post[] {
  const id = (i: number) => `${r.handle}-${i + 1}`;
  const kind = r.platform === 'tiktok' ? 'video' : 'image';
  if (r.posts) {
    return r.posts.map((p, i) => ({
      id: id(i),
      kind,
      pinned: p.pinned ?? false,
      likes: p.likes,
      comments: p.comments ?? null,
      views: p.views ?? null,
      takenAt: null,
      commentSamples: [],
    }));
  }
  const n = r.posts_measured ?? 1;
  const round = (x: number | null | undefined) => (typeof x === 'number' ? Math.round(x) : null);
  return Array.from({ length: n }, (_, i) => ({
    id: id(i),
    kind,
    pinned: false,
    likes: round(r.avg_likes),
    comments: round(r.avg_comments),
    views: round(r.avg_views),
    takenAt: null,
    commentSamples: [],
  }));
}

export function snapshotOf(r: ScoreRow, now: number): Snapshot {
  return {
    v: 1,
    platform: r.platform,
    pageKind: 'profile',
    url: r.platform === 'tiktok' ? `https://www.tiktok.com/@${r.handle}` : `https://www.instagram.com/${r.handle}/`,
    handle: r.handle,
    capturedAt: now,
    status: 'ok',
    profile: {
      ...emptyProfile(),
      followers: { value: r.followers, source: 'api', exact: true },
      following:
        r.following === undefined || r.following === null ? null : { value: r.following, source: 'api', exact: true },
    },
    posts: postsOf(r),
    missing: [],
  };
}

function reasonOf(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('; ');
}

/** The input's rows as objects: CSV (header row) or JSON (an array, or { creators: [...] }). */
export function readRows(text: string, format: 'csv' | 'json'): { rows: unknown[] } | { error: string } {
  const body = text.replace(/^\uFEFF/, '');
  if (format === 'json') {
    try {
      const data = JSON.parse(body) as unknown;
      const rows = Array.isArray(data) ? data : (data as { creators?: unknown })?.creators;
      return Array.isArray(rows) ? { rows } : { error: 'JSON must be an array of creators, or { "creators": [...] }' };
    } catch (e) {
      return { error: `not JSON: ${(e as Error).message}` };
    }
  }
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  return { rows: parsed.data };
}

/** Reads settings as the extension stores or exports them (a settings object, or a JSON backup holding one). */
export function settingsFrom(raw: unknown): { settings: Settings; repaired: string[] } {
  const inner =
    typeof raw === 'object' && raw !== null && 'settings' in raw ? (raw as { settings: unknown }).settings : raw;
  return parseSettings(inner);
}

export function score(
  rows: readonly unknown[],
  settings: Settings,
  now: number,
): { csv: string; scored: number; rejected: Rejected[] } {
  const entries: ShortlistEntry[] = [];
  const rejected: Rejected[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, i) => {
    const cells =
      typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? fromCells(raw as Record<string, unknown>) : {};
    const handle = typeof cells['handle'] === 'string' ? cells['handle'] : null;
    const parsed = scoreRowSchema.safeParse(cells);
    if (!parsed.success) {
      rejected.push({ row: i + 1, handle, reason: reasonOf(parsed.error) });
      return;
    }
    const r = parsed.data;
    const key = creatorKey(r.platform, r.handle);
    if (seen.has(key)) {
      rejected.push({ row: i + 1, handle, reason: `${key} appears twice; the first is kept` });
      return;
    }
    seen.add(key);
    entries.push({
      v: 1,
      key,
      platform: r.platform,
      handle: r.handle,
      note: '',
      tags: [],
      savedAt: now,
      updatedAt: now,
      snapshot: snapshotOf(r, now),
    });
  });
  return { csv: shortlistToCsv(entries, settings), scored: entries.length, rejected };
}
