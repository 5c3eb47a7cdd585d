import type { Analysis } from '../../core/score/analysis';
import type { AnalysisInput } from '../../core/score/analysis-input';
import { analyze } from '../../core/score/analyze';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults';
import { emptyProfile } from '../../core/page/empty-profile';
import type { Settings } from '../../core/settings/settings';
import {
  SNAPSHOT_VERSION,
  type CommentSample,
  type CountField,
  type Post,
  type Snapshot,
} from '../../core/page/snapshot';

/**
 * Every snapshot builder the tests use, in one place; none is used by the extension.
 * - snapshot(), post(), count(): small reads for core tests (3 posts, 10,000 followers by default);
 * - makeSnapshot(), makePost(): handmade page reads for component tests, with plain numbers;
 * - janedoeSnapshot(), janedoePost(): the janedoe fixture page's read, for storage and end-to-end tests.
 */

// Core tests
/** Builders for core tests; not used by the extension. */

export const settings = (patch: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...patch,
});

export const count = (value: number, exact = true, raw?: string): CountField => ({
  value,
  source: 'json',
  exact,
  ...(raw === undefined ? {} : { raw }),
});

let nextId = 0;
export function post(patch: Partial<Post> = {}): Post {
  nextId += 1;
  return {
    id: `p${nextId}`,
    kind: 'image',
    pinned: false,
    likes: 100,
    comments: 10,
    views: null,
    takenAt: null,
    commentSamples: [],
    ...patch,
  };
}

export function snapshot(patch: Partial<Snapshot> = {}, followers: number | null = 10_000): Snapshot {
  return {
    v: 1,
    platform: 'instagram',
    pageKind: 'profile',
    url: 'https://www.instagram.com/creator/',
    handle: 'creator',
    capturedAt: 1_700_000_000_000,
    status: 'ok',
    profile: { ...emptyProfile(), displayName: 'Creator', followers: followers === null ? null : count(followers) },
    posts: [post(), post(), post()],
    missing: [],
    ...patch,
  };
}

export const input = (patch: Partial<Snapshot> = {}, followers: number | null = 10_000): AnalysisInput =>
  snapshot(patch, followers);

export const comments = (pairs: ReadonlyArray<readonly [string, string]>): CommentSample[] =>
  pairs.map(([author, text]) => ({ author, text }));

// Component tests
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

// The janedoe fixture page
/** The snapshot the janedoe fixture page reads as (tests/fixtures/instagram/janedoe.html); override what the test is about. */
export function janedoeSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const handle = overrides.handle ?? 'janedoe';
  return {
    v: SNAPSHOT_VERSION,
    platform: 'instagram',
    pageKind: 'profile',
    url: `https://www.instagram.com/${handle}/`,
    handle,
    capturedAt: 1_750_000_000_000,
    status: 'ok',
    profile: {
      ...emptyProfile(),
      displayName: 'Jane Doe',
      bio: 'Travel & food',
      followers: { value: 45_600, source: 'json', exact: true },
      following: { value: 512, source: 'json', exact: true },
      posts: { value: 230, source: 'json', exact: true },
    },
    posts: Array.from({ length: 12 }, (_, i) => janedoePost(i)),
    missing: [],
    ...overrides,
  };
}

export function janedoePost(i: number, overrides: Partial<Post> = {}): Post {
  return {
    id: `POST${String(i).padStart(4, '0')}`,
    kind: 'image',
    pinned: false,
    likes: 1000 + ((i * 137) % 900),
    comments: 20 + ((i * 13) % 40),
    views: null,
    takenAt: 1_749_000_000_000 - i * 86_400_000,
    commentSamples: [],
    ...overrides,
  };
}
