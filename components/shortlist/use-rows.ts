import type { Settings } from '@/core/settings';
import type { ShortlistEntry } from '@/core/shortlist';
import { useSettings } from '@/lib/hooks/use-settings';
import { useAllComments, useShortlist } from '@/lib/hooks/use-shortlist';
import { useShortlistRows, type ShortlistRow } from './rows';

const NO_ENTRIES: ShortlistEntry[] = [];

/** The shortlist's rows under the current settings, for views other than the list (compare, planner). */
export function useAnalysedShortlist(): { rows: ShortlistRow[]; loaded: boolean; settings: Settings; unreadable: number } {
  const read = useShortlist();
  const { settings } = useSettings();
  const comments = useAllComments();
  const rows = useShortlistRows(read?.entries ?? NO_ENTRIES, settings, comments);
  return { rows, loaded: read !== undefined, settings, unreadable: read?.unreadable.length ?? 0 };
}
