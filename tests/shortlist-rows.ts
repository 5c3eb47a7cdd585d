import { DEFAULT_SETTINGS } from '@/core/defaults';
import type { Settings } from '@/core/settings';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist';
import type { ShortlistRow } from '@/core/shortlist-row';
import type { ScoutDb } from '@/lib/db';
import { rowContext } from '@/lib/shortlist-compute';
import { ShortlistLive } from '@/lib/shortlist-live';
import { readFullRows, ROW_BUCKETS } from '@/lib/shortlist-rows';
import { makeSnapshot } from './make-snapshot';

/** Test helpers for the shortlist's list rows (lib/shortlist-rows.test.ts, lib/shortlist-live.test.ts). */

/** Every list row stored in `db`, by creator key. */
export async function storedRows(db: ScoutDb): Promise<Map<string, ShortlistRow>> {
  const out = new Map<string, ShortlistRow>();
  const all = Array.from({ length: ROW_BUCKETS }, (_, i) => i);
  for (const rows of (await readFullRows(db, all)).values()) for (const row of rows) out.set(row.key, row);
  return out;
}

/** A valid Instagram shortlist entry with this follower count. */
export function entryOf(handle: string, followers: number, note = ''): ShortlistEntry {
  const snapshot = makeSnapshot({ handle });
  snapshot.profile.followers = { value: followers, source: 'json', exact: true };
  return shortlistEntrySchema.parse({
    v: 1,
    key: `instagram:${handle}`,
    platform: 'instagram',
    handle,
    note,
    tags: [],
    savedAt: 1,
    updatedAt: 2,
    snapshot,
  });
}

/** A live list on `db`, settled: entries and rows matched, nothing left to compute. */
export async function settledLive(db: ScoutDb, settings: Settings = DEFAULT_SETTINGS): Promise<ShortlistLive> {
  const live = new ShortlistLive(db);
  live.start();
  live.setContext(rowContext(settings));
  await live.waitFor((s) => s.reconciled && s.pending === 0);
  return live;
}
