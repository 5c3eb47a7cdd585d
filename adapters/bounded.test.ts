import { describe, expect, it } from 'vitest';
import { MAX_POSTS, MAX_TEXT, snapshotSchema, type Snapshot } from '../core/page/snapshot';
import { fixtureHtml, parseHtml } from '../tests/fixtures/load';
import { readInstagramPage } from './instagram';
import { readTikTokPage } from './tiktok';

/**
 * Huge and pathological pages: the adapters bound their work (script size,
 * objects walked, posts kept, text kept) and say what they cut, so the
 * overlay shows a partial state instead of hanging the page. Times are
 * printed for the record, never asserted (the machine is shared).
 */

const NOW = Date.UTC(2025, 5, 15);
const IG_URL = 'https://www.instagram.com/janedoe/';
const TT_URL = 'https://www.tiktok.com/@maya.moves';

function timed(label: string, read: () => Snapshot | null): Snapshot {
  const start = performance.now();
  const s = read();
  console.info(`[bounded] ${label}: ${(performance.now() - start).toFixed(1)} ms`);
  expect(s).not.toBeNull();
  return snapshotSchema.parse(s);
}

/** janedoe's page with its profile blob replaced by `user` (the header and meta stay). */
function instagramWith(user: object): string {
  const blob = JSON.stringify({
    require: [['RelayPrefetchedStreamCache', 'next', [], ['adp_Profile', { __bbox: { result: { data: { user } } } }]]],
  });
  return fixtureHtml('instagram/janedoe.html').replace(
    /<script type="application\/json" data-content-len="10027" data-sjs>[^<]*<\/script>/u,
    `<script type="application/json" data-sjs>${blob}</script>`,
  );
}

const igUser = (edges: object[], biography = 'bio') => ({
  username: 'janedoe',
  full_name: 'Jane Doe',
  biography,
  is_private: false,
  is_verified: false,
  edge_followed_by: { count: 12345 },
  edge_follow: { count: 512 },
  edge_owner_to_timeline_media: { count: edges.length, edges },
});
const igNode = (i: number) => ({
  node: {
    shortcode: `C${String(i).padStart(10, '0')}`,
    taken_at_timestamp: 1748732836 - i,
    edge_liked_by: { count: 400 + (i % 50) },
    edge_media_to_comment: { count: 10 },
  },
});

describe('pathological Instagram pages', () => {
  it('100,000 posts in the JSON: the blob is over the size limit, skipped; header and meta still read', () => {
    const html = instagramWith(igUser(Array.from({ length: 100_000 }, (_, i) => igNode(i))));
    expect(html.length).toBeGreaterThan(8_000_000);
    const s = timed('instagram, 100,000 posts (13 MB JSON)', () => readInstagramPage(parseHtml(html), IG_URL, NOW));
    expect(s.status).toBe('ok');
    expect(s.profile.followers).toMatchObject({ value: 12345, source: 'attr' });
    expect(s.read?.truncated.join('\n')).toMatch(/MB, larger than we parse/u);
  });

  it('40,000 posts under the size limit: parsed, the first MAX_POSTS kept, the cut reported', () => {
    const html = instagramWith(igUser(Array.from({ length: 40_000 }, (_, i) => igNode(i))));
    const s = timed('instagram, 40,000 posts (5 MB JSON)', () => readInstagramPage(parseHtml(html), IG_URL, NOW));
    expect(s.profile.followers).toMatchObject({ value: 12345, source: 'json' });
    expect(s.posts).toHaveLength(MAX_POSTS);
    expect(s.posts[0]?.id).toBe('C0000000000');
    expect(s.read?.truncated).toContain('Embedded JSON: 40,000 posts or more; the first 2,000 read');
  });

  it('a 5 MB bio: kept to the schema limit, the cut reported', () => {
    const html = instagramWith(igUser([igNode(1)], 'x'.repeat(5_000_000)));
    const s = timed('instagram, 5 MB bio', () => readInstagramPage(parseHtml(html), IG_URL, NOW));
    expect(s.profile.bio).toHaveLength(MAX_TEXT);
    expect(s.read?.truncated).toContain('Bio: 5,000,000 characters on the page; the first 4,000 kept');
  });

  it('deeply nested JSON (100,000 levels) next to the profile: no stack overflow, profile still read', () => {
    let deep = '0';
    for (let i = 0; i < 100_000; i++) deep = `{"a":${deep}}`;
    const html = instagramWith(igUser([igNode(1)])).replace(
      '</head>',
      `<script type="application/json" data-sjs>${deep}</script></head>`,
    );
    const s = timed('instagram, 100,000-deep JSON', () => readInstagramPage(parseHtml(html), IG_URL, NOW));
    expect(s.profile.followers).toMatchObject({ value: 12345, source: 'json' });
  });
});

describe('pathological TikTok pages', () => {
  const universal = (items: object[], signature = 'bio') =>
    JSON.stringify({
      __DEFAULT_SCOPE__: {
        'webapp.user-detail': {
          userInfo: {
            user: { uniqueId: 'maya.moves', nickname: 'Maya', signature, verified: false, privateAccount: false },
            stats: { followerCount: 184312, followingCount: 312, heartCount: 4213977, videoCount: items.length },
          },
          itemList: items,
        },
      },
    });
  const item = (i: number) => ({
    id: String(7380000000000000000n + BigInt(i)),
    author: 'maya.moves',
    createTime: 1748726805 - i,
    stats: { diggCount: 900, commentCount: 14, playCount: 8600 },
  });
  const withData = (json: string) =>
    fixtureHtml('tiktok/maya.moves.html').replace(
      /<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application\/json">[^<]*<\/script>/u,
      `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${json}</script>`,
    );

  it('50,000 videos in the JSON: the first MAX_POSTS kept, the cut reported', () => {
    const s = timed('tiktok, 50,000 videos (6 MB JSON)', () =>
      readTikTokPage(parseHtml(withData(universal(Array.from({ length: 50_000 }, (_, i) => item(i))))), TT_URL, NOW),
    );
    expect(s.profile.followers).toMatchObject({ value: 184312, source: 'json' });
    expect(s.posts.length).toBe(MAX_POSTS);
    expect(s.read?.truncated).toContain('Embedded JSON: 50,000 videos or more; the first 2,000 read');
  });

  it('100,000 videos: over the size limit, skipped; meta and data-e2e still read', () => {
    const json = universal(Array.from({ length: 100_000 }, (_, i) => item(i)));
    expect(json.length).toBeGreaterThan(8_000_000);
    const s = timed('tiktok, 100,000 videos (11 MB JSON)', () =>
      readTikTokPage(parseHtml(withData(json)), TT_URL, NOW),
    );
    expect(s.profile.followers).toMatchObject({ value: 184300, source: 'meta', exact: false });
    expect(s.read?.truncated.join('\n')).toMatch(/larger than we parse/u);
  });

  it('a 5 MB signature in the data-e2e bio: kept to the schema limit, the cut reported', () => {
    const html = fixtureHtml('tiktok/chef.tomas.html').replace(
      '30-second recipes. New video daily 🍳',
      'y'.repeat(5_000_000),
    );
    const s = timed('tiktok, 5 MB bio in the DOM', () =>
      readTikTokPage(parseHtml(html), 'https://www.tiktok.com/@chef.tomas', NOW),
    );
    expect(s.profile.bio).toHaveLength(MAX_TEXT);
    expect(s.read?.truncated).toContain('Bio: 5,000,000 characters on the page; the first 4,000 kept');
  });
});

describe('the corpus', () => {
  it('reads the largest fixture page (time printed, not asserted)', async () => {
    const { statSync } = await import('node:fs');
    const { fixtures } = await import('../tests/fixtures/fixtures');
    const largest = [...fixtures].sort(
      (a, b) => statSync(`tests/fixtures/${b.file}`).size - statSync(`tests/fixtures/${a.file}`).size,
    )[0];
    if (!largest) throw new Error('no fixtures');
    const doc = parseHtml(fixtureHtml(largest.file));
    const read = largest.platform === 'instagram' ? readInstagramPage : readTikTokPage;
    read(doc, largest.url, NOW); // warm-up: first call compiles the adapter
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) read(parseHtml(fixtureHtml(largest.file)), largest.url, NOW);
    const kb = (statSync(`tests/fixtures/${largest.file}`).size / 1024).toFixed(0);
    console.info(
      `[bounded] largest fixture ${largest.file} (${kb} KB): ${((performance.now() - start) / runs).toFixed(1)} ms per parse + read`,
    );
    const s = timed(`largest fixture ${largest.file}, read only`, () => read(doc, largest.url, NOW));
    expect(s.status).toBe(largest.expected.status);
  });
});
