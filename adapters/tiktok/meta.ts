import type { CountField } from '../../core/page/snapshot';
import { printedField } from '../common/fields';
import { meta } from './selectors';

export type TikTokMeta = { followers: CountField | null; likesTotal: CountField | null };

/**
 * Counts from the description meta, only when it names `(@handle)`: meta is
 * written at first load and not updated by SPA navigation.
 */
export function readTikTokMeta(doc: Document, handle: string): TikTokMeta | null {
  for (const selector of meta.description) {
    const text = doc.querySelector(selector)?.getAttribute('content') ?? '';
    if (!text.toLowerCase().includes(`(@${handle})`)) continue;
    return {
      followers: printedField(firstGroup(meta.followers.exec(text)), 'meta'),
      likesTotal: printedField(firstGroup(meta.likes.exec(text)), 'meta'),
    };
  }
  return null;
}

/** The count's group: label-after locales fill the first, Japanese (label first) the second. */
function firstGroup(match: RegExpExecArray | null): string | undefined {
  return match?.[1] ?? match?.[2];
}
