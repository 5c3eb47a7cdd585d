import type { CountField } from '../../core/page/snapshot';
import { collapse, printedField, validHandle } from '../common/fields';
import { labels, labelsBefore, meta, metaBio } from './selectors';

/**
 * Meta tags are server-rendered with the first page load and not updated by
 * SPA navigation, so each reader checks the tag names the page the URL names.
 */

type CountLabel = keyof typeof labels;
type MetaCounts = Record<CountLabel, CountField | null>;

function content(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content');
    if (value && value.trim().length > 0) return collapse(value);
  }
  return null;
}

/**
 * "12,3 mil seguidores, 512 seguidos, 230 publicaciones - Ver fotos…" → counts
 * by label; Japanese "フォロワー12.3万人、フォロー中512人、投稿230件 - …" too.
 */
function readMetaCounts(description: string): MetaCounts {
  const counts: MetaCounts = { followers: null, following: null, posts: null, likes: null, comments: null };
  const head = description.split(/\s[-–]\s/u)[0] ?? '';
  // ", " splits items; a decimal comma ("12,3") has no space after it.
  for (const part of head.split(/,\s+/u)) {
    for (const label of Object.keys(labels) as CountLabel[]) {
      const match = labels[label].exec(part.trim());
      if (match && counts[label] === null) {
        counts[label] = printedField(part.trim().slice(0, match.index), 'meta');
        break;
      }
    }
  }
  for (const part of head.split(labelsBefore.separator)) {
    const match = labelsBefore.item.exec(part.trim());
    const key = match ? labelsBefore.keys[match[1] as keyof typeof labelsBefore.keys] : undefined;
    if (match && key && counts[key] === null) counts[key] = printedField(match[2], 'meta');
  }
  return counts;
}

export type ProfileMeta = { counts: MetaCounts; displayName: string | null; bio: string | null };

/** Profile meta, only when it names `(@handle)`. */
export function readProfileMeta(doc: Document, handle: string): ProfileMeta | null {
  const mention = `(@${handle})`;
  const description = [meta.description[0], meta.description[1]]
    .map((s) => content(doc, [s]))
    .find((text) => text?.toLowerCase().includes(mention));
  if (!description) return null;
  const title = content(doc, meta.title);
  const titleMatch = title ? /^(.*?)\s*\(@([A-Za-z0-9._]+)\)/u.exec(title) : null;
  const displayName = titleMatch?.[2]?.toLowerCase() === handle ? (titleMatch[1] ?? null) : null;
  const plainDescription = content(doc, [meta.description[1]]);
  const bio = plainDescription?.toLowerCase().includes(mention) ? (metaBio.exec(plainDescription)?.[1] ?? null) : null;
  return { counts: readMetaCounts(description), displayName, bio };
}

export type PostMeta = { counts: MetaCounts; owner: string | null };

/** Post meta: "1,234 likes, 56 comments - janedoe on June 3, 2025: …", only when og:url is this post. */
export function readPostMeta(doc: Document, postId: string): PostMeta | null {
  const url = doc.querySelector(meta.url)?.getAttribute('content') ?? '';
  if (!url.includes(`/${postId}/`) && !url.endsWith(`/${postId}`)) return null;
  const description = content(doc, meta.description);
  if (!description) return null;
  const owner = validHandle(/\s[-–]\s+([A-Za-z0-9._]+)\s/u.exec(description)?.[1]);
  return { counts: readMetaCounts(description), owner };
}
