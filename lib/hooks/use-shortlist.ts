import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { readShortlist, type ShortlistRead } from '../shortlist';

/**
 * Every full entry, validated, live; undefined while the first read runs.
 * It reads all entries again on any change: for small views of the whole
 * shortlist (the backup section). The list uses useShortlistRows
 * (use-shortlist-rows.ts).
 */
export function useShortlist(): ShortlistRead | undefined {
  return useLiveQuery(() => readShortlist(getDb()), []);
}

/** Whether a creator is on the shortlist; undefined while reading or without a key. */
export function useIsSaved(key: string | null): boolean | undefined {
  return useLiveQuery(async () => (key === null ? false : (await getDb().shortlist.get(key)) !== undefined), [key]);
}
