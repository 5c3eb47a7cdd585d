import type { CountField, Post, Profile, Snapshot } from '../../core/snapshot';
import { SNAPSHOT_VERSION, emptyProfile } from '../../core/snapshot';
import { clipName, clipText, exactField, finishNotes, firstField } from '../common/fields';
import { asBoolean, asString, readJsonScripts } from '../common/json';
import { visibleText } from '../common/page';
import { headerRoot, readGrid, readHeaderCounts, readHeaderText, renderedHandle } from './dom';
import { findInstagramJson, firstCount, mediaId, mediaToPost } from './json';
import { readProfileMeta } from './meta';
import { jsonScripts, loginForm, phrases, userKeys } from './selectors';

const JSON_LABEL = 'Instagram embedded JSON (script[data-sjs])';

/** Reads an Instagram profile page. Sources: JSON for this handle, meta naming it, the header it renders. */
export function readInstagramProfile(doc: Document, url: string, handle: string, now: number): Snapshot {
  const missing: string[] = [];
  const text = visibleText(doc);

  const json = findInstagramJson(readJsonScripts(doc, jsonScripts, JSON_LABEL, missing), { handle, postId: null });
  const user = json.user;
  if (!user && json.otherHandles.length > 0) {
    missing.push(`Embedded JSON describes @${json.otherHandles[0]}, not @${handle} (page changed without reload): not used`);
  }
  const meta = readProfileMeta(doc, handle);

  const shown = renderedHandle(doc);
  const root = shown === handle ? headerRoot(doc) : null;
  if (shown !== null && shown !== handle) missing.push(`Header: still shows @${shown}, not @${handle}: not read`);
  const head = root ? readHeaderCounts(root) : null;
  const headText = root ? readHeaderText(root) : null;

  const count = (paths: Parameters<typeof firstCount>[1]): CountField | null =>
    user ? exactField(firstCount(user, paths), 'json') : null;

  const profile: Profile = {
    ...emptyProfile(),
    displayName: clipName(user ? asString(user.full_name) : null) ?? clipName(meta?.displayName) ?? headText?.displayName ?? null,
    bio: clipText(user ? asString(user.biography) : null) ?? clipText(meta?.bio) ?? headText?.bio ?? null,
    verified: (user ? asBoolean(user.is_verified) : null) ?? headText?.verified ?? null,
    isPrivate: (user ? asBoolean(user.is_private) : null) ?? (phrases.private.test(text) ? true : null),
    followers: firstField(count(userKeys.followers), meta?.counts.followers ?? null, head?.followers ?? null),
    following: firstField(count(userKeys.following), meta?.counts.following ?? null, head?.following ?? null),
    posts: firstField(count(userKeys.posts), meta?.counts.posts ?? null, head?.posts ?? null),
  };

  const posts = mergePosts(
    json.media.flatMap((m) => {
      const id = mediaId(m);
      return id ? [mediaToPost(m, id)] : [];
    }),
    root ? readGrid(doc) : [],
  );

  const notFound = phrases.notFound.test(text);
  const status: Snapshot['status'] = notFound
    ? 'not-found'
    : profile.isPrivate === true
      ? 'private'
      : profile.followers === null
        ? doc.querySelector(loginForm) ? 'login-wall' : 'unreadable'
        : profile.posts?.value === 0 || (posts.length === 0 && phrases.noPosts.test(text))
          ? 'no-posts'
          : 'ok';

  if (!notFound) noteMissing(profile, posts, status, missing);
  return {
    v: SNAPSHOT_VERSION,
    platform: 'instagram',
    pageKind: 'profile',
    url,
    handle,
    capturedAt: now,
    status,
    profile: notFound ? emptyProfile() : profile,
    posts: notFound ? [] : posts,
    missing: finishNotes(missing),
  };
}

/** JSON posts keep their counts; grid tiles add posts JSON lacked and the pinned mark. */
function mergePosts(fromJson: Post[], fromGrid: Post[]): Post[] {
  const byId = new Map(fromJson.map((p) => [p.id, p]));
  for (const tile of fromGrid) {
    const known = byId.get(tile.id);
    if (!known) byId.set(tile.id, tile);
    else if (tile.pinned && !known.pinned) byId.set(tile.id, { ...known, pinned: true });
  }
  return [...byId.values()];
}

function noteMissing(profile: Profile, posts: Post[], status: Snapshot['status'], missing: string[]): void {
  if (profile.followers === null) missing.push('Follower count: not on the page');
  if (profile.following === null) missing.push('Following count: not on the page');
  if (profile.posts === null) missing.push('Post count: not on the page');
  if (profile.displayName === null) missing.push('Display name: not on the page');
  if (profile.verified === null) missing.push('Verified badge: not on the page');
  if (profile.isPrivate === null) missing.push('Private or public: not on the page');
  if (status === 'private') missing.push('Posts: the account is private');
  const hidden = posts.filter((p) => p.likes === null && p.comments !== null).length;
  if (hidden > 0) missing.push(`Likes on ${hidden} post(s): hidden by the creator`);
  const noCounts = posts.filter((p) => p.likes === null && p.comments === null).length;
  if (noCounts > 0) missing.push(`Likes and comments on ${noCounts} post(s): shown only on hover, not in the page data`);
  if (posts.length === 0 && status === 'ok') missing.push('Posts: none rendered on the page');
}
