import Dexie from 'dexie';
import { analyze, mergeComments } from '@/core/score/analyze';
import { isSameViewScrolled } from '@/core/page/extend-snapshot';
import type { Analysis } from '@/core/score/analysis';
import type { Translate } from '@/core/text/i18n';
import type { Settings } from '@/core/settings/settings';
import { shortlistEntrySchema } from '@/core/shortlist/shortlist';
import { creatorKey, type Snapshot } from '@/core/page/snapshot';
import { browserTranslator } from './i18n';
import {
  creatorRowSchema,
  evidenceOf,
  postCommentsRowSchema,
  snapshotRowSchema,
  type CreatorRow,
  type ScoutDb,
} from './db';
import { markFiguresStale, rowTables, syncRows } from './shortlist-rows';
import type { PostEvidence } from '@/core/page/merge-comments';

/**
 * Storing what a page showed and turning it into an analysis. Used by the
 * background worker; every write is one Dexie transaction, so a worker
 * stopped mid-way leaves either the old state or the new one.
 */

export async function commentsFor(db: ScoutDb, key: string): Promise<Map<string, PostEvidence>> {
  const rows = await db.postComments.where('key').equals(key).toArray();
  const byPost = new Map<string, PostEvidence>();
  for (const row of rows) {
    const parsed = postCommentsRowSchema.safeParse(row);
    if (parsed.success) byPost.set(parsed.data.postId, evidenceOf(parsed.data));
  }
  return byPost;
}

/** Sentences in the browser's language (background and extension pages alike). */
export function analyzeWithComments(
  snapshot: Snapshot,
  comments: ReadonlyMap<string, PostEvidence>,
  settings: Settings,
  t: Translate = browserTranslator(),
): Analysis {
  return analyze(mergeComments(snapshot, comments), settings, t);
}

/** Same page content, ignoring when it was captured. */
function sameContent(a: Snapshot, b: Snapshot): boolean {
  return JSON.stringify({ ...a, capturedAt: 0 }) === JSON.stringify({ ...b, capturedAt: 0 });
}

/**
 * The snapshot history: one entry per page view. A profile scrolled further
 * updates its view's entry (core/page/extend-snapshot.ts) instead of adding one
 * per scroll batch; an unreadable latest entry is left as it is.
 */
async function addToHistory(db: ScoutDb, key: string, snapshot: Snapshot): Promise<void> {
  const latest = snapshotRowSchema.safeParse(
    await db.snapshots.where('[key+capturedAt]').between([key, Dexie.minKey], [key, Dexie.maxKey]).last(),
  );
  if (latest.success && latest.data.id !== undefined && isSameViewScrolled(latest.data.snapshot, snapshot)) {
    await db.snapshots.put({ id: latest.data.id, key, capturedAt: snapshot.capturedAt, snapshot });
  } else {
    await db.snapshots.add({ key, capturedAt: snapshot.capturedAt, snapshot });
  }
}

export async function readCreator(db: ScoutDb, key: string): Promise<CreatorRow | undefined> {
  const parsed = creatorRowSchema.safeParse(await db.creators.get(key));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Record one page read: the snapshot (unless identical to the last one), the
 * comments of an opened post, the creator's latest profile snapshot and
 * analysis, the shortlist entry's figures (never its note or tags) and its
 * list row (figures to be recomputed by the list), and what the tab shows.
 */
export async function recordPageRead(
  db: ScoutDb,
  snapshot: Snapshot,
  settings: Settings,
  tabId: number | null,
  now: number,
): Promise<Analysis> {
  const key = creatorKey(snapshot.platform, snapshot.handle);
  const tables = [db.snapshots, db.creators, db.postComments, db.shortlist, ...rowTables(db), db.tabViews];
  return db.transaction('rw', tables, async () => {
    const existing = await readCreator(db, key);
    if (!existing || !sameContent(existing.snapshot, snapshot)) await addToHistory(db, key, snapshot);
    let commentsStored = false;
    if (snapshot.pageKind === 'post') {
      for (const post of snapshot.posts) {
        const { commentSamples, ...metrics } = post;
        const counted = metrics.likes !== null || metrics.comments !== null || metrics.views !== null;
        if (commentSamples.length === 0 && !counted) continue;
        // A later visit that loaded no comments keeps the ones read before.
        const before = postCommentsRowSchema.safeParse(await db.postComments.get([key, post.id]));
        const comments = commentSamples.length > 0 || !before.success ? commentSamples : before.data.comments;
        const kept = counted ? metrics : before.success ? before.data.post : undefined;
        await db.postComments.put({ key, postId: post.id, updatedAt: now, comments, ...(kept && { post: kept }) });
        commentsStored = true;
      }
    }
    // A post page says little about the profile: keep the last profile read.
    const profileSnapshot =
      snapshot.pageKind === 'post' && existing?.snapshot.pageKind === 'profile' ? existing.snapshot : snapshot;
    const analysis = analyzeWithComments(profileSnapshot, await commentsFor(db, key), settings);
    await db.creators.put({ key, updatedAt: now, snapshot: profileSnapshot, analysis });
    if (snapshot.pageKind === 'profile') {
      await db.shortlist
        .where('key')
        .equals(key)
        .modify((entry) => {
          entry.snapshot = snapshot;
          entry.updatedAt = now;
        });
      // Its list row follows; its figures no longer match the snapshot and
      // are recomputed by the list (which has the page's language and settings).
      const saved = shortlistEntrySchema.safeParse(await db.shortlist.get(key));
      if (saved.success) await syncRows(db, [saved.data]);
    } else if (commentsStored) {
      await markFiguresStale(db, [key]);
    }
    if (tabId !== null) await db.tabViews.put({ tabId, url: snapshot.url, key, updatedAt: now });
    return analysis;
  });
}

export async function recordPageLeft(db: ScoutDb, tabId: number, url: string, now: number): Promise<void> {
  await db.tabViews.put({ tabId, url, key: null, updatedAt: now });
}
