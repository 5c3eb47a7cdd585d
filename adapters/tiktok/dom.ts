import type { CommentSample, CountField, Post } from '../../core/page/snapshot';
import { MAX_COMMENTS_PER_POST, MAX_POSTS } from '../../core/page/snapshot-constants';
import { clipName, clipText, printedField, validHandle } from '../common/fields';
import { grid, profile, video } from './selectors';

/** What the rendered TikTok page shows; also which handle, after SPA navigation. */

export function renderedHandle(doc: Document): string | null {
  return (
    validHandle(doc.querySelector(profile.handle)?.textContent) ??
    validHandle(doc.querySelector(profile.videoAuthor)?.textContent)
  );
}

/** The profile header (handle, counts, bio): a change there needs a full read. */
export function profileRoot(doc: Document): Element | null {
  return doc.querySelector(profile.header);
}

/** A header count: a numeric title wins (exact), else the printed text ("1.2M"). */
function headerCount(doc: Document, selector: string): CountField | null {
  const el = doc.querySelector(selector);
  if (!el) return null;
  const fromTitle = printedField(el.getAttribute('title'), 'attr');
  if (fromTitle?.exact) return fromTitle;
  return printedField(el.textContent, 'text');
}

export type ProfileDom = {
  displayName: string | null;
  bio: string | null;
  /** The bio as long as the page printed it, to report clipping. */
  rawBio: string | null;
  verified: boolean;
  followers: CountField | null;
  following: CountField | null;
  likesTotal: CountField | null;
};

export function readProfileDom(doc: Document): ProfileDom {
  const rawBio = doc.querySelector(profile.bio)?.textContent ?? null;
  return {
    displayName: clipName(doc.querySelector(profile.nickname)?.textContent),
    bio: clipText(rawBio),
    rawBio,
    verified: doc.querySelector(profile.verified) !== null,
    followers: headerCount(doc, profile.followers),
    following: headerCount(doc, profile.following),
    likesTotal: headerCount(doc, profile.likesTotal),
  };
}

/** Video grid: id, views as printed ("12.3K"), pinned badge. Likes and comments are not on tiles. */
export function readGrid(doc: Document): Post[] {
  return readGridIn(doc);
}

/** Tiles inside `root` (the page, or nodes infinite scroll just added). */
export function readGridIn(root: ParentNode): Post[] {
  const byId = new Map<string, Post>();
  const own = root instanceof Element && root.matches(grid.item) ? [root] : [];
  for (const tile of [...own, ...root.querySelectorAll(grid.item)]) {
    if (byId.size >= MAX_POSTS) break;
    const link = tile.querySelector(grid.link);
    const id = grid.id.exec(link?.getAttribute('href') ?? '')?.[1];
    if (!id || byId.has(id)) continue;
    const badge = tile.querySelector(grid.badge)?.textContent?.trim() ?? '';
    byId.set(id, {
      id,
      kind: /\/photo\//u.test(link?.getAttribute('href') ?? '') ? 'carousel' : 'video',
      pinned: grid.pinned.test(badge),
      likes: null,
      comments: null,
      views: printedField(tile.querySelector(grid.views)?.textContent, 'text')?.value ?? null,
      takenAt: null,
      commentSamples: [],
    });
  }
  return [...byId.values()];
}

export type VideoDom = { likes: CountField | null; comments: CountField | null; commentSamples: CommentSample[] };

export function readVideoDom(doc: Document): VideoDom {
  const commentSamples: CommentSample[] = [];
  for (const textEl of doc.querySelectorAll(video.commentText)) {
    if (commentSamples.length >= MAX_COMMENTS_PER_POST) break;
    let container: Element | null = textEl.parentElement;
    let author: string | null = null;
    for (let depth = 0; container && depth < video.commentDepth && !author; depth++) {
      const href = container.querySelector(video.commentAuthorLink)?.getAttribute('href') ?? '';
      author =
        validHandle(/^\/@([^/?#]+)/u.exec(href)?.[1]) ??
        clipName(container.querySelector(video.commentAuthorName)?.textContent);
      container = container.parentElement;
    }
    const text = clipText(textEl.textContent);
    if (author && text) commentSamples.push({ author, text });
  }
  return {
    likes: printedField(doc.querySelector(video.likes)?.textContent, 'text'),
    comments: printedField(doc.querySelector(video.comments)?.textContent, 'text'),
    commentSamples,
  };
}
