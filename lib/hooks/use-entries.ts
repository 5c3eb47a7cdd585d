import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist/shortlist';
import { getDb } from '../db';
import { changedKeys } from '../db-changes';
import { commentsOf } from '../shortlist-compute';
import type { PostEvidence } from '@/core/page/merge-comments';

/**
 * Full shortlist entries with their stored comments, live, for the views
 * that need every figure of a creator (Compare: the ticked ones; the
 * planner: all). A change re-reads only the creators it touched.
 */
export interface LiveEntries {
  loaded: boolean;
  /** Valid entries, in key order. */
  entries: readonly ShortlistEntry[];
  comments: ReadonlyMap<string, ReadonlyMap<string, PostEvidence>>;
  /** Entries that failed validation (skipped, never deleted). */
  unreadable: number;
}

const EMPTY: LiveEntries = { loaded: false, entries: [], comments: new Map(), unreadable: 0 };

/** Creator keys a change touched in one table; post comments are keyed [creator, post]. */
function creatorsIn(parts: ObservabilitySet, dbName: string, table: string): Set<string> | 'all' {
  const keys = changedKeys(parts, dbName, table);
  if (keys === 'all') return 'all';
  const out = new Set<string>();
  for (const key of keys) {
    const creator: unknown = Array.isArray(key) ? (key as readonly unknown[])[0] : key;
    if (typeof creator === 'string') out.add(creator);
  }
  return out;
}

/** `keys`: the creators wanted, or null for the whole shortlist. */
export function useLiveEntries(keys: readonly string[] | null): LiveEntries {
  const id = keys === null ? null : [...keys].sort().join('\n');
  const [state, setState] = useState<LiveEntries>(EMPTY);

  useEffect(() => {
    const db = getDb();
    const wanted = id === null ? null : new Set(id ? id.split('\n') : []);
    const entries = new Map<string, ShortlistEntry>();
    const unreadable = new Set<string>();
    let comments = new Map<string, ReadonlyMap<string, PostEvidence>>();
    let dirty: Set<string> | 'all' | null = 'all';
    let reading = false;
    let stopped = false;

    const keep = (key: string, record: unknown) => {
      const parsed = shortlistEntrySchema.safeParse(record);
      if (parsed.success && parsed.data.key === key) entries.set(key, parsed.data);
      else if (record !== undefined) unreadable.add(key);
    };

    const read = async (which: Set<string> | 'all') => {
      if (which === 'all') {
        entries.clear();
        unreadable.clear();
      }
      if (which === 'all' && wanted === null) {
        (await db.shortlist.toArray()).forEach((record, i) => {
          const key = (record as { key?: unknown }).key;
          keep(typeof key === 'string' ? key : `#${i}`, record);
        });
      } else {
        const list = [...(which === 'all' ? (wanted ?? []) : which)];
        const records = await db.shortlist.bulkGet(list);
        list.forEach((key, i) => {
          entries.delete(key);
          unreadable.delete(key);
          keep(key, records[i]);
        });
      }
      const forKeys = which === 'all' ? [...entries.keys()] : [...which];
      const fresh = await commentsOf(db, forKeys);
      comments = which === 'all' ? new Map() : new Map(comments);
      for (const key of forKeys) {
        const own = fresh.get(key);
        if (own) comments.set(key, own);
        else comments.delete(key);
      }
    };

    const flush = async () => {
      if (reading) return;
      reading = true;
      try {
        while (dirty !== null && !stopped) {
          const which = dirty;
          dirty = null;
          await read(which);
          if (stopped) return;
          const sorted = [...entries.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
          setState({ loaded: true, entries: sorted, comments, unreadable: unreadable.size });
        }
      } finally {
        reading = false;
      }
    };

    const mark = (which: Set<string> | 'all') => {
      const relevant = which === 'all' || wanted === null ? which : new Set([...which].filter((k) => wanted.has(k)));
      if (relevant !== 'all' && relevant.size === 0) return;
      dirty = relevant === 'all' || dirty === 'all' ? 'all' : new Set([...(dirty ?? []), ...relevant]);
      void flush();
    };

    const onMutated = (parts: ObservabilitySet) => {
      for (const table of ['shortlist', 'postComments']) {
        const touched = creatorsIn(parts, db.name, table);
        if (touched === 'all' || touched.size > 0) mark(touched);
      }
    };

    Dexie.on('storagemutated', onMutated);
    void flush();
    return () => {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [id]);

  return state;
}
