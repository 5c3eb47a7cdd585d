import { describe, expect, it } from 'vitest';
import { snapshotSchema, type Snapshot } from '@/core/page/snapshot';
import { janedoePost, janedoeSnapshot } from '@/tests/builders/snapshots';
import { detectPage, type DetectedPage } from '../detect';
import { emptyFacts, type ApiFacts, type ApiPost, type ApiUser } from './api';
import { ApiKnowledge } from './api-knowledge';
import { withApiFacts } from './api-merge';

const NOW = 1_760_000_000_000;

function page(url: string): DetectedPage {
  const found = detectPage(url);
  if (!found) throw new Error(url);
  return found;
}

function user(handle: string, followers: number, overrides: Partial<ApiUser> = {}): ApiUser {
  return {
    handle,
    id: `pk-${handle}`,
    secUid: null,
    displayName: `Name of ${handle}`,
    bio: null,
    verified: false,
    isPrivate: false,
    followers: { value: followers, exact: true },
    following: { value: 321, exact: true },
    posts: { value: 88, exact: true },
    likesTotal: null,
    via: 'api: graphql data.user',
    ...overrides,
  };
}

function apiPost(
  id: string,
  owner: string | null,
  likes: number | null,
  comments: number | null,
  overrides: Partial<ApiPost> = {},
): ApiPost {
  return {
    id,
    pk: null,
    ownerHandle: owner,
    ownerId: null,
    ownerSecUid: null,
    kind: 'image',
    pinned: false,
    likes,
    comments,
    views: null,
    shares: null,
    saves: null,
    exact: true,
    takenAt: null,
    via: 'api: timeline',
    ...overrides,
  };
}

function facts(platform: 'instagram' | 'tiktok', parts: Partial<ApiFacts>): ApiFacts {
  return { ...emptyFacts(platform), shapes: ['xdt_api__v1__feed__user_timeline_graphql_connection'], ...parts };
}

/** What the DOM adapter reads on Instagram after an in-site hop: rounded header text, tiles with no counts. */
function domReading(handle: string, ids: string[]): Snapshot {
  return janedoeSnapshot({
    handle,
    url: `https://www.instagram.com/${handle}/`,
    profile: {
      displayName: null,
      bio: null,
      verified: null,
      isPrivate: null,
      followers: { value: 23_500, source: 'text', exact: false, raw: '23.5K' },
      following: null,
      posts: null,
      likesTotal: null,
    },
    posts: ids.map((id, i) => janedoePost(i, { id, likes: null, comments: null })),
    missing: [
      'Following count: not on the page',
      'Likes and comments on 3 post(s): shown only on hover, not in the page data',
    ],
    read: {
      fields: [{ field: 'followers', source: 'text', exact: false, via: 'text: header', raw: '23.5K' }],
      conflicts: [],
      matched: [],
      truncated: [],
    },
  });
}

describe('withApiFacts', () => {
  it('joins the API user and post counts to the DOM reading of the creator on screen', () => {
    const k = new ApiKnowledge();
    k.ingest(facts('instagram', { users: [user('ria.runs', 23_456)] }));
    k.ingest(
      facts('instagram', {
        posts: [
          apiPost('AAA11', 'ria.runs', 1200, 30),
          apiPost('BBB22', 'ria.runs', 900, 12),
          apiPost('CCC33', 'ria.runs', 450, 4),
        ],
      }),
    );
    const joined = withApiFacts(
      domReading('ria.runs', ['AAA11', 'BBB22', 'CCC33']),
      page('https://www.instagram.com/ria.runs/'),
      'https://www.instagram.com/ria.runs/',
      NOW,
      k,
    );
    expect(joined?.profile.followers).toEqual({ value: 23_456, source: 'api', exact: true });
    expect(joined?.profile.following).toEqual({ value: 321, source: 'api', exact: true });
    expect(joined?.posts.map((p) => [p.id, p.likes, p.comments])).toEqual([
      ['AAA11', 1200, 30],
      ['BBB22', 900, 12],
      ['CCC33', 450, 4],
    ]);
    expect(joined?.read?.fields.find((f) => f.field === 'followers')).toEqual({
      field: 'followers',
      source: 'api',
      exact: true,
      via: 'api: graphql data.user',
    });
    expect(joined?.missing).not.toContain('Following count: not on the page');
    expect(joined?.missing.some((m) => m.startsWith('Likes and comments on'))).toBe(false);
    expect(joined?.read?.matched).toContain('api: xdt_api__v1__feed__user_timeline_graphql_connection');
    expect(snapshotSchema.safeParse(joined).success).toBe(true);
  });

  it('never lets a response about another creator touch the creator on screen', () => {
    const k = new ApiKnowledge();
    // A hover card for another creator arrives while ria.runs is on screen.
    k.ingest(
      facts('instagram', { users: [user('decoy.dan', 999_999)], posts: [apiPost('DDD44', 'decoy.dan', 50_000, 900)] }),
    );
    const base = domReading('ria.runs', ['AAA11']);
    const joined = withApiFacts(base, page('https://www.instagram.com/ria.runs/'), base.url, NOW, k);
    expect(joined).toBe(base);
  });

  it('appends posts the API loaded but the grid has not rendered, once each, by id', () => {
    const k = new ApiKnowledge();
    k.ingest(
      facts('instagram', {
        users: [user('ria.runs', 23_456)],
        posts: [apiPost('AAA11', 'ria.runs', 100, 1), apiPost('BBB22', 'ria.runs', 200, 2)],
      }),
    );
    // The same page fetched again, with newer counts: replaced, never added.
    k.ingest(facts('instagram', { posts: [apiPost('AAA11', 'ria.runs', 130, 3)] }));
    const joined = withApiFacts(
      domReading('ria.runs', ['AAA11']),
      page('https://www.instagram.com/ria.runs/'),
      'https://www.instagram.com/ria.runs/',
      NOW,
      k,
    );
    expect(joined?.posts.map((p) => [p.id, p.likes, p.comments])).toEqual([
      ['AAA11', 130, 3],
      ['BBB22', 200, 2],
    ]);
  });

  it('ties items that name no author to the creator through the request’s secUid', () => {
    const k = new ApiKnowledge();
    k.ingest(facts('tiktok', { users: [user('lena.moves', 184_312, { secUid: 'MS4wLjABAAAAlena', id: '68001' })] }));
    k.ingest(
      facts('tiktok', {
        posts: [apiPost('7400000000000000001', null, 5000, 40, { views: 90_000 })],
        request: { userId: null, handle: null, secUid: 'MS4wLjABAAAAlena', mediaPk: null, postId: null },
      }),
    );
    expect(k.ownerOf('7400000000000000001')).toBe('lena.moves');
    // …and not to anyone else.
    k.ingest(
      facts('tiktok', {
        posts: [apiPost('7400000000000000002', null, 1, 1)],
        request: { userId: null, handle: null, secUid: 'MS4wunknown', mediaPk: null, postId: null },
      }),
    );
    expect(k.ownerOf('7400000000000000002')).toBeNull();
  });

  it('builds the page from the API alone when the site has not rendered it yet (an in-site hop)', () => {
    const k = new ApiKnowledge();
    k.ingest(
      facts('instagram', { users: [user('oskar.bakes', 7_890)], posts: [apiPost('EEE55', 'oskar.bakes', 300, 9)] }),
    );
    const joined = withApiFacts(
      null,
      page('https://www.instagram.com/oskar.bakes/'),
      'https://www.instagram.com/oskar.bakes/',
      NOW,
      k,
    );
    expect(joined?.handle).toBe('oskar.bakes');
    expect(joined?.status).toBe('ok');
    expect(joined?.profile.followers?.value).toBe(7_890);
    expect(joined?.posts).toHaveLength(1);
    expect(snapshotSchema.safeParse(joined).success).toBe(true);
  });

  it('an opened post: the owner named by the API, its exact counts and its comments', () => {
    const k = new ApiKnowledge();
    k.ingest(
      facts('instagram', {
        posts: [apiPost('FFF66', 'ria.runs', 1520, 48, { pk: '3501' })],
        shapes: ['xdt_api__v1__media__shortcode__web_info'],
      }),
    );
    k.ingest(
      facts('instagram', {
        comments: [
          {
            postId: null,
            mediaPk: '3501',
            comments: [
              { author: 'fan_1', text: 'love it', createdAt: 1 },
              { author: 'fan_2', text: '🔥', createdAt: 2 },
            ],
            via: 'api: comments',
          },
        ],
        shapes: ['xdt_api__v1__media__media_id__comments__connection'],
      }),
    );
    // The same comment page seen twice counts once.
    k.ingest(
      facts('instagram', {
        comments: [
          {
            postId: null,
            mediaPk: '3501',
            comments: [{ author: 'fan_1', text: 'love it', createdAt: 1 }],
            via: 'api: comments',
          },
        ],
      }),
    );
    const url = 'https://www.instagram.com/p/FFF66/';
    const joined = withApiFacts(null, page(url), url, NOW, k);
    expect(joined?.handle).toBe('ria.runs');
    expect(joined?.pageKind).toBe('post');
    expect(joined?.posts[0]).toMatchObject({ id: 'FFF66', likes: 1520, comments: 48 });
    expect(joined?.posts[0]?.commentSamples).toEqual([
      // The time each was written is kept, for burst timing.
      { author: 'fan_1', text: 'love it', at: 1 },
      { author: 'fan_2', text: '🔥', at: 2 },
    ]);
  });

  it('an opened post whose stale page data named another owner is rebuilt for the API’s owner', () => {
    const k = new ApiKnowledge();
    k.ingest(facts('instagram', { posts: [apiPost('GGG77', 'ria.runs', 10, 1)] }));
    const url = 'https://www.instagram.com/p/GGG77/';
    const stale = janedoeSnapshot({
      handle: 'janedoe',
      pageKind: 'post',
      url,
      posts: [janedoePost(0, { id: 'GGG77', likes: null, comments: null })],
    });
    const joined = withApiFacts(stale, page(url), url, NOW, k);
    expect(joined?.handle).toBe('ria.runs');
    expect(joined?.profile.followers).toBeNull();
    expect(joined?.posts[0]).toMatchObject({ likes: 10, comments: 1 });
  });

  it('keeps an exact reading over a rounded API count (TikTok `stats` without statsV2)', () => {
    const k = new ApiKnowledge();
    k.ingest(
      facts('tiktok', { users: [user('lena.moves', 184_300, { followers: { value: 184_300, exact: false } })] }),
    );
    const base = janedoeSnapshot({
      platform: 'tiktok',
      handle: 'lena.moves',
      url: 'https://www.tiktok.com/@lena.moves',
      profile: { ...janedoeSnapshot().profile, followers: { value: 184_312, source: 'json', exact: true } },
    });
    const joined = withApiFacts(base, page(base.url), base.url, NOW, k);
    expect(joined?.profile.followers).toEqual({ value: 184_312, source: 'json', exact: true });
  });

  it('a rounded author count from a later item list never replaces the exact user detail', () => {
    const k = new ApiKnowledge();
    k.ingest(facts('tiktok', { users: [user('pebble.poems', 312_456)] }));
    k.ingest(
      facts('tiktok', {
        users: [user('pebble.poems', 310_000, { followers: { value: 310_000, exact: false }, bio: null })],
      }),
    );
    expect(k.user('pebble.poems')?.followers).toEqual({ value: 312_456, exact: true });
    // A newer exact reading does replace an older one.
    k.ingest(facts('tiktok', { users: [user('pebble.poems', 312_460)] }));
    expect(k.user('pebble.poems')?.followers).toEqual({ value: 312_460, exact: true });
  });

  it('a private account said so by the API becomes the private state', () => {
    const k = new ApiKnowledge();
    k.ingest(facts('instagram', { users: [user('quiet.one', 734, { isPrivate: true })] }));
    const joined = withApiFacts(
      null,
      page('https://www.instagram.com/quiet.one/'),
      'https://www.instagram.com/quiet.one/',
      NOW,
      k,
    );
    expect(joined?.status).toBe('private');
  });
});

describe('a site that changed its API shapes', () => {
  it('says so in the notes ("What was read" and the diagnostics) instead of going quietly partial', () => {
    const k = new ApiKnowledge();
    k.ingest({ ...emptyFacts('instagram'), problems: ['no known root key (data.xdt_renamed_connection)'] });
    k.ingest(emptyFacts('instagram'));
    const base = domReading('ria.runs', ['AAA11']);
    const joined = withApiFacts(base, page(base.url), base.url, NOW, k);
    expect(joined?.missing).toContain(
      'Site API: 1 of 2 response(s) in a shape Creator Scout does not recognise (the site may have changed it); first: no known root key (data.xdt_renamed_connection)',
    );
  });
});
