import type { CommentSample, CountField, FieldRead, Post, Profile, ReadInfo, Snapshot } from '../../core/page/snapshot';
import { emptyProfile } from '../../core/page/empty-profile';
import { MAX_COMMENTS_PER_POST, MAX_POSTS, SNAPSHOT_VERSION } from '../../core/page/snapshot-constants';
import type { DetectedPage } from '../detect';
import type { ApiCount, ApiPost, ApiUser } from './api';
import type { ApiKnowledge } from './api-knowledge';
import { MISSING_NOTE_PREFIXES, finishNotes } from './fields';

/**
 * Joins what the site's API responses said about the creator on screen to
 * what the page showed (DOM, meta, embedded JSON). The API is the site's own
 * current data, exact where the site sends exact numbers, so it wins over
 * rounded header text and over embedded JSON that may describe an earlier
 * page. Identity first: nothing joins unless it is about the URL's handle
 * (or, on an Instagram /p/ URL, the post's owner as the API names it), tied
 * by handle, user pk or secUid in ApiKnowledge.
 */

const MAX_MATCHED = 60;
const MAX_FIELDS = 40;

function apiCount(count: ApiCount | null): CountField | null {
  return count === null ? null : { value: count.value, source: 'api', exact: count.exact };
}

/** An exact reading beats a rounded one whatever its source; between two exact ones, the API's is current. */
function better(base: CountField | null, api: CountField | null): CountField | null {
  if (api === null) return base;
  if (base === null || api.exact || !base.exact) return api;
  return base;
}

function skeleton(page: DetectedPage, url: string, handle: string, now: number): Snapshot {
  return {
    v: SNAPSHOT_VERSION,
    platform: page.platform,
    pageKind: page.pageKind,
    url,
    handle,
    capturedAt: now,
    status: 'unreadable',
    profile: emptyProfile(),
    posts: [],
    missing: [],
    read: { fields: [], conflicts: [], matched: [], truncated: [] },
  };
}

function toPost(api: ApiPost): Post {
  return {
    id: api.id,
    kind: api.kind,
    pinned: api.pinned,
    likes: api.likes,
    comments: api.comments,
    views: api.views,
    takenAt: api.takenAt,
    commentSamples: [],
  };
}

function joinPost(base: Post, api: ApiPost | null): Post {
  if (!api) return base;
  return {
    ...base,
    kind: base.kind === 'unknown' ? api.kind : base.kind,
    pinned: base.pinned || api.pinned,
    // The API's numbers are the site's own; a null there (hidden likes,
    // logged-out views) keeps what the page itself showed, which is null too
    // for hidden likes (the adapters honour the same flag).
    likes: api.likes ?? base.likes,
    comments: api.comments ?? base.comments,
    views: api.views ?? base.views,
    takenAt: api.takenAt ?? base.takenAt,
  };
}

type ProfileField = keyof Profile;
type FieldValue = { field: ProfileField; read: FieldRead };

function profileFromApi(base: Profile, user: ApiUser): { profile: Profile; reads: FieldValue[] } {
  const reads: FieldValue[] = [];
  const via = user.via;
  const note = (field: ProfileField, exact: boolean) =>
    reads.push({ field, read: { field, source: 'api', exact, via } });
  const count = (field: 'followers' | 'following' | 'posts' | 'likesTotal'): CountField | null => {
    const chosen = better(base[field], apiCount(user[field]));
    if (chosen && chosen.source === 'api') note(field, chosen.exact);
    return chosen;
  };
  const text = <K extends 'displayName' | 'bio'>(field: K, value: string | null): string | null => {
    if (value === null) return base[field];
    note(field, true);
    return value;
  };
  const flag = (field: 'verified' | 'isPrivate', value: boolean | null): boolean | null => {
    if (value === null) return base[field];
    note(field, true);
    return value;
  };
  const profile: Profile = {
    displayName: text('displayName', user.displayName),
    bio: text('bio', user.bio),
    verified: flag('verified', user.verified),
    isPrivate: flag('isPrivate', user.isPrivate),
    followers: count('followers'),
    following: count('following'),
    posts: count('posts'),
    likesTotal: count('likesTotal'),
  };
  return { profile, reads };
}

const POST_NOTES = [
  /^Likes and comments on \d+ /u,
  /^Likes on \d+ post/u,
  /^Posts: none rendered/u,
  /^Likes: not on the page/u,
  /^Comment count: not on the page/u,
  /^Comments: none rendered/u,
  /^Views: TikTok shows them only/u,
  /^Header: still shows @/u,
  /^Embedded JSON describes @/u,
];

function notes(
  base: Snapshot,
  profile: Profile,
  posts: Post[],
  status: Snapshot['status'],
  fromApi: boolean,
): string[] {
  const known = (Object.keys(MISSING_NOTE_PREFIXES) as ProfileField[]).filter((f) => profile[f] !== null);
  const kept = base.missing.filter((note) => {
    if (known.some((f) => MISSING_NOTE_PREFIXES[f].some((prefix) => note.startsWith(prefix)))) return false;
    return !(fromApi && POST_NOTES.some((re) => re.test(note)));
  });
  if (!fromApi) return kept;
  const videos = base.platform === 'tiktok';
  const noun = videos ? 'video(s)' : 'post(s)';
  const withoutLikes = posts.filter((p) => p.likes === null && p.comments !== null).length;
  if (withoutLikes > 0) kept.push(`Likes on ${withoutLikes} ${noun}: hidden by the creator`);
  const noCounts = posts.filter((p) => p.likes === null && p.comments === null).length;
  if (noCounts > 0) kept.push(`Likes and comments on ${noCounts} ${noun}: not in the page or its API responses`);
  if (base.pageKind === 'post') {
    const post = posts[0];
    if (post && post.commentSamples.length === 0)
      kept.push('Comments: none loaded yet (open the comments to read them)');
  } else if (posts.length === 0 && status === 'ok')
    kept.push(videos ? 'Videos: none loaded yet' : 'Posts: none loaded yet');
  return finishNotes(kept);
}

function statusOf(base: Snapshot, profile: Profile, posts: Post[]): Snapshot['status'] {
  if (base.status === 'not-found' || base.status === 'login-wall') return base.status;
  if (profile.isPrivate === true) return 'private';
  if (base.pageKind === 'post') {
    const post = posts[0];
    const readable =
      post !== undefined && (post.likes !== null || post.comments !== null || post.commentSamples.length > 0);
    return readable ? 'ok' : base.status;
  }
  if (profile.followers === null) return base.status;
  if (profile.posts?.value === 0) return 'no-posts';
  return base.status === 'unreadable' || base.status === 'private' ? 'ok' : base.status;
}

function readInfo(base: ReadInfo | undefined, reads: FieldValue[], matched: string[]): ReadInfo {
  const replaced = new Set(reads.map((r) => r.field as string));
  const fields = [...reads.map((r) => r.read), ...(base?.fields ?? []).filter((f) => !replaced.has(f.field))].slice(
    0,
    MAX_FIELDS,
  );
  return {
    fields,
    conflicts: (base?.conflicts ?? []).filter((c) => !replaced.has(c.field)),
    matched: [...new Set([...matched, ...(base?.matched ?? [])])].slice(0, MAX_MATCHED),
    truncated: base?.truncated ?? [],
    ...(base?.statusDetail !== undefined && { statusDetail: base.statusDetail }),
  };
}

function commentSamples(knowledge: ApiKnowledge, postId: string, base: readonly CommentSample[]): CommentSample[] {
  const fromApi = knowledge.comments(postId);
  // The API's pages are the full list the site loaded; the page shows a preview of it.
  if (fromApi.length < base.length) return [...base];
  // The time each was written is kept: burst timing reads it (core/score/pod-comment-signals.ts).
  return fromApi
    .slice(0, MAX_COMMENTS_PER_POST)
    .map((c) =>
      c.createdAt === null ? { author: c.author, text: c.text } : { author: c.author, text: c.text, at: c.createdAt },
    );
}

/**
 * When the site's API answered in shapes the parsers do not know (the site
 * changed them), "What was read" and the diagnostics say so, with the
 * parsers' own short notes, instead of the figures silently going partial.
 */
function withHealthNote(base: Snapshot | null, knowledge: ApiKnowledge): Snapshot | null {
  if (base === null || knowledge.unrecognised === 0) return base;
  const first = knowledge.problems[0];
  const note = `Site API: ${knowledge.unrecognised} of ${knowledge.responses} response(s) in a shape Creator Scout does not recognise (the site may have changed it)${first ? `; first: ${first}` : ''}`;
  return { ...base, missing: finishNotes([...base.missing, note]) };
}

/** Who the page is about: the URL's handle, else (an Instagram /p/ URL) the post's owner as the API names it. */
function apiOwner(page: DetectedPage, knowledge: ApiKnowledge): string | null {
  if (page.handle) return page.handle;
  return page.postId ? knowledge.ownerOf(page.postId) : null;
}

/**
 * The page's own reading joined with the API's facts about the same creator.
 * Returns `base` untouched when the API said nothing about them, and a
 * snapshot built from the API alone when the page could not be read yet
 * (an in-site hop before the site has rendered).
 */
export function withApiFacts(
  base: Snapshot | null,
  page: DetectedPage,
  url: string,
  now: number,
  knowledge: ApiKnowledge,
): Snapshot | null {
  const handle = apiOwner(page, knowledge) ?? base?.handle ?? null;
  if (handle === null) return base;
  const user = knowledge.user(handle);
  const opened = page.pageKind === 'post' && page.postId ? knowledge.post(page.postId) : null;
  const postsFromApi = page.pageKind === 'profile' ? knowledge.postsOf(handle) : [];
  const openedComments = page.postId ? knowledge.comments(page.postId).length : 0;
  if (!user && !opened && postsFromApi.length === 0 && openedComments === 0) return withHealthNote(base, knowledge);

  // A post page whose DOM guessed another owner (stale data) keeps only what it read of the post itself.
  const start =
    base && base.handle === handle
      ? base
      : {
          ...skeleton(page, url, handle, now),
          ...(base && { posts: base.posts, missing: base.missing.filter((n) => !n.startsWith('Follower count')) }),
        };
  const { profile, reads } = user ? profileFromApi(start.profile, user) : { profile: start.profile, reads: [] };

  let posts: Post[];
  if (page.pageKind === 'post' && page.postId) {
    const id = page.postId;
    const own = start.posts.find((p) => p.id === id) ?? (opened ? toPost(opened) : null);
    posts = own
      ? [{ ...joinPost(own, opened), commentSamples: commentSamples(knowledge, id, own.commentSamples) }]
      : [];
  } else {
    const byId = new Map(postsFromApi.map((p) => [p.id, p]));
    posts = start.posts.map((p) => joinPost(p, byId.get(p.id) ?? knowledge.post(p.id)));
    const present = new Set(posts.map((p) => p.id));
    for (const api of postsFromApi) {
      if (posts.length >= MAX_POSTS) break;
      if (!present.has(api.id)) posts.push(toPost(api));
    }
  }

  const fromApi = opened !== null || postsFromApi.length > 0;
  const status = statusOf(start, profile, posts);
  const apiPosts = page.pageKind === 'post' ? (opened ? 1 : 0) : postsFromApi.length;
  const matched = [
    ...knowledge.shapesFor(handle).map((shape) => `api: ${shape}`),
    // No count here: it would change with every page of a timeline and make each one a whole resend.
    ...(apiPosts > 0
      ? [`api: ${page.platform === 'tiktok' ? 'videos' : 'posts'} from the site's own API responses`]
      : []),
  ];
  return {
    ...start,
    status,
    profile,
    posts: status === 'not-found' ? [] : posts,
    missing: notes(start, profile, posts, status, fromApi),
    read: readInfo(start.read, reads, matched),
  };
}
