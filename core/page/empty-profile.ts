import type { Profile } from './snapshot';

/** A profile with nothing read yet. Apart from the snapshot's schemas (core/page/snapshot.ts), so adapters and content scripts do not bundle them. */
export function emptyProfile(): Profile {
  return {
    displayName: null,
    bio: null,
    verified: null,
    isPrivate: null,
    followers: null,
    following: null,
    posts: null,
    likesTotal: null,
  };
}
