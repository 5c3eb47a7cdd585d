import type { Snapshot } from '../../core/page/snapshot';
import type { ReadOptions } from '../common/json';
import { detectPage } from '../detect';
import { readTikTok } from './read';

/**
 * TikTok adapter: one page view in, one Snapshot out. Sources in order of
 * trust: universal data for this handle, the description meta naming it, then
 * `data-e2e` elements (a numeric
 * title attribute, else the printed text). Nothing is guessed: a field no
 * source had is null and explained in `missing`.
 *
 * Test pages: tests/fixtures/tiktok/*.html (manifest in tests/fixtures/fixtures.ts).
 */
export function readTikTokPage(doc: Document, url: string, now: number, options: ReadOptions = {}): Snapshot | null {
  const page = detectPage(url);
  if (!page || page.platform !== 'tiktok' || page.handle === null) return null;
  return readTikTok(doc, url, { ...page, handle: page.handle }, now, options);
}

export { profileRoot, readGridIn as readTiles, renderedHandle } from './dom';
