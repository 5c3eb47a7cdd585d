import { emptyProfile } from '@/core/empty-profile';
import { SNAPSHOT_VERSION, type Post, type Snapshot } from '@/core/snapshot';

/** A valid snapshot for tests; override what the test is about. */
export function makeSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
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
    posts: Array.from({ length: 12 }, (_, i) => makePost(i)),
    missing: [],
    ...overrides,
  };
}

export function makePost(i: number, overrides: Partial<Post> = {}): Post {
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
