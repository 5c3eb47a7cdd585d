import type { ShortlistEntry } from '@/core/shortlist';
import { creatorKey, type Snapshot } from '@/core/snapshot';
import { getDb } from '@/lib/db';
import { hiddenLikesSnapshot, makePost, makeSnapshot } from './snapshots';

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
