import type { Snapshot } from '../../core/page/snapshot';
import type { ReadOptions } from '../common/json';
import { detectPage } from '../detect';
import { readInstagramPost } from './post';
import { readInstagramProfile } from './profile';

/**
 * Instagram adapter: one page view in, one Snapshot out. Sources in order of
 * trust: embedded JSON for this handle/post, meta tags naming it, header
 * attributes (title="12,345"), visible text. Nothing is guessed: a field no
 * source had is null and explained in `missing`.
 *
 * Test pages: tests/fixtures/instagram/*.html (manifest in tests/fixtures/fixtures.ts).
 */
export function readInstagramPage(doc: Document, url: string, now: number, options: ReadOptions = {}): Snapshot | null {
  const page = detectPage(url);
  if (!page || page.platform !== 'instagram') return null;
  if (page.pageKind === 'post') return readInstagramPost(doc, url, page, now, options);
  return page.handle ? readInstagramProfile(doc, url, page.handle, now, options) : null;
}

export { headerRoot as profileRoot, readGridIn as readTiles, renderedHandle } from './dom';
