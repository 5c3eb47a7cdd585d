import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageJson, nodePaths, replaceAt } from '@/tests/fuzz-json';
import type { Json } from '../common/json';
import type { ApiBody, ApiFacts, ApiPost } from '../common/api';
import { apiFactsSchema } from '../common/api-schema';
import { parseInstagramApi } from './api';
import { pkToShortcode, shortcodeToPk } from './api-shortcode';

/**
 * parseInstagramApi on bodies shaped as SITE-DATA §1 documents them (values
 * invented, in api-samples/), and on every trap §1, §4 and §5 name. Expected
 * values are literals.
 */

const GRAPHQL = 'https://www.instagram.com/graphql/query';
const SAMPLES = join(import.meta.dirname, 'api-samples');

function sample(name: string): string {
  return readFileSync(join(SAMPLES, name), 'utf8');
}

function form(name: string, variables: unknown): string {
  return `av=17841400000000000&fb_api_caller_class=RelayModern&fb_api_req_friendly_name=${name}&variables=${encodeURIComponent(JSON.stringify(variables))}&server_timestamps=true&doc_id=1234`;
}

function gql(body: string, requestBody: string | null = null): ApiBody {
  return { url: GRAPHQL, method: 'POST', requestBody, status: 200, body };
}

function rest(url: string, body: string, method = 'GET', requestBody: string | null = null): ApiBody {
  return { url, method, requestBody, status: 200, body };
}

function timelineBody(nodes: unknown[]): string {
  return JSON.stringify({
    data: {
      xdt_api__v1__feed__user_timeline_graphql_connection: {
        edges: nodes.map((node) => ({ node })),
        page_info: { end_cursor: 'c', has_next_page: false },
      },
    },
  });
}

function post(facts: ApiFacts, id: string): ApiPost {
  const found = facts.posts.find((p) => p.id === id);
  if (!found) throw new Error(`no post ${id}`);
  return found;
}

const EMPTY_REQUEST = { userId: null, handle: null, secUid: null, mediaPk: null, postId: null };

describe('profile header (§1.2 PolarisProfilePageContentQuery)', () => {
  const facts = parseInstagramApi(
    gql(sample('profile.json'), form('PolarisProfilePageContentQuery', { id: '1234567', render_surface: 'PROFILE' })),
  );

  it('reports data.user with exact counts, and only data.user', () => {
    expect(facts.users).toEqual([
      {
        handle: 'brand',
        id: '1234567',
        secUid: null,
        displayName: 'Brand Inc',
        bio: 'We make things.\nShop below 👇',
        verified: true,
        isPrivate: false,
        followers: { value: 120345, exact: true },
        following: { value: 210, exact: true },
        posts: { value: 812, exact: true },
        likesTotal: null,
        via: 'api: graphql data.user',
      },
    ]);
  });

  it('names the root and the request', () => {
    expect(facts.shapes).toEqual(['user']);
    expect(facts.problems).toEqual([]);
    expect(facts.platform).toBe('instagram');
    expect(facts.request).toEqual({ userId: '1234567', handle: null, secUid: null, mediaPk: null, postId: null });
    expect(facts.posts).toEqual([]);
  });

  it('strips the `for (;;);` prefix', () => {
    const prefixed = parseInstagramApi(gql(`for (;;);${sample('profile.json')}`));
    expect(prefixed.users[0]?.followers).toEqual({ value: 120345, exact: true });
    expect(prefixed.problems).toEqual([]);
  });
});

describe('timeline (§1.3 xdt_api__v1__feed__user_timeline_graphql_connection)', () => {
  const request = form('PolarisProfilePostsQuery', {
    data: { count: 12, include_relationship_info: true },
    username: 'brand',
  });
  const facts = parseInstagramApi(gql(sample('timeline.json'), request));
  const VIA = 'api: graphql xdt_api__v1__feed__user_timeline_graphql_connection';

  it('reads every node but the ad, in order', () => {
    expect(facts.posts.map((p) => p.id)).toEqual([
      'DAbCdEfGhIj',
      'DAaaaaaaaa1',
      'DAaaaaaaaa2',
      'DAaaaaaaaa3',
      'DAaaaaaaaa4',
      'DAaaaaaaaa6',
      'DAaaaaaaaa7',
    ]);
    expect(facts.shapes).toEqual(['xdt_api__v1__feed__user_timeline_graphql_connection']);
    expect(facts.problems).toEqual([]);
    expect(facts.request).toEqual({ userId: null, handle: 'brand', secUid: null, mediaPk: null, postId: null });
  });

  it('a pinned reel: every field', () => {
    expect(post(facts, 'DAbCdEfGhIj')).toEqual({
      id: 'DAbCdEfGhIj',
      pk: '3501234567890123456',
      ownerHandle: 'brand',
      ownerId: '1234567',
      ownerSecUid: null,
      kind: 'reel',
      pinned: true,
      likes: 1520,
      comments: 48,
      views: null,
      shares: null,
      saves: null,
      exact: true,
      takenAt: 1735689600000,
      via: VIA,
    });
  });

  it('timeline_pinned_user_ids null is not pinned (§5.3); a list naming another pk is not either', () => {
    expect(post(facts, 'DAaaaaaaaa1').pinned).toBe(false);
    expect(post(facts, 'DAaaaaaaaa7').pinned).toBe(false);
  });

  it('kinds from media_type and product_type', () => {
    expect(post(facts, 'DAaaaaaaaa1').kind).toBe('image');
    expect(post(facts, 'DAaaaaaaaa2').kind).toBe('carousel');
    expect(post(facts, 'DAaaaaaaaa4').kind).toBe('reel');
    expect(post(facts, 'DAaaaaaaaa7').kind).toBe('video');
  });

  it('plain counts', () => {
    const p = post(facts, 'DAaaaaaaaa7');
    expect([p.likes, p.comments, p.views, p.takenAt]).toEqual([410, 22, 9100, 1734500000000]);
    const q = post(facts, 'DAaaaaaaaa1');
    expect([q.likes, q.comments, q.views, q.takenAt]).toEqual([880, 12, null, 1735000000000]);
  });

  it('hidden likes: like_count 3, -1 and null all mean unknown, views too; comments stay (§1.3, §4.3)', () => {
    const three = post(facts, 'DAaaaaaaaa2');
    expect([three.likes, three.views, three.comments]).toEqual([null, null, 7]);
    const minusOne = post(facts, 'DAaaaaaaaa3');
    expect([minusOne.likes, minusOne.views, minusOne.comments]).toEqual([null, null, 0]);
    const none = post(facts, 'DAaaaaaaaa4');
    expect([none.likes, none.views, none.comments]).toEqual([null, null, 5]);
  });

  it('ad nodes are skipped entirely', () => {
    expect(facts.posts.some((p) => p.id === 'DAdAdAdAdAd')).toBe(false);
    expect(facts.users.some((u) => u.handle === 'advertiser')).toBe(false);
  });

  it('a collab post stays, owned by its own author', () => {
    const collab = post(facts, 'DAaaaaaaaa6');
    expect([collab.ownerHandle, collab.ownerId, collab.likes, collab.comments, collab.pinned]).toEqual([
      'partner_co',
      '7654321',
      300,
      9,
      false,
    ]);
  });

  it('decoys: tagged users and coauthors with counts are never users; stub authors neither', () => {
    expect(facts.users).toEqual([]);
  });
});

describe('reels tab (§1.4)', () => {
  const request = form('PolarisProfileReelsTabContentQuery', {
    data: { page_size: 12, include_feed_video: true, target_user_id: '1234567' },
  });

  it('xdt_api__v1__clips__user__connection_v2: reduced media, play_count views, clips_tab pins', () => {
    const facts = parseInstagramApi(gql(sample('reels.json'), request));
    expect(facts.request.userId).toBe('1234567');
    expect(facts.posts.map((p) => p.id)).toEqual(['DBreel00001', 'DBreel00002', 'DBreel00003']);
    expect(post(facts, 'DBreel00001')).toEqual({
      id: 'DBreel00001',
      pk: '3510000000000000001',
      ownerHandle: null,
      ownerId: '1234567',
      ownerSecUid: null,
      kind: 'reel',
      pinned: true,
      likes: 2220,
      comments: 31,
      views: 40211,
      shares: null,
      saves: null,
      exact: true,
      takenAt: null,
      via: 'api: graphql xdt_api__v1__clips__user__connection_v2',
    });
    // Pinned to the grid is not pinned on the reels tab.
    const second = post(facts, 'DBreel00002');
    expect([second.pinned, second.likes, second.views, second.comments]).toEqual([false, 15430, 15000, 80]);
    const hidden = post(facts, 'DBreel00003');
    expect([hidden.likes, hidden.views, hidden.comments]).toEqual([null, null, 4]);
    expect(facts.problems).toEqual(['xdt_api__v1__clips__user__connection_v2[3]: no media']);
    expect(facts.users).toEqual([]);
  });

  it('the moved root data.fetch__XDTUserDict.clips_connection', () => {
    const facts = parseInstagramApi(gql(sample('reels-user-dict.json'), request));
    expect(facts.shapes).toEqual(['fetch__XDTUserDict']);
    expect(facts.posts).toEqual([
      {
        id: 'DBreel00004',
        pk: '3510000000000000004',
        ownerHandle: null,
        ownerId: '1234567',
        ownerSecUid: null,
        kind: 'reel',
        pinned: false,
        likes: 64,
        comments: 2,
        views: 1200,
        shares: null,
        saves: null,
        exact: true,
        takenAt: null,
        via: 'api: graphql fetch__XDTUserDict.clips_connection',
      },
    ]);
    expect(facts.users).toEqual([]);
    expect(facts.problems).toEqual([]);
  });

  it('REST /api/v1/clips/user/ items[].media', () => {
    const facts = parseInstagramApi(
      rest(
        'https://www.instagram.com/api/v1/clips/user/',
        sample('clips-rest.json'),
        'POST',
        'target_user_id=1234567&page_size=12&include_feed_video=true',
      ),
    );
    expect(facts.shapes).toEqual(['items']);
    expect(facts.request).toEqual({ userId: '1234567', handle: null, secUid: null, mediaPk: null, postId: null });
    const first = post(facts, 'DBreel00005');
    expect(first).toEqual({
      id: 'DBreel00005',
      pk: '3510000000000000005',
      ownerHandle: 'brand',
      ownerId: '1234567',
      ownerSecUid: null,
      kind: 'reel',
      pinned: true,
      likes: 120,
      comments: 6,
      views: 5100,
      shares: null,
      saves: null,
      exact: true,
      takenAt: 1735100000000,
      via: 'api: rest items',
    });
    const second = post(facts, 'DBreel00006');
    expect([second.views, second.pinned, second.likes]).toEqual([700, false, 12]);
  });
});

describe('legacy web_profile_info (§1.6)', () => {
  const facts = parseInstagramApi(
    rest('https://www.instagram.com/api/v1/users/web_profile_info/?username=Brand', sample('web-profile-info.json')),
  );

  it('the user from edge counts; related profiles are not users', () => {
    expect(facts.users).toEqual([
      {
        handle: 'brand',
        id: '1234567',
        secUid: null,
        displayName: 'Brand Inc',
        bio: 'Legacy bio',
        verified: true,
        isPrivate: false,
        followers: { value: 120345, exact: true },
        following: { value: 210, exact: true },
        posts: { value: 812, exact: true },
        likesTotal: null,
        via: 'api: rest data.user',
      },
    ]);
    expect(facts.request).toEqual({ userId: null, handle: 'brand', secUid: null, mediaPk: null, postId: null });
  });

  it('its edges as posts, owned by the user', () => {
    expect(facts.posts.map((p) => p.id)).toEqual(['DAbCdEfGhIj', 'DAlegacy011', 'DAlegacy012']);
    expect(post(facts, 'DAbCdEfGhIj')).toEqual({
      id: 'DAbCdEfGhIj',
      pk: '3501234567890123456',
      ownerHandle: 'brand',
      ownerId: '1234567',
      ownerSecUid: null,
      kind: 'video',
      pinned: true,
      likes: 1520,
      comments: 48,
      views: 40211,
      shares: null,
      saves: null,
      exact: true,
      takenAt: 1735689600000,
      via: 'api: rest user.edge_owner_to_timeline_media',
    });
    const sidecar = post(facts, 'DAlegacy011');
    expect([
      sidecar.kind,
      sidecar.pinned,
      sidecar.likes,
      sidecar.comments,
      sidecar.views,
      sidecar.ownerHandle,
      sidecar.ownerId,
    ]).toEqual(['carousel', false, 95, 3, null, 'brand', '1234567']);
    // Legacy -1 for hidden likes (§1.3) is no count.
    const image = post(facts, 'DAlegacy012');
    expect([image.kind, image.likes, image.comments, image.takenAt]).toEqual(['image', null, 2, 1734000000000]);
    expect(facts.problems).toEqual([]);
    expect(facts.shapes).toEqual(['user']);
  });

  it('the anonymous timeline: data.user with edges only, owned by the request id', () => {
    const body = JSON.stringify({
      data: {
        user: {
          edge_owner_to_timeline_media: {
            count: 5,
            edges: [
              {
                node: {
                  __typename: 'GraphImage',
                  shortcode: 'DAanon00001',
                  id: '3500000000000000041',
                  taken_at_timestamp: 1730000000,
                  edge_media_preview_like: { count: 12 },
                  edge_media_to_comment: { count: 1 },
                  pinned_for_users: [{ id: '1234567' }],
                },
              },
            ],
          },
        },
      },
    });
    const facts = parseInstagramApi(gql(body, form('ProfileTimeline', { id: '1234567', first: 12, after: null })));
    expect(facts.users).toEqual([]);
    expect(facts.problems).toEqual([]);
    const p = post(facts, 'DAanon00001');
    expect([p.ownerHandle, p.ownerId, p.kind, p.likes, p.comments, p.pinned]).toEqual([
      null,
      null,
      'image',
      12,
      1,
      true,
    ]);
  });
});

describe('post page (§1.7)', () => {
  it('xdt_api__v1__media__shortcode__web_info.items[0]: the post, its author as a user (it carries counts), no coauthor or tagged user', () => {
    const facts = parseInstagramApi(
      gql(sample('post-web-info.json'), form('PolarisPostRootQuery', { shortcode: 'DAbCdEfGhIj' })),
    );
    expect(facts.request).toEqual({ userId: null, handle: null, secUid: null, mediaPk: null, postId: 'DAbCdEfGhIj' });
    expect(facts.posts).toEqual([
      {
        id: 'DAbCdEfGhIj',
        pk: '3501234567890123456',
        ownerHandle: 'brand',
        ownerId: '1234567',
        ownerSecUid: null,
        kind: 'carousel',
        pinned: false,
        likes: 1520,
        comments: 48,
        views: null,
        shares: null,
        saves: null,
        exact: true,
        takenAt: 1735689600000,
        via: 'api: graphql xdt_api__v1__media__shortcode__web_info.items',
      },
    ]);
    expect(facts.users.map((u) => [u.handle, u.followers?.value, u.following?.value, u.posts?.value, u.via])).toEqual([
      ['brand', 120345, 210, 812, 'api: graphql xdt_api__v1__media__shortcode__web_info.items.user'],
    ]);
    expect(facts.shapes).toEqual(['xdt_api__v1__media__shortcode__web_info']);
  });

  it('xdt_shortcode_media (GraphQL style)', () => {
    const facts = parseInstagramApi(gql(sample('shortcode-media.json')));
    expect(facts.posts).toEqual([
      {
        id: 'DAlegacy021',
        pk: '3500000000000000021',
        ownerHandle: 'brand',
        ownerId: '1234567',
        ownerSecUid: null,
        kind: 'carousel',
        pinned: false,
        likes: 640,
        comments: 15,
        views: null,
        shares: null,
        saves: null,
        exact: true,
        takenAt: 1733000000000,
        via: 'api: graphql xdt_shortcode_media',
      },
    ]);
    expect(facts.users).toEqual([
      {
        handle: 'brand',
        id: '1234567',
        secUid: null,
        displayName: 'Brand Inc',
        bio: null,
        verified: true,
        isPrivate: null,
        followers: { value: 120345, exact: true },
        following: null,
        posts: { value: 812, exact: true },
        likesTotal: null,
        via: 'api: graphql xdt_shortcode_media.owner',
      },
    ]);
  });

  it('logged out: xig_polaris_media.if_not_gated_logged_out', () => {
    const facts = parseInstagramApi(gql(sample('logged-out-post.json')));
    expect(facts.shapes).toEqual(['xig_polaris_media']);
    const p = post(facts, 'DAlegacy031');
    expect([p.pk, p.kind, p.likes, p.comments, p.views, p.ownerHandle, p.ownerId, p.takenAt]).toEqual([
      '3500000000000000031',
      'reel',
      210,
      4,
      3300,
      'brand',
      null,
      1732000000000,
    ]);
    expect(facts.users).toEqual([]);
  });

  it('a gated logged-out post (null) is nothing, not a problem', () => {
    const facts = parseInstagramApi(
      gql('{"data":{"xig_polaris_media":{"code":"DAlegacy031","if_not_gated_logged_out":null}}}'),
    );
    expect([facts.posts, facts.problems]).toEqual([[], []]);
  });
});

describe('comments (§1.7)', () => {
  it('GraphQL connection: media pk from variables.media_id, post id from the pk; JSON-string end_cursor; emoji kept', () => {
    const facts = parseInstagramApi(
      gql(
        sample('comments-graphql.json'),
        form('PolarisPostCommentsPaginationQuery', {
          after: null,
          first: 50,
          media_id: '3501234567890123456',
          sort_order: 'popular',
        }),
      ),
    );
    expect(facts.comments).toEqual([
      {
        postId: 'DCW4koGaLrA',
        mediaPk: '3501234567890123456',
        comments: [
          { author: 'fan_1', text: 'love it 😍🔥', createdAt: 1735690000000 },
          { author: 'fan.two', text: 'second', createdAt: 1735690200000 },
        ],
        via: 'api: graphql xdt_api__v1__media__media_id__comments__connection',
      },
    ]);
    expect(facts.users).toEqual([]);
    expect(facts.problems).toEqual([]);
    expect(facts.request).toEqual({
      userId: null,
      handle: null,
      secUid: null,
      mediaPk: '3501234567890123456',
      postId: 'DCW4koGaLrA',
    });
  });

  it('REST /api/v1/media/<pk>/comments/: media pk from the path; created_at as digits coerced', () => {
    const facts = parseInstagramApi(
      rest(
        'https://www.instagram.com/api/v1/media/3300000000000000001/comments/?can_support_threading=true&permalink_enabled=false',
        sample('comments-rest.json'),
      ),
    );
    expect(facts.shapes).toEqual(['comments']);
    expect(facts.comments).toEqual([
      {
        postId: 'C3L9IQOygAB',
        mediaPk: '3300000000000000001',
        comments: [
          { author: 'viewer_a', text: 'great', createdAt: 1735700000000 },
          { author: 'viewer_b', text: 'nice', createdAt: 1735700100000 },
        ],
        via: 'api: rest comments',
      },
    ]);
    expect(facts.problems).toEqual([]);
  });

  it('without a media id the page is still reported, and the gap named', () => {
    const facts = parseInstagramApi(gql(sample('comments-graphql.json')));
    expect(facts.comments[0]?.postId).toBe(null);
    expect(facts.comments[0]?.mediaPk).toBe(null);
    expect(facts.comments[0]?.comments.length).toBe(2);
    expect(facts.problems).toEqual(['xdt_api__v1__media__media_id__comments__connection: the post is not named']);
  });

  it('at most MAX_COMMENTS_PER_POST (500) per page', () => {
    const comments = Array.from({ length: 600 }, (_, i) => ({
      pk: String(18000000000000000 + i),
      text: `c${i}`,
      created_at: 1735700000,
      user: { pk: '1', username: 'viewer' },
    }));
    const facts = parseInstagramApi(
      rest('https://www.instagram.com/api/v1/media/3300000000000000001/comments/', JSON.stringify({ comments })),
    );
    expect(facts.comments[0]?.comments.length).toBe(500);
    expect(facts.comments[0]?.comments[499]?.text).toBe('c499');
    expect(facts.problems).toEqual(['comments: more than 500 comments, the rest skipped']);
  });

  it('comments without a valid author are dropped and named', () => {
    const body = JSON.stringify({
      comments: [
        { text: 'a', user: { username: '<b>x</b>' } },
        { text: 'b', user: [] },
        'junk',
        { text: 'ok', user: { username: 'fine' } },
      ],
    });
    const facts = parseInstagramApi(rest('https://www.instagram.com/api/v1/media/3300000000000000001/comments/', body));
    expect(facts.comments[0]?.comments).toEqual([{ author: 'fine', text: 'ok', createdAt: null }]);
    expect(facts.problems).toEqual([
      'comments[0]: no valid author',
      'comments[1]: no valid author',
      'comments[2]: not an object',
    ]);
  });
});

describe('pins (§1.3, §5.3)', () => {
  const node = (code: string, userPk: string | null, pins: unknown) => ({
    code,
    pk: '3500000000000000050',
    taken_at: 1730000000,
    media_type: 1,
    like_count: 1,
    comment_count: 1,
    user:
      userPk === null ? { username: 'brand' } : { pk: userPk, username: userPk === '1234567' ? 'brand' : 'partner_co' },
    timeline_pinned_user_ids: pins,
  });

  it('by the node owner pk (number or string), not by another pk, not by null or []', () => {
    const facts = parseInstagramApi(
      gql(
        timelineBody([
          node('DApin000001', '1234567', [1234567]),
          node('DApin000002', '1234567', ['1234567', '999']),
          node('DApin000003', '1234567', [999]),
          node('DApin000004', '1234567', null),
          node('DApin000005', '1234567', []),
        ]),
      ),
    );
    expect(facts.posts.map((p) => p.pinned)).toEqual([true, true, false, false, false]);
  });

  it('by the request user when the node user has no pk', () => {
    const request = form('ProfileTimeline', { id: '1234567' });
    const facts = parseInstagramApi(
      gql(timelineBody([node('DApin000011', null, [1234567]), node('DApin000012', null, [999])]), request),
    );
    expect(facts.posts.map((p) => p.pinned)).toEqual([true, false]);
  });

  it('a pin list when no owner is known at all still marks a pin (such lists name only the post’s owners)', () => {
    const facts = parseInstagramApi(
      gql(
        timelineBody([
          { code: 'DApin000031', timeline_pinned_user_ids: [5] },
          { code: 'DApin000032', timeline_pinned_user_ids: ['x', null] },
        ]),
      ),
    );
    expect(facts.posts.map((p) => p.pinned)).toEqual([true, false]);
  });

  it('on a REST feed, a collab post is pinned on the grid whose owner pinned it', () => {
    const body = JSON.stringify({
      items: [node('DApin000021', '7654321', [1234567]), node('DApin000022', '7654321', [7654321])],
      more_available: false,
    });
    const facts = parseInstagramApi(rest('https://www.instagram.com/api/v1/feed/user/1234567/?count=12', body));
    expect(facts.request.userId).toBe('1234567');
    expect(facts.posts.map((p) => [p.id, p.ownerHandle, p.ownerId, p.pinned])).toEqual([
      ['DApin000021', 'partner_co', '7654321', true],
      ['DApin000022', 'partner_co', '7654321', false],
    ]);
  });
});

describe('body quirks (§1.1)', () => {
  it('empty and blank bodies: empty facts, no problems', () => {
    expect(parseInstagramApi(gql(''))).toEqual({
      platform: 'instagram',
      users: [],
      posts: [],
      comments: [],
      request: EMPTY_REQUEST,
      shapes: [],
      problems: [],
    });
    expect(parseInstagramApi(gql('  \n\t')).problems).toEqual([]);
    expect(parseInstagramApi(gql('for (;;);')).problems).toEqual([]);
  });

  it('malformed JSON: one problem, nothing else', () => {
    const facts = parseInstagramApi(gql('{"data":{"user":{"username":"brand","follower_count":1'));
    expect(facts.problems).toEqual(['body: not JSON']);
    expect([facts.users, facts.posts, facts.shapes]).toEqual([[], [], []]);
  });

  it('JSON lines: each chunk read, bad lines counted', () => {
    const lines = [
      timelineBody([
        { code: 'DAline00001', pk: '1', media_type: 1, like_count: 5, user: { pk: '1234567', username: 'brand' } },
      ]),
      '{"broken":',
      JSON.stringify({ data: { user: { pk: '1234567', username: 'brand', follower_count: 100 } } }),
    ].join('\n');
    const facts = parseInstagramApi(gql(lines));
    expect(facts.posts.map((p) => [p.id, p.likes])).toEqual([['DAline00001', 5]]);
    expect(facts.users.map((u) => [u.handle, u.followers?.value])).toEqual([['brand', 100]]);
    expect(facts.problems).toEqual(['body: 1 of 3 lines not JSON']);
    expect(facts.shapes).toEqual(['xdt_api__v1__feed__user_timeline_graphql_connection', 'user']);
  });

  it('streamed patches (path + data, and incremental[]) extend the chunk before them', () => {
    const lines = [
      `for (;;);${timelineBody([{ code: 'DAline00002', pk: '2', media_type: 2, product_type: 'clips', user: { pk: '1234567', username: 'brand' } }])}`,
      JSON.stringify({
        label: 'x',
        path: ['xdt_api__v1__feed__user_timeline_graphql_connection', 'edges', 0, 'node'],
        data: { like_count: 77, comment_count: 4 },
      }),
      JSON.stringify({
        incremental: [
          {
            path: ['data', 'xdt_api__v1__feed__user_timeline_graphql_connection', 'edges', 0, 'node'],
            data: { taken_at: 1730000000 },
          },
        ],
        hasNext: false,
      }),
      JSON.stringify({ path: ['nowhere', 3], data: { like_count: 1 } }),
      JSON.stringify({ path: ['__proto__', 'polluted'], data: { yes: true } }),
    ].join('\n');
    const facts = parseInstagramApi(gql(lines));
    expect(facts.posts.map((p) => [p.id, p.likes, p.comments, p.takenAt])).toEqual([
      ['DAline00002', 77, 4, 1730000000000],
    ]);
    expect(facts.problems).toEqual(['body: 2 streamed patches did not fit']);
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
  });

  it('GraphQL errors are named; roots that are not objects are refused', () => {
    expect(parseInstagramApi(gql('{"errors":[{"message":"rate limited"}],"data":null}')).problems).toEqual([
      'errors: 1 reported by the site',
    ]);
    expect(parseInstagramApi(gql('[1,2,3]')).problems).toEqual(['body: not a JSON object']);
    expect(parseInstagramApi(gql('"just text"')).problems).toEqual(['body: not a JSON object']);
    expect(parseInstagramApi(gql('null')).problems).toEqual(['body: not a JSON object']);
    expect(parseInstagramApi(gql('{"data":[1]}')).problems).toEqual(['data: not an object']);
  });

  it('a body of unknown roots is ignored quietly', () => {
    const facts = parseInstagramApi(
      gql('{"data":{"xdt_viewer":{"user":{"username":"me","follower_count":5}}},"status":"ok"}'),
    );
    expect([facts.users, facts.posts, facts.shapes, facts.problems]).toEqual([[], [], [], []]);
  });
});

describe('wrong shapes', () => {
  it('arrays where objects are expected', () => {
    const facts = parseInstagramApi(
      gql(
        '{"data":{"user":[],"xdt_api__v1__feed__user_timeline_graphql_connection":{"edges":{}},"xdt_api__v1__clips__user__connection_v2":{"edges":[[],{"node":[]},{"node":{"media":[]}}]}}}',
      ),
    );
    expect(facts.problems).toEqual([
      'user: not an object',
      'xdt_api__v1__feed__user_timeline_graphql_connection: no edges',
      'xdt_api__v1__clips__user__connection_v2[0]: no media',
      'xdt_api__v1__clips__user__connection_v2[1]: no media',
      'xdt_api__v1__clips__user__connection_v2[2]: not an object',
    ]);
    expect(facts.posts).toEqual([]);
  });

  it('counts as digit strings are read; words, negatives, fractions and 1e20 are not', () => {
    const facts = parseInstagramApi(
      gql(
        timelineBody([
          {
            code: 'DAshape0001',
            pk: '11',
            taken_at: '1730000000',
            media_type: 2,
            like_count: '1520',
            comment_count: 'lots',
            view_count: 1e20,
            play_count: -5,
            ig_play_count: 12.5,
            fb_play_count: 321,
            user: [],
          },
          {
            code: 'DAshape0002',
            pk: '12',
            media_type: '8',
            like_count: { count: 3 },
            comment_count: null,
            video_view_count: '9007199254740993',
            user: { pk: 'abc', username: 42 },
          },
        ]),
      ),
    );
    const first = post(facts, 'DAshape0001');
    expect([
      first.likes,
      first.comments,
      first.views,
      first.takenAt,
      first.kind,
      first.ownerHandle,
      first.ownerId,
    ]).toEqual([1520, null, 321, 1730000000000, 'video', null, null]);
    const second = post(facts, 'DAshape0002');
    expect([second.likes, second.comments, second.views, second.kind, second.ownerHandle, second.ownerId]).toEqual([
      null,
      null,
      null,
      'unknown',
      null,
      null,
    ]);
    expect(facts.problems).toEqual([]);
  });

  it('ids: numbers and strings become strings; a pk number past 2^53 is not trusted; no code → the pk’s shortcode; neither → refused', () => {
    const body = timelineBody([
      { code: 123, pk: 3, id: '3_1234567', user: { pk: 1234567, username: 'brand' } },
      { pk: 3501234567890123456, id: '3501234567890123456_1234567', code: 'DAbCdEfGhIj' },
      { like_count: 4 },
      'node as text',
      null,
    ]);
    const facts = parseInstagramApi(gql(body));
    expect(facts.posts.map((p) => [p.id, p.pk, p.ownerId])).toEqual([
      ['D', '3', '1234567'],
      ['DAbCdEfGhIj', '3501234567890123456', null],
    ]);
    expect(facts.problems).toEqual([
      'xdt_api__v1__feed__user_timeline_graphql_connection[2]: no shortcode',
      'xdt_api__v1__feed__user_timeline_graphql_connection[3]: not an object',
      'xdt_api__v1__feed__user_timeline_graphql_connection[4]: no media',
    ]);
  });

  it('dates past year 5000, zero or negative are no date', () => {
    const facts = parseInstagramApi(
      gql(
        timelineBody([
          { code: 'DAdate00001', taken_at: 1735689600000 },
          { code: 'DAdate00002', taken_at: 0 },
          { code: 'DAdate00003', taken_at: -1 },
        ]),
      ),
    );
    expect(facts.posts.map((p) => p.takenAt)).toEqual([null, null, null]);
  });

  it('a post listed twice in one response is reported once (the first)', () => {
    const facts = parseInstagramApi(
      gql(
        timelineBody([
          { code: 'DAdup000001', like_count: 1 },
          { code: 'DAdup000001', like_count: 2 },
        ]),
      ),
    );
    expect(facts.posts.map((p) => p.likes)).toEqual([1]);
  });

  it('at most 20 problems, the last one counting the rest', () => {
    const facts = parseInstagramApi(gql(timelineBody(Array.from({ length: 30 }, () => 'x'))));
    expect(facts.problems.length).toBe(20);
    expect(facts.problems[18]).toBe('xdt_api__v1__feed__user_timeline_graphql_connection[18]: not an object');
    expect(facts.problems[19]).toBe('and 11 more problems');
  });
});

describe('decoys', () => {
  it('a suggested user with counts nested anywhere is never the profile', () => {
    const facts = parseInstagramApi(
      gql(
        JSON.stringify({
          data: {
            user: {
              pk: '1234567',
              username: 'brand',
              follower_count: 10,
              edge_chaining: { edges: [{ node: { username: 'decoy', follower_count: 99999999 } }] },
            },
            xdt_api__v1__discover__chaining: { users: [{ username: 'decoy2', follower_count: 5 }] },
          },
        }),
      ),
    );
    expect(facts.users.map((u) => [u.handle, u.followers?.value])).toEqual([['brand', 10]]);
  });

  it('a profile without a valid handle is not reported', () => {
    const facts = parseInstagramApi(
      gql(JSON.stringify({ data: { user: { pk: '1', username: 'brand<script>', follower_count: 10 } } })),
    );
    expect(facts.users).toEqual([]);
    expect(facts.problems).toEqual(['user: no valid handle']);
  });
});

describe('hostile strings', () => {
  const NAME = '<img src=x onerror=alert(1)>';
  const longName = `${NAME}${'x'.repeat(300)}`;
  const longBio = `${'&lt;b&gt;'}${'y'.repeat(5000)}`;
  const facts = parseInstagramApi(
    gql(
      JSON.stringify({
        data: { user: { pk: '1', username: '@Brand', full_name: longName, biography: longBio, follower_count: 1 } },
      }),
    ),
  );
  const user = facts.users[0];

  it('names and bios are clipped to the schema limits and kept as plain text', () => {
    expect(user?.displayName?.length).toBe(200);
    expect(user?.displayName?.startsWith(NAME)).toBe(true);
    expect(user?.bio?.length).toBe(4000);
    expect(user?.bio?.startsWith('&lt;b&gt;yyy')).toBe(true);
    expect(user?.handle).toBe('brand');
  });

  it('a clip never splits a surrogate pair', () => {
    const emoji = parseInstagramApi(
      gql(JSON.stringify({ data: { user: { username: 'e', full_name: `${'a'.repeat(199)}😀` } } })),
    );
    expect(emoji.users[0]?.displayName).toBe('a'.repeat(199));
  });

  it('comment texts are clipped; handles with markup are refused', () => {
    const body = JSON.stringify({ comments: [{ text: `<script>${'z'.repeat(5000)}`, user: { username: 'Viewer' } }] });
    const out = parseInstagramApi(rest('https://www.instagram.com/api/v1/media/5/comments/', body));
    expect(out.comments[0]?.comments[0]?.text.length).toBe(4000);
    expect(out.comments[0]?.comments[0]?.text.startsWith('<script>zzz')).toBe(true);
    expect(out.comments[0]?.comments[0]?.author).toBe('viewer');
    expect(out.comments[0]?.postId).toBe('F');
  });
});

describe('request (variables, REST paths)', () => {
  it('variables from the form body', () => {
    expect(parseInstagramApi(gql('', form('Q', { id: 1234567 }))).request).toEqual({
      ...EMPTY_REQUEST,
      userId: '1234567',
    });
    expect(parseInstagramApi(gql('', form('Q', { media_id: '3501234567890123456_1234567' }))).request).toEqual({
      ...EMPTY_REQUEST,
      mediaPk: '3501234567890123456',
      postId: 'DCW4koGaLrA',
    });
    expect(parseInstagramApi(gql('', form('Q', { shortcode: 'DAbCdEfGhIj', username: 'Maya.Moves' }))).request).toEqual(
      {
        ...EMPTY_REQUEST,
        handle: 'maya.moves',
        postId: 'DAbCdEfGhIj',
      },
    );
  });

  it('hostile or broken variables give nothing', () => {
    expect(parseInstagramApi(gql('', 'variables=%7Bnot json')).request).toEqual(EMPTY_REQUEST);
    expect(parseInstagramApi(gql('', 'variables=%E0%A4%A')).request).toEqual(EMPTY_REQUEST);
    expect(parseInstagramApi(gql('', form('Q', [1, 2]))).request).toEqual(EMPTY_REQUEST);
    expect(
      parseInstagramApi(
        gql('', form('Q', { id: '12ab', username: 'a b', media_id: 3501234567890123456, shortcode: '../x' })),
      ).request,
    ).toEqual(EMPTY_REQUEST);
    expect(parseInstagramApi(rest('not a url', '')).request).toEqual(EMPTY_REQUEST);
  });

  it('REST paths and query', () => {
    expect(
      parseInstagramApi(rest('https://www.instagram.com/api/v1/feed/user/1234567/?count=12&max_id=abc', '')).request
        .userId,
    ).toBe('1234567');
    expect(
      parseInstagramApi(rest('https://www.instagram.com/api/v1/feed/user/Some.Creator/username/?count=12', '')).request
        .handle,
    ).toBe('some.creator');
    expect(
      parseInstagramApi(rest('https://www.instagram.com/api/v1/media/3300000000000000001/comments/', '')).request
        .postId,
    ).toBe('C3L9IQOygAB');
  });
});

describe('bounds', () => {
  it('at most MAX_POSTS (2000) posts, the rest counted; a 5 MB body parses', () => {
    const padding = 'p'.repeat(2200);
    const nodes = Array.from({ length: 2100 }, (_, i) => ({
      code: `DAbig${String(i).padStart(6, '0')}`,
      pk: String(3500000000000000000 + i * 1000),
      taken_at: 1730000000,
      media_type: 1,
      like_count: i,
      comment_count: 1,
      caption: { text: padding },
      user: { pk: '1234567', username: 'brand' },
    }));
    const body = timelineBody(nodes);
    expect(body.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const facts = parseInstagramApi(gql(body));
    const elapsed = performance.now() - started;
    expect(facts.posts.length).toBe(2000);
    expect(facts.posts[1999]?.id).toBe('DAbig001999');
    expect(facts.problems).toEqual(['posts: 100 past the cap of 2000 skipped']);
    // Generous on a shared 2-core runner; the measured figure is in the report (well under 200 ms).
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('shortcode ↔ pk (§1.7)', () => {
  it('known pairs (worked independently)', () => {
    const pairs: Array<[string, string]> = [
      ['1', 'B'],
      ['63', '_'],
      ['64', 'BA'],
      ['4095', '__'],
      ['4096', 'BAA'],
      ['3501234567890123456', 'DCW4koGaLrA'],
      ['3300000000000000001', 'C3L9IQOygAB'],
      ['18446744073709551615', 'P__________'],
    ];
    for (const [pk, code] of pairs) {
      expect(pkToShortcode(pk)).toBe(code);
      expect(shortcodeToPk(code)).toBe(pk);
    }
  });

  it('refuses what is not a pk or a shortcode', () => {
    expect(pkToShortcode('0')).toBe(null);
    expect(pkToShortcode('-5')).toBe(null);
    expect(pkToShortcode('12a')).toBe(null);
    expect(pkToShortcode('1'.repeat(26))).toBe(null);
    expect(shortcodeToPk('')).toBe(null);
    expect(shortcodeToPk('AAAA')).toBe(null);
    expect(shortcodeToPk('ab/c')).toBe(null);
  });

  it("a private post's long shortcode names the pk of its first part", () => {
    expect(shortcodeToPk(`DCW4koGaLrA${'x'.repeat(28)}`)).toBe('3501234567890123456');
  });

  it('round trips (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 80n) - 1n }), (n) => {
        const code = pkToShortcode(n.toString());
        expect(code).not.toBe(null);
        expect(shortcodeToPk(code ?? '')).toBe(n.toString());
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[B-Za-z0-9_-][A-Za-z0-9_-]{0,10}$/), (code) => {
        const pk = shortcodeToPk(code);
        expect(pk).not.toBe(null);
        expect(pkToShortcode(pk ?? '')).toBe(code);
      }),
    );
  });
});

describe('properties', () => {
  const ROOT_KEYS = [
    'user',
    'fetch__XDTUserDict',
    'xdt_api__v1__feed__user_timeline_graphql_connection',
    'xdt_api__v1__clips__user__connection_v2',
    'xdt_api__v1__media__shortcode__web_info',
    'xdt_shortcode_media',
    'xig_polaris_media',
    'xdt_api__v1__media__media_id__comments__connection',
  ];
  const URLS = [
    GRAPHQL,
    'https://www.instagram.com/api/v1/clips/user/',
    'https://www.instagram.com/api/v1/media/3300000000000000001/comments/',
    'https://www.instagram.com/api/v1/users/web_profile_info/?username=brand',
  ];
  const SAMPLE_FILES = [
    'profile.json',
    'timeline.json',
    'reels.json',
    'reels-user-dict.json',
    'clips-rest.json',
    'web-profile-info.json',
    'post-web-info.json',
    'shortcode-media.json',
    'logged-out-post.json',
    'comments-graphql.json',
    'comments-rest.json',
  ];
  const samples = SAMPLE_FILES.map((f) => JSON.parse(sample(f)) as Json);

  function expectSound(facts: ApiFacts): void {
    // The page validates every answer against this schema (adapters/common/api-schema.ts).
    expect(apiFactsSchema.safeParse(facts).success).toBe(true);
    expect(facts.posts.length).toBeLessThanOrEqual(2000);
    const counts = [
      ...facts.posts.flatMap((p) => [p.likes, p.comments, p.views, p.shares, p.saves, p.takenAt]),
      ...facts.users.flatMap((u) => [u.followers?.value, u.following?.value, u.posts?.value, u.likesTotal?.value]),
      ...facts.comments.flatMap((c) => c.comments.map((x) => x.createdAt)),
    ];
    for (const n of counts) if (n !== null && n !== undefined) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
    const handles = [
      ...facts.users.map((u) => u.handle),
      ...facts.posts.map((p) => p.ownerHandle),
      ...facts.comments.flatMap((c) => c.comments.map((x) => x.author)),
      facts.request.handle,
    ];
    for (const h of handles) if (h !== null) expect(h).toMatch(/^[a-z0-9._]{1,64}$/);
    for (const c of facts.comments) expect(c.comments.length).toBeLessThanOrEqual(500);
  }

  it('arbitrary JSON text (fc.json) never throws and gives sound facts', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.constantFrom(...URLS),
        fc.option(fc.string(), { nil: null }),
        (text, url, requestBody) => {
          expectSound(parseInstagramApi({ url, method: 'POST', requestBody, status: 200, body: text }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary values (fc.anything) under each root key, and as edges', () => {
    const value = fc.anything({ maxDepth: 4, withNullPrototype: false }).map((v) => {
      try {
        return JSON.parse(JSON.stringify(v) ?? 'null') as Json;
      } catch {
        return null;
      }
    });
    fc.assert(
      fc.property(fc.constantFrom(...ROOT_KEYS), value, fc.array(value, { maxLength: 6 }), (key, v, edges) => {
        const asRoot = JSON.stringify({ data: { [key]: v } });
        const asEdges = JSON.stringify({
          data: {
            [key]: {
              edges: edges.map((node) => ({
                node: {
                  media: node,
                  ...(typeof node === 'object' && node !== null && !Array.isArray(node) ? node : {}),
                },
              })),
              items: edges,
            },
          },
          items: edges,
          comments: edges,
        });
        expectSound(parseInstagramApi(gql(asRoot)));
        expectSound(parseInstagramApi(gql(asEdges)));
      }),
      { numRuns: 300 },
    );
  });

  it('real-shaped samples with nodes replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: samples.length - 1 }).chain((i) => {
          const root = samples[i] ?? null;
          const paths = nodePaths(root);
          return fc.tuple(
            fc.constant(root),
            fc.array(fc.tuple(fc.constantFrom(...paths), pageJson), { minLength: 1, maxLength: 4 }),
          );
        }),
        fc.constantFrom(...URLS),
        ([root, edits], url) => {
          expectSound(
            parseInstagramApi({
              url,
              method: 'POST',
              requestBody: form('Q', { media_id: '3501234567890123456', target_user_id: '1234567' }),
              status: 200,
              body: JSON.stringify(replaceAt(root, edits)),
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hidden likes always mean unknown likes and views, whatever the numbers', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.constant(null), fc.double()),
        fc.oneof(fc.integer(), fc.constant(null)),
        (likes, views) => {
          const facts = parseInstagramApi(
            gql(
              timelineBody([
                {
                  code: 'DAhidden001',
                  like_count: likes,
                  view_count: views,
                  play_count: views,
                  like_and_view_counts_disabled: true,
                  comment_count: 2,
                },
              ]),
            ),
          );
          expect([facts.posts[0]?.likes, facts.posts[0]?.views, facts.posts[0]?.comments]).toEqual([null, null, 2]);
        },
      ),
    );
  });
});
