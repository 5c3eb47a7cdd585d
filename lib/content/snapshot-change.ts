import type { Post, Snapshot } from '@/core/page/snapshot';

/**
 * What changed between the snapshot last sent to the worker and the next one:
 * nothing, only posts appended at the end (infinite scroll, the next page of
 * an API timeline: sent as `posts-added`), or anything else (sent whole).
 * Cheap: posts are compared field by field, never serialised.
 */
export type SnapshotChange = { kind: 'same' } | { kind: 'appended'; posts: Post[] } | { kind: 'changed' };

function samePost(a: Post, b: Post): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.kind === b.kind &&
      a.pinned === b.pinned &&
      a.likes === b.likes &&
      a.comments === b.comments &&
      a.views === b.views &&
      a.takenAt === b.takenAt &&
      a.commentSamples.length === b.commentSamples.length &&
      a.commentSamples.every(
        (c, i) => c.author === b.commentSamples[i]?.author && c.text === b.commentSamples[i]?.text,
      ))
  );
}

/** Everything but the posts and the capture time. */
function sameFrame(a: Snapshot, b: Snapshot): boolean {
  const { posts: _a, capturedAt: _ac, ...restA } = a;
  const { posts: _b, capturedAt: _bc, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

export function changeOf(previous: Snapshot | null, next: Snapshot): SnapshotChange {
  if (previous === null || next.pageKind !== 'profile' || !sameFrame(previous, next)) return { kind: 'changed' };
  if (next.posts.length < previous.posts.length) return { kind: 'changed' };
  for (let i = 0; i < previous.posts.length; i++) {
    const before = previous.posts[i];
    const after = next.posts[i];
    if (!before || !after || !samePost(before, after)) return { kind: 'changed' };
  }
  const posts = next.posts.slice(previous.posts.length);
  return posts.length === 0 ? { kind: 'same' } : { kind: 'appended', posts };
}
