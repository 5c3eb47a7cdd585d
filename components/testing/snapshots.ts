import { analyze } from '@/core/analyze';
import type { Analysis } from '@/core/analysis';
import { DEFAULT_SETTINGS } from '@/core/defaults';
import type { Settings } from '@/core/settings';
import { emptyProfile } from '@/core/empty-profile';
import type { Post, Snapshot } from '@/core/snapshot';

/** Handmade page reads for component tests: plain numbers, so expectations are easy to check. */

export function makePost(i: number, over: Partial<Post> = {}): Post {
  return {
    id: `p${i}`,
    kind: 'image',
    pinned: false,
    likes: 1_000 + i * 10,
    comments: 40 + i,
    views: null,
    takenAt: 1_700_000_000_000 - i * 86_400_000,
    commentSamples: [],
    ...over,
  };
}

export function makeSnapshot(over: Partial<Snapshot> = {}): Snapshot {
  const handle = over.handle ?? 'jane.doe';
  return {
    v: 1,
    platform: 'instagram',
    pageKind: 'profile',
    url: `https://www.instagram.com/${handle}/`,
    handle,
    capturedAt: 1_700_000_000_000,
    status: 'ok',
    profile: {
      ...emptyProfile(),
      displayName: 'Jane Doe',
      bio: 'Coffee and travel',
      verified: false,
      isPrivate: false,
      followers: { value: 25_000, source: 'json', exact: true },
      following: { value: 300, source: 'json', exact: true },
      posts: { value: 120, source: 'json', exact: true },
    },
    posts: Array.from({ length: 12 }, (_, i) => makePost(i)),
    missing: [],
    ...over,
  };
}

/**
 * Comments as read from an opened post: `n` readers, each saying something
 * specific, spread over two days. Enough of them (10) let the pod verdict be
 * given; without them it is "not judged yet".
 */
function readerComments(n = 12, postedAt = 1_700_000_000_000): Post['commentSamples'] {
  return Array.from({ length: n }, (_, i) => ({
    author: `reader_${i}`,
    text: `Which café is this in photo ${i}? Adding it to my list`,
    at: postedAt + (20 + i * 240) * 60_000,
  }));
}

/** makeSnapshot with its first post opened and its comments read: the pod verdict is given (low). */
export function commentedSnapshot(over: Partial<Snapshot> = {}): Snapshot {
  const base = makeSnapshot(over);
  const [first, ...rest] = base.posts;
  return first
    ? { ...base, posts: [{ ...first, commentSamples: readerComments(12, first.takenAt ?? 0) }, ...rest] }
    : base;
}

/** A snapshot whose posts show no like counts (hidden likes). */
export function hiddenLikesSnapshot(handle = 'hidden.likes'): Snapshot {
  return makeSnapshot({
    handle,
    posts: Array.from({ length: 6 }, (_, i) => makePost(i, { likes: null, comments: null })),
    missing: ['Like counts are hidden on this profile'],
  });
}

export function analysisOf(snapshot: Snapshot, settings: Settings = DEFAULT_SETTINGS): Analysis {
  return analyze(snapshot, settings);
}
