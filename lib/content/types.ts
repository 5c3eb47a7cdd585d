import type { ApiBody, ApiFacts } from '@/adapters/common/api';
import type { ReadOptions } from '@/adapters/common/json';
import type { Platform, Post, Snapshot } from '@/core/page/snapshot';

/** What a content script needs from a platform adapter (adapters/<platform>). */
export interface PlatformAdapter {
  platform: Platform;
  /** Read the page; null when the URL is not a profile or post of this site. */
  read(doc: Document, url: string, now: number, options?: ReadOptions): Snapshot | null;
  /** The handle the visible DOM shows now (not the embedded JSON). */
  renderedHandle(doc: Document): string | null;
  /** The profile header; mutations inside it need a full read. */
  profileRoot(doc: Document): Element | null;
  /** Grid tiles inside `root` only (infinite scroll appends them). */
  readTiles(root: ParentNode): Post[];
  /** What one of the site's own API responses says (adapters/<site>/api.ts); never throws. */
  parseApi(body: ApiBody): ApiFacts;
}
