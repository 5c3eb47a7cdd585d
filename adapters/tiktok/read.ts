import type { CountField, Post, Profile, Snapshot } from '../../core/page/snapshot';
import { emptyProfile } from '../../core/page/empty-profile';
import { SNAPSHOT_VERSION } from '../../core/page/snapshot-constants';
import { MAX_POSTS } from '../../core/page/snapshot-constants';
import { clipName, clipText, finishNotes } from '../common/fields';
import { asBoolean, asString, readEmbeddedJson, type ReadOptions } from '../common/json';
import { visibleText } from '../common/page';
import { ReadLog } from '../common/read-log';
import type { DetectedPage } from '../detect';
import { readGrid, readProfileDom, readVideoDom, renderedHandle } from './dom';
import { findTikTokJson, itemToPost, userCountField } from './json';
import { readTikTokMeta } from './meta';
import { json as keys, jsonScripts, loginWall, phrases, profile as sel } from './selectors';

const JSON_LABEL = 'TikTok universal data (script#__UNIVERSAL_DATA_FOR_REHYDRATION__)';

/** Reads a TikTok profile (/@handle) or video page (/@handle/video/<id>). */
export function readTikTok(
  doc: Document,
  url: string,
  page: DetectedPage & { handle: string },
  now: number,
  options: ReadOptions = {},
): Snapshot {
  const { handle, postId } = page;
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
  const data = findTikTokJson(scripts, handle);
  const user = data.user;
  if (!data.complete) {
    log.truncate(
      `Embedded JSON: ${data.itemsFound.toLocaleString('en-US')} videos or more; the first ${data.items.length.toLocaleString('en-US')} read`,
    );
  }
  if (!user && data.otherHandles.length > 0) {
    missing.push(
      `Embedded JSON describes @${data.otherHandles[0]}, not @${handle} (page changed without reload): not used`,
    );
  }
  const shown = renderedHandle(doc);
  const domTrusted = shown === handle;
  if (shown !== null && !domTrusted) missing.push(`Header: still shows @${shown}, not @${handle}: not read`);
  const dom = domTrusted && page.pageKind === 'profile' ? readProfileDom(doc) : null;
  const meta = readTikTokMeta(doc, handle);
  const userVia = data.userPath ?? 'json';
  const metaVia = 'meta: description naming (@handle)';
  const domVia = (f: CountField | null | undefined, selector: string) =>
    `${f?.source === 'attr' ? 'attr' : 'text'}: ${selector}`;

  const stat = (key: string | readonly string[]): CountField | null => (user ? userCountField(user, key) : null);
  const rawBio = (user ? asString(user.user.signature) : null) ?? dom?.rawBio ?? null;
  log.truncateBio(rawBio);
  const profile: Profile = {
    ...emptyProfile(),
    displayName: log.value(
      'displayName',
      { value: clipName(user ? asString(user.user.nickname) : null), source: 'json', via: `${userVia} .nickname` },
      { value: dom?.displayName, source: 'attr', via: `attr: ${sel.nickname}` },
    ),
    bio: log.value(
      'bio',
      { value: clipText(user ? asString(user.user.signature) : null), source: 'json', via: `${userVia} .signature` },
      { value: dom?.bio, source: 'attr', via: `attr: ${sel.bio}` },
    ),
    verified: log.value(
      'verified',
      { value: user ? asBoolean(user.user.verified) : null, source: 'json', via: `${userVia} .verified` },
      { value: dom?.verified, source: 'attr', via: `attr: ${sel.verified}` },
    ),
    isPrivate: log.value(
      'isPrivate',
      { value: user ? asBoolean(user.user.privateAccount) : null, source: 'json', via: `${userVia} .privateAccount` },
      { value: phrases.private.test(text) ? true : null, source: 'text', via: 'text: "This account is private"' },
    ),
    followers: log.count(
      'followers',
      { field: stat(keys.user.followers), via: `${userVia} .followerCount` },
      { field: meta?.followers ?? null, via: metaVia },
      { field: dom?.followers ?? null, via: domVia(dom?.followers, sel.followers) },
    ),
    following: log.count(
      'following',
      { field: stat(keys.user.following), via: `${userVia} .followingCount` },
      { field: dom?.following ?? null, via: domVia(dom?.following, sel.following) },
    ),
    posts: log.count('posts', { field: stat(keys.user.videos), via: `${userVia} .videoCount` }),
    likesTotal: log.count(
      'likesTotal',
      { field: stat(keys.user.likesTotal), via: `${userVia} .heartCount` },
      { field: meta?.likesTotal ?? null, via: metaVia },
      { field: dom?.likesTotal ?? null, via: domVia(dom?.likesTotal, sel.likesTotal) },
    ),
  };

  const posts =
    postId === null
      ? profilePosts(data.items, domTrusted ? readGrid(doc) : [])
      : [videoPost(doc, data.items, postId, domTrusted)];

  const suspended =
    phrases.suspended.test(text) ||
    (!user && data.statusCode !== null && (keys.suspendedCodes as readonly number[]).includes(data.statusCode));
  const notFound =
    suspended ||
    phrases.notFound.test(text) ||
    (!user && data.statusCode !== null && (keys.notFoundCodes as readonly number[]).includes(data.statusCode));
  if (suspended) log.detail('Suspended: TikTok says this account was banned or suspended');
  else if (notFound) log.detail('Missing: TikTok could not find this account');
  if (posts.some((p) => p.likes !== null || p.views !== null))
    log.match(data.items.length > 0 ? 'json: itemList stats' : `text: ${'[data-e2e="video-views"]'}`);
  const status: Snapshot['status'] = notFound
    ? 'not-found'
    : profile.isPrivate === true
      ? 'private'
      : page.pageKind === 'post'
        ? posts[0]?.likes !== null || posts[0]?.comments !== null
          ? 'ok'
          : 'unreadable'
        : profile.followers === null
          ? doc.querySelector(loginWall)
            ? 'login-wall'
            : 'unreadable'
          : profile.posts?.value === 0 || (posts.length === 0 && phrases.noPosts.test(text))
            ? 'no-posts'
            : 'ok';

  if (!notFound) noteMissing(profile, posts, page.pageKind, status, missing);
  return {
    v: SNAPSHOT_VERSION,
    platform: 'tiktok',
    pageKind: page.pageKind,
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

/** JSON items keep their counts; grid tiles add videos JSON lacked, views and the pinned badge. */
function profilePosts(items: Parameters<typeof itemToPost>[0][], tiles: Post[]): Post[] {
  const byId = new Map(items.map((i) => itemToPost(i)).map((p) => [p.id, p]));
  for (const tile of tiles) {
    const known = byId.get(tile.id);
    // Capped like the JSON: a grid of 100,000 tiles keeps the first MAX_POSTS.
    if (!known) {
      if (byId.size < MAX_POSTS) byId.set(tile.id, tile);
    } else byId.set(tile.id, { ...known, pinned: known.pinned || tile.pinned, views: known.views ?? tile.views });
  }
  return [...byId.values()];
}

function videoPost(
  doc: Document,
  items: Parameters<typeof itemToPost>[0][],
  postId: string,
  domTrusted: boolean,
): Post {
  const item = items.find((i) => asString(i.id) === postId);
  const fromJson = item ? itemToPost(item) : null;
  const dom = domTrusted ? readVideoDom(doc) : null;
  return {
    id: postId,
    kind: fromJson?.kind ?? 'video',
    pinned: fromJson?.pinned ?? false,
    likes: fromJson?.likes ?? dom?.likes?.value ?? null,
    comments: fromJson?.comments ?? dom?.comments?.value ?? null,
    views: fromJson?.views ?? null,
    takenAt: fromJson?.takenAt ?? null,
    commentSamples: dom?.commentSamples ?? [],
  };
}

function noteMissing(
  profile: Profile,
  posts: Post[],
  kind: Snapshot['pageKind'],
  status: Snapshot['status'],
  missing: string[],
): void {
  const onVideo = kind === 'post' ? ': not shown with a video; open the profile' : ': not on the page';
  if (profile.followers === null) missing.push(`Follower count${onVideo}`);
  if (profile.following === null) missing.push(`Following count${onVideo}`);
  if (profile.likesTotal === null) missing.push(`Total likes${onVideo}`);
  if (profile.posts === null) missing.push('Video count: TikTok shows it only in page data, which was not there');
  if (profile.displayName === null) missing.push(`Display name${onVideo}`);
  if (profile.verified === null) missing.push(`Verified badge${onVideo}`);
  if (profile.isPrivate === null) missing.push(`Private or public${onVideo}`);
  if (status === 'private') missing.push('Videos: the account is private');
  const tilesOnly = posts.filter((p) => p.likes === null && p.comments === null).length;
  if (tilesOnly > 0) missing.push(`Likes and comments on ${tilesOnly} video(s): not on the page`);
  const post = posts[0];
  if (kind === 'post' && post && post.views === null) missing.push('Views: TikTok shows them only on the profile grid');
  if (kind === 'post' && post && post.commentSamples.length === 0) missing.push('Comments: none rendered on the page');
}
