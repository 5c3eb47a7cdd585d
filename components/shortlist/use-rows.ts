import { useMemo, useRef } from 'react';
import { analyze, entryInput } from '@/core/score/analyze';
import type { Analysis } from '@/core/score/analysis';
import type { Settings } from '@/core/settings/settings';
import type { ShortlistEntry } from '@/core/shortlist/shortlist';
import { useLiveEntries } from '@/lib/hooks/use-entries';
import { useSettings } from '@/lib/hooks/use-settings';
import { browserTranslator } from '@/lib/i18n';
import type { ShortlistRow } from './rows';
import type { PostEvidence } from '@/core/page/merge-comments';

interface Cached {
  entry: ShortlistEntry;
  comments: ReadonlyMap<string, PostEvidence> | undefined;
  settings: Settings;
  analysis: Analysis;
}

const NO_COMMENTS: ReadonlyMap<string, PostEvidence> = new Map();

/**
 * Saved creators analysed from their full entries under the current
 * settings, for the views that need every figure: Compare (`keys`: the
 * ticked creators only) and the planner (no keys: all of them). A creator is
 * analysed again only when its entry, its comments or the settings change.
 */
export function useAnalysedShortlist(keys?: readonly string[]): {
  rows: ShortlistRow[];
  loaded: boolean;
  settings: Settings;
  unreadable: number;
} {
  const live = useLiveEntries(keys ?? null);
  const { settings } = useSettings();
  const cache = useRef(new Map<string, Cached>());
  const rows = useMemo(() => {
    const next = new Map<string, Cached>();
    const t = browserTranslator();
    const out = live.entries.map((entry): ShortlistRow => {
      const comments = live.comments.get(entry.key);
      const hit = cache.current.get(entry.key);
      const fresh =
        hit && hit.entry === entry && hit.comments === comments && hit.settings === settings
          ? hit
          : { entry, comments, settings, analysis: analyze(entryInput(entry, comments ?? NO_COMMENTS), settings, t) };
      next.set(entry.key, fresh);
      return { key: entry.key, entry, analysis: fresh.analysis };
    });
    cache.current = next;
    return out;
  }, [live, settings]);
  return { rows, loaded: live.loaded, settings, unreadable: live.unreadable };
}
