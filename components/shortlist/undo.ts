import type { ShortlistEntry } from '@/core/shortlist';
import { getDb } from '@/lib/db';

/**
 * Put back an entry the user just removed, note and tags included.
 * (lib/shortlist.ts has no restore; this is the one write the view does itself.)
 */
export async function restoreShortlistEntry(entry: ShortlistEntry): Promise<void> {
  await getDb().shortlist.put(entry);
}
