import { currentFigures, type ShortlistRow } from '@/core/shortlist/shortlist-row';
import { shortlistRowsToCsv, type CsvRow } from '@/core/shortlist/shortlist-csv';
import type { ScoutDb } from '@/lib/db';
import { downloadText, shortlistFilename } from '@/lib/download';
import type { ShortlistLive } from '@/lib/shortlist-live';
import { bucketOf, readFullRows } from '@/lib/shortlist-rows';

/**
 * The CSV report of the creators shown, in the order shown, from their
 * stored rows (core writes the same file as from the full entries:
 * core/shortlist/shortlist-csv.ts). Only figures current under the list's settings
 * go in: a creator whose row is stale or unreadable is recomputed first, so
 * no file carries an old figure without saying so.
 */

const MAX_ROUNDS = 5;

/** The stored full rows of these creators, by key, read in one go. */
async function storedRows(db: ScoutDb, keys: readonly string[]): Promise<Map<string, ShortlistRow>> {
  const out = new Map<string, ShortlistRow>();
  for (const rows of (await readFullRows(db, [...new Set(keys.map(bucketOf))])).values())
    for (const row of rows) out.set(row.key, row);
  return out;
}

/** Write the CSV once every creator still on the list has current figures; resolves with how many rows it holds. */
export async function exportShortlist(db: ScoutDb, live: ShortlistLive, keys: readonly string[]): Promise<number> {
  // Each round recomputes what was stale; settings changing again and again is the only way to need many.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { fingerprint } = live.getState();
    if (fingerprint === null) throw new Error('settings not read yet');
    const stored = await storedRows(db, keys);
    const listed = new Set(live.getState().rows.map((r) => r.key));
    const rows: CsvRow[] = [];
    const stale: string[] = [];
    for (const key of keys) {
      const row = stored.get(key);
      const figures = row ? currentFigures(row, fingerprint) : null;
      if (row && figures) rows.push({ row, figures });
      // Removed meanwhile (no longer listed): left out. Otherwise: computed again, then exported.
      else if (listed.has(key)) stale.push(key);
    }
    if (stale.length === 0) {
      downloadText(shortlistFilename(new Date()), shortlistRowsToCsv(rows));
      return rows.length;
    }
    live.recompute(stale);
    const waiting = new Set(stale);
    await live.waitFor(
      (s) =>
        s.fingerprint !== null &&
        s.rows.every((r) => !waiting.has(r.key) || currentFigures(r, s.fingerprint!) !== null),
    );
  }
  throw new Error('the figures kept changing while exporting; try again');
}
