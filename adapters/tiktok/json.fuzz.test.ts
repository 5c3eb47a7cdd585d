import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postSchema, snapshotSchema } from '@/core/page/snapshot';
import { fixtureHtml, parseHtml } from '@/tests/fixtures/load';
import { nodePaths, pageJson, replaceAt, scriptJson } from '@/tests/fuzz-json';
import type { Json } from '../common/json';
import { readTikTokPage } from './index';
import { findTikTokJson, itemToPost, statCount } from './json';
import { json as keys } from './selectors';

/**
 * Arbitrary JSON never makes the TikTok reader throw: it can only make fields
 * missing. Whatever comes out is a schema-valid snapshot (or null).
 */

const PROFILE = 'https://www.tiktok.com/@maya.moves';
const VIDEO = 'https://www.tiktok.com/@maya.moves/video/7380007037866107687';

function realPayload(file: string): Json {
  const doc = parseHtml(fixtureHtml(file));
  return JSON.parse(doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__')?.textContent ?? 'null') as Json;
}

function pageWith(universal: Json, sigi?: Json): Document {
  const scripts =
    `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${scriptJson(universal)}</script>` +
    (sigi === undefined ? '' : `<script id="SIGI_STATE" type="application/json">${scriptJson(sigi)}</script>`);
  return parseHtml(`<!doctype html><html><head>${scripts}</head><body><main></main></body></html>`);
}

function expectValid(url: string, doc: Document) {
  const snapshot = readTikTokPage(doc, url, 1_750_000_000_000);
  if (snapshot !== null) expect(snapshotSchema.safeParse(snapshot).error).toBeUndefined();
}

describe('TikTok JSON readers on arbitrary JSON', () => {
  it('findTikTokJson, statCount and itemToPost never throw; posts are schema-valid', () => {
    fc.assert(
      fc.property(
        fc.array(pageJson, { maxLength: 3 }),
        fc.constantFrom('maya.moves', 'janedoe', ''),
        (roots, handle) => {
          const found = findTikTokJson(roots, handle);
          for (const item of found.items) {
            const post = itemToPost(item);
            // An item without a usable id is the reader's to drop; every other field must be valid.
            expect(postSchema.safeParse({ ...post, id: post.id || 'x' }).success).toBe(true);
          }
          if (found.user) for (const key of Object.values(keys.user)) statCount(found.user.stats, key);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a page whose embedded JSON is arbitrary still gives a valid snapshot or null', () => {
    fc.assert(
      fc.property(
        pageJson,
        fc.option(pageJson, { nil: undefined }),
        fc.constantFrom(PROFILE, VIDEO),
        (universal, sigi, url) => expectValid(url, pageWith(universal, sigi)),
      ),
      { numRuns: 200 },
    );
  });

  it('the harness reaches the reader: the real payload alone gives the real figures', () => {
    const snapshot = readTikTokPage(pageWith(realPayload('tiktok/maya.moves.html')), PROFILE, 1);
    expect(snapshot?.profile.followers?.source).toBe('json');
    expect(snapshot?.posts.length).toBeGreaterThan(0);
  });

  it('real payloads corrupted at random nodes give a valid snapshot or null', () => {
    for (const [file, url] of [
      ['tiktok/maya.moves.html', PROFILE],
      ['tiktok/maya.moves-video.html', VIDEO],
    ] as const) {
      const root = realPayload(file);
      const paths = nodePaths(root);
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), pageJson), { minLength: 1, maxLength: 6 }), (edits) =>
          expectValid(url, pageWith(replaceAt(root, edits))),
        ),
        { numRuns: 150 },
      );
    }
  });
});
