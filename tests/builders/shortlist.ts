import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import type { Settings } from '@/core/settings/settings';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist/shortlist';
import type { ShortlistRow } from '@/core/shortlist/shortlist-row';
import { creatorKey, type Snapshot } from '@/core/page/snapshot';
import { getDb, type ScoutDb } from '@/lib/db';
import { rowContext } from '@/lib/shortlist-compute';
import { ShortlistLive } from '@/lib/shortlist-live';
import { readFullRows, ROW_BUCKETS } from '@/lib/shortlist-rows';
import { hiddenLikesSnapshot, janedoeSnapshot, makePost, makeSnapshot } from './snapshots';

/** Shortlist builders: entries, a seeded database, and the live list settled over it. */

export function entryFor(snapshot: Snapshot, note = ''): ShortlistEntry {
  return {
    v: 1,
    key: creatorKey(snapshot.platform, snapshot.handle),
    platform: snapshot.platform,
    handle: snapshot.handle,
    note,
    tags: [],
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    snapshot,
  };
}

/**
 * Three creators that order differently by each column:
 *  alpha   nano,  ~5.4% engagement
 *  bravo   macro, ~2.1% engagement
 *  charlie micro, likes hidden (no engagement figure: always last)
 */
export function threeCreators(): ShortlistEntry[] {
  const alpha = makeSnapshot({
    handle: 'alpha',
    profile: {
      ...makeSnapshot().profile,
      displayName: 'Alpha Studio',
      followers: { value: 2_000, source: 'json', exact: true },
    },
    posts: Array.from({ length: 10 }, (_, i) => makePost(i, { likes: 90 + i * 5, comments: 5 })),
  });
  const bravo = makeSnapshot({
    handle: 'bravo',
    profile: {
      ...makeSnapshot().profile,
      displayName: 'Bravo Eats',
      followers: { value: 250_000, source: 'json', exact: true },
    },
    posts: Array.from({ length: 10 }, (_, i) => makePost(i, { likes: 4_000 + i * 300, comments: 200 })),
  });
  return [entryFor(alpha, 'met at expo'), entryFor(bravo), entryFor(hiddenLikesSnapshot('charlie'))];
}

export async function seedShortlist(entries: ShortlistEntry[]): Promise<void> {
  await getDb().shortlist.bulkPut(entries);
}

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
  const snapshot = janedoeSnapshot({ handle });
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
