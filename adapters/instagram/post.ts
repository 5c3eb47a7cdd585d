import type { CommentSample, Post, PostKind, Profile, Snapshot } from '../../core/page/snapshot';
import { emptyProfile } from '../../core/page/empty-profile';
import { SNAPSHOT_VERSION } from '../../core/page/snapshot-constants';
import { clipName, exactField, finishNotes, validHandle } from '../common/fields';
import { ReadLog } from '../common/read-log';
import { asBoolean, asString, readEmbeddedJson, type ReadOptions } from '../common/json';
import { visibleText } from '../common/page';
import type { DetectedPage } from '../detect';
import { readPostDom, renderedHandle } from './dom';
import { findInstagramJson, firstCount, mediaToPost } from './json';
import { readPostMeta } from './meta';
import { jsonScripts, phrases, userKeys } from './selectors';

const JSON_LABEL = 'Instagram embedded JSON (script[data-sjs])';

/**
 * Reads an opened Instagram post (/p/<code>/, /reel/<code>/). The owner comes
 * from the URL when it names one, else from the post's JSON, meta or header.
 * Returns null when no source names the owner: a snapshot needs a handle.
 */
export function readInstagramPost(
  doc: Document,
  url: string,
  page: DetectedPage,
  now: number,
  options: ReadOptions = {},
): Snapshot | null {
  const postId = page.postId;
  if (!postId) return null;
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
  const json = findInstagramJson(scripts, { handle: page.handle, postId });
  const item = json.media[0] ?? null;
  const jsonOwner = validHandle(json.user ? asString(json.user.username) : null);
  const meta = readPostMeta(doc, postId);
  const dom = readPostDom(doc);
  const handle = page.handle ?? jsonOwner ?? meta?.owner ?? renderedHandle(doc);
  if (!handle) return null;
  const owner = jsonOwner === handle ? json.user : null;

  const fromJson = item ? mediaToPost(item, postId) : null;
  const kindFromUrl: PostKind = /\/reels?\//u.test(url) ? 'reel' : 'unknown';
  const hiddenLikes =
    (item && asBoolean(item.like_and_view_counts_disabled) === true) || phrases.hiddenLikes.test(text);
  const comments: CommentSample[] =
    [fromJson?.commentSamples, json.comments, dom.comments].find((c) => c && c.length > 0) ?? [];
  const likes = hiddenLikes
    ? null
    : log.count(
        'post likes',
        { field: exactField(fromJson?.likes ?? null, 'json'), via: 'json: media .like_count / .edge_liked_by.count' },
        { field: meta?.counts.likes ?? null, via: 'meta: og:description (og:url is this post)' },
        { field: dom.likes, via: 'text: a[href$="/liked_by/"]' },
      );
  const commentCount = log.count(
    'post comments',
    {
      field: exactField(fromJson?.comments ?? null, 'json'),
      via: 'json: media .comment_count / .edge_media_to_comment.count',
    },
    { field: meta?.counts.comments ?? null, via: 'meta: og:description (og:url is this post)' },
  );
  if (comments.length > 0)
    log.match(comments === dom.comments ? 'text: li h3 a[href] (comment authors)' : 'json: comment lists');
  const post: Post = {
    id: postId,
    kind: fromJson?.kind ?? kindFromUrl,
    pinned: fromJson?.pinned ?? false,
    likes: likes?.value ?? null,
    comments: commentCount?.value ?? null,
    views: fromJson?.views ?? null,
    takenAt: fromJson?.takenAt ?? dom.takenAt,
    commentSamples: comments,
  };

  const profile: Profile = {
    ...emptyProfile(),
    displayName: clipName(owner ? asString(owner.full_name) : null),
    verified: owner ? asBoolean(owner.is_verified) : null,
    isPrivate: owner ? asBoolean(owner.is_private) : null,
    followers: owner ? exactField(firstCount(owner, userKeys.followers), 'json') : null,
  };

  const notFound = phrases.notFound.test(text);
  const readable = post.likes !== null || post.comments !== null || comments.length > 0;
  const status: Snapshot['status'] = notFound ? 'not-found' : readable ? 'ok' : 'unreadable';
  if (!notFound) {
    if (hiddenLikes) missing.push('Likes: hidden by the creator');
    else if (post.likes === null) missing.push('Likes: not on the page');
    if (post.comments === null) missing.push('Comment count: not on the page');
    if (profile.followers === null) missing.push('Follower count: not shown with a post; open the profile');
    if (comments.length === 0) missing.push('Comments: none rendered on the page');
  }
  return {
    v: SNAPSHOT_VERSION,
    platform: 'instagram',
    pageKind: 'post',
    url,
    handle,
    capturedAt: now,
    status,
    profile,
    posts: notFound ? [] : [post],
    missing: finishNotes(missing),
    read: log.finish(),
  };
}
