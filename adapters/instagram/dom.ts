import type { CommentSample, CountField, Post, PostKind } from '../../core/page/snapshot';
import { MAX_COMMENTS_PER_POST, MAX_POSTS } from '../../core/page/snapshot-constants';
import { clipName, clipText, collapse, printedField, validHandle } from '../common/fields';
import { grid, header, labels, post } from './selectors';

/**
 * What the rendered page shows. Used when JSON and meta do not describe this
 * page, and to know which profile the DOM is showing after SPA navigation.
 */

export function headerRoot(doc: Document): Element | null {
  return doc.querySelector(header.root);
}

/** The handle the profile header (or the post header) currently shows. */
export function renderedHandle(doc: Document): string | null {
  const root = headerRoot(doc);
  for (const selector of header.handle) {
    const handle = validHandle(root?.querySelector(selector)?.textContent);
    if (handle) return handle;
  }
  for (const selector of post.ownerLink) {
    const href = doc.querySelector(selector)?.getAttribute('href') ?? '';
    const handle = validHandle(/^\/([^/?#]+)\/?$/u.exec(href)?.[1]);
    if (handle) return handle;
  }
  return null;
}

export type HeaderCounts = { followers: CountField | null; following: CountField | null; posts: CountField | null };

/** "230 posts" / "12.3K followers" (title="12,345") / "512 following". */
export function readHeaderCounts(root: Element): HeaderCounts {
  const counts: HeaderCounts = { followers: null, following: null, posts: null };
  for (const item of root.querySelectorAll(header.stats)) {
    const text = collapse(item.textContent ?? '');
    const key = (['followers', 'following', 'posts'] as const).find((k) => labels[k].test(text));
    if (!key || counts[key]) continue;
    const title = item.querySelector(header.exactTitle)?.getAttribute('title');
    const fromTitle = printedField(title, 'attr');
    counts[key] = fromTitle?.exact ? fromTitle : printedField(text, 'text');
  }
  return counts;
}

export type HeaderText = { displayName: string | null; bio: string | null; verified: boolean };

export function readHeaderText(root: Element): HeaderText {
  const spans = [...root.querySelectorAll(header.userText)].filter((s) => !s.closest(header.userTextExcluded));
  const bioSpan = root.querySelector(header.bio) ?? (spans.length > 1 ? spans[spans.length - 1] : null);
  const nameSpan = spans.find((s) => s !== bioSpan) ?? null;
  return {
    displayName: clipName(nameSpan?.textContent),
    bio: clipText(bioSpan?.textContent),
    verified: root.querySelector(header.verified) !== null,
  };
}

function tileKind(tile: Element): PostKind {
  if (tile.querySelector(grid.reel)) return 'reel';
  if (tile.querySelector(grid.carousel)) return 'carousel';
  if (tile.querySelector(grid.video)) return 'video';
  // The grid marks every non-photo with an icon; no icon is a photo.
  return 'image';
}

/** Grid tiles: ids, kind and pinned. Counts appear only on hover, so they stay null. */
export function readGrid(doc: Document): Post[] {
  return readGridIn(doc);
}

/**
 * Tiles inside `root` (the whole page, or nodes infinite scroll just added):
 * work is proportional to `root`, not to the page.
 */
export function readGridIn(root: ParentNode): Post[] {
  const byId = new Map<string, Post>();
  // Selectors scoped to `root` are matched without their ancestors in some
  // engines: find links inside it, then check they sit in <main>.
  const own = root instanceof Element && root.matches(grid.tileLinks) ? [root] : [];
  const links = [...own, ...root.querySelectorAll(grid.tileLinks)].filter((link) => link.closest('main') !== null);
  for (const link of links) {
    if (byId.size >= MAX_POSTS) break;
    const id = grid.code.exec(link.getAttribute('href') ?? '')?.[1];
    if (!id || byId.has(id)) continue;
    byId.set(id, {
      id,
      kind: tileKind(link),
      pinned: link.querySelector(grid.pinned) !== null,
      likes: null,
      comments: null,
      views: null,
      takenAt: null,
      commentSamples: [],
    });
  }
  return [...byId.values()];
}

export type PostDom = { likes: CountField | null; takenAt: number | null; comments: CommentSample[] };

export function readPostDom(doc: Document): PostDom {
  const likes = printedField(doc.querySelector(post.likes)?.textContent, 'text');
  const datetime = Date.parse(doc.querySelector(post.time)?.getAttribute('datetime') ?? '');
  const comments: CommentSample[] = [];
  for (const link of doc.querySelectorAll(post.commentAuthor)) {
    if (comments.length >= MAX_COMMENTS_PER_POST) break;
    const item = link.closest('li');
    const textSpan = [...(item?.querySelectorAll(post.commentText) ?? [])].find((s) => !s.closest('h3'));
    const author = clipName(link.textContent);
    const text = clipText(textSpan?.textContent);
    if (author && text) comments.push({ author, text });
  }
  return { likes, takenAt: Number.isFinite(datetime) && datetime >= 0 ? datetime : null, comments };
}
