import type { AnalysisInput } from '../score/analysis-input';
import { MAX_COMMENTS_PER_POST, MAX_POSTS, type CommentSample, type Post, type Snapshot } from './snapshot';

/**
 * Adds comment samples stored from posts the user opened earlier to a profile
 * snapshot. The two lists describe the same post and overlap (previews in the
 * grid JSON, the full list on the opened post), so they are merged as
 * multisets: each (author, text) pair appears as often as in whichever list
 * has it more often. Repeats inside one list are kept — the same "🔥🔥🔥" from
 * the same account three times is pod evidence, not noise. Opened posts no
 * longer in the grid are kept as extra posts with null metrics, listed in
 * evidenceOnlyIds: they feed comment-based pod signals but never the
 * engagement rate. Caps from snapshot.ts are kept, so the result still fits
 * postSchema.
 */

/** A post's own counts, as read when the marketer opened it (no comment samples: those are kept apart). */
type OpenedPostMetrics = Omit<Post, 'commentSamples'>;

/**
 * What is kept per opened post: its comments, and its counts when the page
 * showed them. Older stores hold only the comment list; both are accepted.
 */
export type PostEvidence = CommentSample[] | { comments: CommentSample[]; post?: OpenedPostMetrics | undefined };

function commentsIn(evidence: PostEvidence): CommentSample[] {
  return Array.isArray(evidence) ? evidence : evidence.comments;
}

function metricsIn(evidence: PostEvidence): OpenedPostMetrics | null {
  return Array.isArray(evidence) ? null : (evidence.post ?? null);
}

function hasMetrics(m: OpenedPostMetrics | null): m is OpenedPostMetrics {
  return m !== null && (m.likes !== null || m.comments !== null || m.views !== null);
}

/** The grid's reading is the profile's current one; the opened post's counts fill what the grid lacked. */
function withCounts(post: Post, opened: OpenedPostMetrics | null): Post {
  if (!hasMetrics(opened)) return post;
  return {
    ...post,
    kind: post.kind === 'unknown' ? opened.kind : post.kind,
    likes: post.likes ?? opened.likes,
    comments: post.comments ?? opened.comments,
    views: post.views ?? opened.views,
    takenAt: post.takenAt ?? opened.takenAt,
  };
}

// JSON of the pair: unambiguous even when names or texts contain separators or NUL.
// The time is not part of it: a grid preview and the opened post's list show
// the same comment, one with its time and one without.
const pairKey = (c: CommentSample): string => JSON.stringify([c.author, c.text]);

/** A comment with only the fields the schema knows (a page's object may carry more). */
const sample = (c: CommentSample): CommentSample =>
  c.at === undefined ? { author: c.author, text: c.text } : { author: c.author, text: c.text, at: c.at };

function withSamples(post: Post, stored: readonly CommentSample[]): Post {
  const merged = post.commentSamples.slice(0, MAX_COMMENTS_PER_POST).map(sample);
  // Where each pair sits in the grid's list, in order: the nth stored copy of
  // a pair is the nth grid copy, which takes its time when it had none.
  const inGrid = new Map<string, number[]>();
  merged.forEach((c, i) => {
    const key = pairKey(c);
    const at = inGrid.get(key);
    if (at) at.push(i);
    else inGrid.set(key, [i]);
  });
  // A stored pair adds only its repeats beyond what the grid already holds.
  const seenStored = new Map<string, number>();
  for (const c of stored) {
    const key = pairKey(c);
    const nth = (seenStored.get(key) ?? 0) + 1;
    seenStored.set(key, nth);
    const gridIndex = inGrid.get(key)?.[nth - 1];
    if (gridIndex !== undefined) {
      const shown = merged[gridIndex];
      if (shown && shown.at === undefined && c.at !== undefined) merged[gridIndex] = { ...shown, at: c.at };
    } else if (merged.length < MAX_COMMENTS_PER_POST) {
      merged.push(sample(c));
    }
  }
  return { ...post, commentSamples: merged };
}

export function mergeComments(snapshot: Snapshot, commentsByPost: ReadonlyMap<string, PostEvidence>): AnalysisInput {
  const inGrid = new Set(snapshot.posts.map((p) => p.id));
  const posts = snapshot.posts.map((p) => {
    const evidence = commentsByPost.get(p.id);
    if (!evidence) return p;
    const stored = commentsIn(evidence);
    const counted = withCounts(p, metricsIn(evidence));
    return stored.length > 0 ? withSamples(counted, stored) : counted;
  });
  const evidenceOnlyIds: string[] = [];
  for (const [id, evidence] of commentsByPost) {
    if (posts.length >= MAX_POSTS) break;
    const stored = commentsIn(evidence);
    const metrics = metricsIn(evidence);
    if (inGrid.has(id) || id.length === 0 || id.length > 64 || (stored.length === 0 && !hasMetrics(metrics))) continue;
    // An opened post the grid no longer shows: its own counts (when it had
    // them) join the engagement rate, once, by id; its comments the pod verdict.
    const extra: Post = hasMetrics(metrics)
      ? { ...metrics, id, commentSamples: [] }
      : {
          id,
          kind: 'unknown',
          pinned: false,
          likes: null,
          comments: null,
          views: null,
          takenAt: null,
          commentSamples: [],
        };
    posts.push(withSamples(extra, stored));
    if (!hasMetrics(metrics)) evidenceOnlyIds.push(id);
  }
  return {
    platform: snapshot.platform,
    handle: snapshot.handle,
    status: snapshot.status,
    capturedAt: snapshot.capturedAt,
    profile: snapshot.profile,
    posts,
    evidenceOnlyIds,
  };
}
