import type { CountField, Post, Profile, Snapshot } from '../../core/page/snapshot';
import { emptyProfile } from '../../core/page/empty-profile';
import { MAX_POSTS, SNAPSHOT_VERSION } from '../../core/page/snapshot-constants';
import { clipName, clipText, exactField, finishNotes } from '../common/fields';
import { asBoolean, asString, readEmbeddedJson, type ReadOptions } from '../common/json';
import { visibleText } from '../common/page';
import { ReadLog } from '../common/read-log';
import { headerRoot, readGrid, readHeaderCounts, readHeaderText, renderedHandle } from './dom';
import { findInstagramJson, firstCount, mediaId, mediaToPost } from './json';
import { readProfileMeta } from './meta';
import { grid, header, jsonScripts, loginForm, phrases, userKeys } from './selectors';

const JSON_LABEL = 'Instagram embedded JSON (script[data-sjs])';
const JSON_USER = 'json: embedded user (username matches the URL)';
const META = 'meta: og:description / description naming (@handle)';
const headerVia = (f: CountField | null | undefined) =>
  f?.source === 'attr' ? `attr: header ${header.stats} ${header.exactTitle}` : `text: header ${header.stats}`;

/** Reads an Instagram profile page. Sources: JSON for this handle, meta naming it, the header it renders. */
export function readInstagramProfile(
  doc: Document,
  url: string,
  handle: string,
  now: number,
  options: ReadOptions = {},
): Snapshot {
  const missing: string[] = [];
  const log = new ReadLog();
  const text = visibleText(doc);

  const scripts = readEmbeddedJson(
    doc,
    jsonScripts,
    JSON_LABEL,
    { missing, truncate: (n) => log.truncate(n), match: (v) => log.match(v) },
    options,
  );
  const json = findInstagramJson(scripts, { handle, postId: null });
  const user = json.user;
  if (!json.complete) {
    log.truncate(
      `Embedded JSON: ${json.mediaFound.toLocaleString('en-US')} posts or more; the first ${json.media.length.toLocaleString('en-US')} read`,
    );
  }
  if (!user && json.otherHandles.length > 0) {
    missing.push(
      `Embedded JSON describes @${json.otherHandles[0]}, not @${handle} (page changed without reload): not used`,
    );
  }
  const meta = readProfileMeta(doc, handle);

  const shown = renderedHandle(doc);
  const root = shown === handle ? headerRoot(doc) : null;
  if (shown !== null && shown !== handle) missing.push(`Header: still shows @${shown}, not @${handle}: not read`);
  const head = root ? readHeaderCounts(root) : null;
  const headText = root ? readHeaderText(root) : null;

  const count = (paths: Parameters<typeof firstCount>[1]): CountField | null =>
    user ? exactField(firstCount(user, paths), 'json') : null;
  const rawBio = (user ? asString(user.biography) : null) ?? meta?.bio ?? headText?.bio ?? null;
  log.truncateBio(rawBio);

  const profile: Profile = {
    ...emptyProfile(),
    displayName: log.value(
      'displayName',
      { value: clipName(user ? asString(user.full_name) : null), source: 'json', via: `${JSON_USER} .full_name` },
      { value: clipName(meta?.displayName), source: 'meta', via: 'meta: og:title' },
      { value: headText?.displayName, source: 'text', via: `text: header ${header.userText}` },
    ),
    bio: log.value(
      'bio',
      { value: clipText(user ? asString(user.biography) : null), source: 'json', via: `${JSON_USER} .biography` },
      { value: clipText(meta?.bio), source: 'meta', via: 'meta: description (quoted bio)' },
      { value: headText?.bio, source: 'text', via: `text: header ${header.bio}` },
    ),
    verified: log.value(
      'verified',
      { value: user ? asBoolean(user.is_verified) : null, source: 'json', via: `${JSON_USER} .is_verified` },
      { value: headText?.verified, source: 'attr', via: `attr: header ${header.verified}` },
    ),
    isPrivate: log.value(
      'isPrivate',
      { value: user ? asBoolean(user.is_private) : null, source: 'json', via: `${JSON_USER} .is_private` },
      { value: phrases.private.test(text) ? true : null, source: 'text', via: 'text: "This account is private"' },
    ),
    followers: log.count(
      'followers',
      { field: count(userKeys.followers), via: `${JSON_USER} .edge_followed_by.count / .follower_count` },
      { field: meta?.counts.followers ?? null, via: META },
      { field: head?.followers ?? null, via: headerVia(head?.followers) },
    ),
    following: log.count(
      'following',
      { field: count(userKeys.following), via: `${JSON_USER} .edge_follow.count / .following_count` },
      { field: meta?.counts.following ?? null, via: META },
      { field: head?.following ?? null, via: headerVia(head?.following) },
    ),
    posts: log.count(
      'posts',
      { field: count(userKeys.posts), via: `${JSON_USER} .edge_owner_to_timeline_media.count / .media_count` },
      { field: meta?.counts.posts ?? null, via: META },
      { field: head?.posts ?? null, via: headerVia(head?.posts) },
    ),
  };

  const fromJson = json.media.flatMap((m) => {
    const id = mediaId(m);
    return id ? [mediaToPost(m, id)] : [];
  });
  const tiles = root ? readGrid(doc) : [];
  if (fromJson.length > 0) log.match('json: timeline media (likes, comments, play counts)');
  if (tiles.length > 0) log.match(`attr: grid ${grid.links}`);
  const posts = mergePosts(fromJson, tiles);

  const notFound = phrases.notFound.test(text);
  const status: Snapshot['status'] = notFound
    ? 'not-found'
    : profile.isPrivate === true
      ? 'private'
      : profile.followers === null
        ? doc.querySelector(loginForm)
          ? 'login-wall'
          : 'unreadable'
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
    read: log.finish(),
  };
}

/** JSON posts keep their counts; grid tiles add posts JSON lacked and the pinned mark. */
function mergePosts(fromJson: Post[], fromGrid: Post[]): Post[] {
  const byId = new Map(fromJson.map((p) => [p.id, p]));
  for (const tile of fromGrid) {
    const known = byId.get(tile.id);
    // Capped like the JSON: a grid of 100,000 tiles keeps the first MAX_POSTS.
    if (!known) {
      if (byId.size < MAX_POSTS) byId.set(tile.id, tile);
    } else if (tile.pinned && !known.pinned) byId.set(tile.id, { ...known, pinned: true });
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
  if (noCounts > 0)
    missing.push(`Likes and comments on ${noCounts} post(s): shown only on hover, not in the page data`);
  if (posts.length === 0 && status === 'ok') missing.push('Posts: none rendered on the page');
}
