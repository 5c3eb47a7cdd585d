import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Analysis } from '@/core/score/analysis';
import type { Snapshot } from '@/core/page/snapshot';
import { analyzeWithComments, commentsFor, readCreator } from '../creators';
import { getDb, tabViewRowSchema } from '../db';
import { useSettings } from './use-settings';
import type { PostEvidence } from '@/core/page/merge-comments';

/** What the extension knows about the page in a tab. */
export type TabCreator =
  | { status: 'loading' }
  /** No tab, or nothing recorded for it: the page was never read. */
  | { status: 'not-read' }
  /** The page was read and is not a creator's profile or post. */
  | { status: 'not-creator'; url: string }
  /** A creator was recorded but the stored record failed validation. */
  | { status: 'unreadable'; key: string }
  | { status: 'creator'; key: string; snapshot: Snapshot; analysis: Analysis };

type Stored =
  | { status: 'not-read' }
  | { status: 'not-creator'; url: string }
  | { status: 'unreadable'; key: string }
  | { status: 'creator'; key: string; snapshot: Snapshot; comments: Map<string, PostEvidence> };

async function readTab(tabId: number | null): Promise<Stored> {
  if (tabId === null) return { status: 'not-read' };
  const db = getDb();
  const view = tabViewRowSchema.safeParse(await db.tabViews.get(tabId));
  if (!view.success) return { status: 'not-read' };
  const { key, url } = view.data;
  if (key === null) return { status: 'not-creator', url };
  const creator = await readCreator(db, key);
  if (!creator) return { status: 'unreadable', key };
  return { status: 'creator', key, snapshot: creator.snapshot, comments: await commentsFor(db, key) };
}

/**
 * The creator shown in a tab, live from IndexedDB. The analysis is recomputed
 * here with the current settings rather than taken from the cached row, so a
 * changed threshold or rate card shows at once.
 */
export function useTabCreator(tabId: number | null): TabCreator {
  const { settings } = useSettings();
  const stored = useLiveQuery(() => readTab(tabId), [tabId]);
  return useMemo((): TabCreator => {
    if (!stored) return { status: 'loading' };
    if (stored.status !== 'creator') return stored;
    const analysis = analyzeWithComments(stored.snapshot, stored.comments, settings);
    return { status: 'creator', key: stored.key, snapshot: stored.snapshot, analysis };
  }, [stored, settings]);
}
