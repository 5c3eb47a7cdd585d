import { useMemo, useRef } from 'react';
import { analyze, mergeComments } from '@/core/analyze';
import type { Analysis } from '@/core/analysis';
import type { Settings } from '@/core/settings';
import type { ShortlistEntry } from '@/core/shortlist';
import { sortRows as sortByKey, type SortDirection, type SortKey } from '@/core/sort';
import type { CreatorComments } from '@/lib/hooks/use-shortlist';
import { browserTranslator } from '@/lib/i18n';

/** One shortlist row: the stored entry and its analysis under the current settings. */
export interface ShortlistRow {
  key: string;
  entry: ShortlistEntry;
  analysis: Analysis;
}

export type { SortDirection, SortKey };
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

interface Cached {
  updatedAt: number;
  stamp: string;
  settings: Settings;
  analysis: Analysis;
}

const NO_COMMENTS = new Map();

/**
 * Rows for all entries. An analysis is recomputed only when its entry's
 * snapshot, its comments or the settings change: editing one note must not
 * re-analyse 10,000 creators.
 */
export function useShortlistRows(
  entries: readonly ShortlistEntry[],
  settings: Settings,
  comments: ReadonlyMap<string, CreatorComments> | undefined,
): ShortlistRow[] {
  const cache = useRef(new Map<string, Cached>());
  return useMemo(() => {
    const next = new Map<string, Cached>();
    const t = browserTranslator();
    const rows = entries.map((entry): ShortlistRow => {
      const own = comments?.get(entry.key);
      const stamp = own?.stamp ?? '';
      const hit = cache.current.get(entry.key);
      const fresh =
        hit && hit.settings === settings && hit.stamp === stamp && hit.updatedAt === entry.updatedAt
          ? hit
          : {
              updatedAt: entry.updatedAt,
              stamp,
              settings,
              analysis: analyze(mergeComments(entry.snapshot, own?.byPost ?? NO_COMMENTS), settings, t),
            };
      next.set(entry.key, fresh);
      return { key: entry.key, entry, analysis: fresh.analysis };
    });
    cache.current = next;
    return rows;
  }, [entries, settings, comments]);
}

/** Case-insensitive match on handle or display name. */
export function filterRows(rows: readonly ShortlistRow[], query: string): ShortlistRow[] {
  const q = query.trim().toLowerCase().replace(/^@/, '');
  if (!q) return [...rows];
  return rows.filter(
    (r) => r.entry.handle.toLowerCase().includes(q) || (r.analysis.displayName ?? '').toLowerCase().includes(q),
  );
}

/** Sorted copy, by core's comparators: rows without the figure stay last either way. */
export function sortRows(rows: readonly ShortlistRow[], sort: SortState): ShortlistRow[] {
  return sortByKey(rows, sort.key, sort.direction, (row) => row.analysis);
}
