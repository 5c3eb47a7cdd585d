import { useLiveQuery } from 'dexie-react-hooks';
import type { CommentSample } from '@/core/snapshot';
import { getDb, postCommentsRowSchema } from '../db';
import { readShortlist, type ShortlistRead } from '../shortlist';

/** The validated shortlist, live; undefined while the first read runs. */
export function useShortlist(): ShortlistRead | undefined {
  return useLiveQuery(() => readShortlist(getDb()), []);
}

/** Whether a creator is on the shortlist; undefined while reading or without a key. */
export function useIsSaved(key: string | null): boolean | undefined {
  return useLiveQuery(async () => (key === null ? false : (await getDb().shortlist.get(key)) !== undefined), [key]);
}

export interface CreatorComments {
  /** Changes whenever this creator's stored comments change: a memo key. */
  stamp: string;
  byPost: Map<string, CommentSample[]>;
}

/** Stored post comments of every creator, validated, grouped by creator key. */
export function useAllComments(): Map<string, CreatorComments> | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().postComments.toArray();
    const byKey = new Map<string, CreatorComments>();
    for (const row of rows) {
      const parsed = postCommentsRowSchema.safeParse(row);
      if (!parsed.success) continue;
      const { key, postId, updatedAt, comments } = parsed.data;
      const entry = byKey.get(key) ?? { stamp: '', byPost: new Map<string, CommentSample[]>() };
      entry.byPost.set(postId, comments);
      entry.stamp += `${postId}@${updatedAt};`;
      byKey.set(key, entry);
    }
    return byKey;
  }, []);
}
