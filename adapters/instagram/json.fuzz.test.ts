import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postSchema, snapshotSchema } from '@/core/page/snapshot';
import { fixtureHtml, parseHtml } from '@/tests/fixtures/load';
import { nodePaths, pageJson, replaceAt, scriptJson } from '@/tests/fuzz-json';
import type { Json } from '../common/json';
import { readInstagramPage } from './index';
import { findInstagramJson, firstCount, mediaId, mediaToPost } from './json';
import { jsonScripts, userKeys } from './selectors';

/**
 * Arbitrary JSON never makes the Instagram reader throw: it can only make
 * fields missing. Whatever comes out is a schema-valid snapshot (or null).
 */

const PROFILE = 'https://www.instagram.com/janedoe/';
const POST = 'https://www.instagram.com/p/CE0iGXlD6gN/';

function realPayloads(file: string): Json[] {
  const doc = parseHtml(fixtureHtml(file));
  return [...doc.querySelectorAll(jsonScripts)].map((s) => JSON.parse(s.textContent ?? 'null') as Json);
}

function pageWith(roots: Json[]): Document {
  const scripts = roots.map((r) => `<script type="application/json" data-sjs>${scriptJson(r)}</script>`).join('');
  return parseHtml(`<!doctype html><html><head>${scripts}</head><body><main></main></body></html>`);
}

const expectValid = (url: string, roots: Json[]) => {
  const snapshot = readInstagramPage(pageWith(roots), url, 1_750_000_000_000);
  if (snapshot !== null) expect(snapshotSchema.safeParse(snapshot).error).toBeUndefined();
};

describe('Instagram JSON readers on arbitrary JSON', () => {
  it('findInstagramJson, firstCount, mediaId and mediaToPost never throw; posts are schema-valid', () => {
    fc.assert(
      fc.property(
        fc.array(pageJson, { maxLength: 3 }),
        fc.constantFrom('janedoe', null),
        fc.constantFrom('CE0iGXlD6gN', null),
        (roots, handle, postId) => {
          const found = findInstagramJson(roots, { handle, postId });
          for (const media of found.media) {
            const id = mediaId(media);
            if (id !== null) expect(postSchema.safeParse(mediaToPost(media, id)).success).toBe(true);
          }
          if (found.user)
            for (const paths of [userKeys.followers, userKeys.following, userKeys.posts]) firstCount(found.user, paths);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a page whose embedded JSON is arbitrary still gives a valid snapshot or null', () => {
    fc.assert(
      fc.property(fc.array(pageJson, { maxLength: 2 }), fc.constantFrom(PROFILE, POST), (roots, url) =>
        expectValid(url, roots),
      ),
      { numRuns: 200 },
    );
  });

  it('the harness reaches the reader: real payloads alone give the real figures', () => {
    const snapshot = readInstagramPage(pageWith(realPayloads('instagram/janedoe.html')), PROFILE, 1);
    expect(snapshot?.profile.followers).toEqual({ value: 12_345, source: 'json', exact: true });
    expect(snapshot?.posts.length).toBe(12);
  });

  it('real payloads corrupted at random nodes give a valid snapshot or null', () => {
    for (const [file, url] of [
      ['instagram/janedoe.html', PROFILE],
      ['instagram/post-CnNfribxUdl.html', 'https://www.instagram.com/p/CnNfribxUdl/'],
    ] as const) {
      const roots = realPayloads(file);
      const paths = roots.map((r) => nodePaths(r));
      fc.assert(
        fc.property(
          fc
            .nat({ max: roots.length - 1 })
            .chain((i) =>
              fc.tuple(
                fc.constant(i),
                fc.array(fc.tuple(fc.constantFrom(...(paths[i] ?? [[]])), pageJson), { minLength: 1, maxLength: 6 }),
              ),
            ),
          ([i, edits]) =>
            expectValid(
              url,
              roots.map((r, j) => (j === i ? replaceAt(r, edits) : r)),
            ),
        ),
        { numRuns: 150 },
      );
    }
  });
});
