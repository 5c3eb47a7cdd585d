import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMMENTS_PER_POST, MAX_COUNT, MAX_NAME, MAX_POSTS, MAX_TEXT } from '../../core/page/snapshot-constants';
import type { ApiBody, ApiFacts, ApiPost, ApiUser } from '../common/api';
import { parseTikTokApi } from './api';

/**
 * TikTok /api/… bodies shaped as SITE-DATA.md §2 and §5 document them
 * (api-samples/*.json: real key names, invented values). Expected values are
 * written out; none is computed by the code under test.
 */

const BASE = 'https://www.tiktok.com';
const USER_URL = `${BASE}/api/user/detail/?aid=1988&uniqueId=maya.moves&secUid=&msToken=x`;
const LIST_URL = `${BASE}/api/post/item_list/?aid=1988&secUid=MS4wLjABAAAAmaya_moves-SECUID&count=35&cursor=0&needPinnedItemIds=true&X-Bogus=a&X-Gnarly=b`;
const DETAIL_URL = `${BASE}/api/item/detail/?itemId=7400000000000000001&from_page=video`;
const COMMENTS_URL = `${BASE}/api/comment/list/?aweme_id=7400000000000000001&count=20&cursor=0`;

function sample(name: string): string {
  return readFileSync(join(import.meta.dirname, 'api-samples', name), 'utf8');
}

function call(url: string, body: string, status = 200): ApiBody {
  return { url, method: 'GET', requestBody: null, status, body };
}

function parse(url: string, body: unknown): ApiFacts {
  return parseTikTokApi(call(url, typeof body === 'string' ? body : JSON.stringify(body)));
}

function onlyUser(facts: ApiFacts): ApiUser {
  expect(facts.users).toHaveLength(1);
  return facts.users[0] as ApiUser;
}

function post(facts: ApiFacts, id: string): ApiPost {
  const found = facts.posts.find((p) => p.id === id);
  expect(found, id).toBeDefined();
  return found as ApiPost;
}

/** A minimal valid item, for bodies built inline. */
function item(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    createTime: 1735689600,
    author: { id: '6800000000000000001', uniqueId: 'maya.moves', secUid: 'MS4wLjABAAAAmaya' },
    stats: { playCount: 5000, diggCount: 300, commentCount: 12, shareCount: 4, collectCount: 9 },
    statsV2: { playCount: '5012', diggCount: '301', commentCount: '12', shareCount: '4', collectCount: '9' },
    ...extra,
  };
}

describe('/api/user/detail/ (§2.2)', () => {
  it('reads the user, preferring exact statsV2', () => {
    const facts = parseTikTokApi(call(USER_URL, sample('user-detail.json')));
    expect(facts.platform).toBe('tiktok');
    expect(facts.shapes).toEqual(['userInfo']);
    expect(facts.problems).toEqual([]);
    expect(facts.posts).toEqual([]);
    const user = onlyUser(facts);
    expect(user.handle).toBe('maya.moves');
    expect(user.id).toBe('6800000000000000001');
    expect(user.secUid).toBe('MS4wLjABAAAAmaya_moves-SECUID');
    expect(user.displayName).toBe('Maya Moves');
    expect(user.bio).toBe('Dance + travel ✈️\nbookings: maya@example.com');
    expect(user.verified).toBe(true);
    expect(user.isPrivate).toBe(false);
    expect(user.followers).toEqual({ value: 427682, exact: true });
    expect(user.following).toEqual({ value: 80, exact: true });
    expect(user.posts).toEqual({ value: 310, exact: true });
    expect(user.likesTotal).toEqual({ value: 45012399, exact: true });
    expect(user.via).toBe('api: userInfo.user + userInfo.statsV2');
  });

  it('takes uniqueId from the URL; an empty secUid= is no secUid', () => {
    const facts = parseTikTokApi(call(USER_URL, sample('user-detail.json')));
    expect(facts.request).toEqual({ userId: null, handle: 'maya.moves', secUid: null, mediaPk: null, postId: null });
  });

  it('§5.7: a userInfo without statsV2 gives the stats, approximate where they look rounded', () => {
    const user = onlyUser(parseTikTokApi(call(USER_URL, sample('user-detail-no-statsv2.json'))));
    expect(user.handle).toBe('old.account');
    expect(user.followers).toEqual({ value: 1200000, exact: false });
    // 312 and 95 cannot be the result of rounding (stats-exactness.ts).
    expect(user.following).toEqual({ value: 312, exact: true });
    expect(user.posts).toEqual({ value: 95, exact: true });
    expect(user.likesTotal).toEqual({ value: 45000000, exact: false });
    expect(user.bio).toBeNull(); // signature ""
    expect(user.via).toBe('api: userInfo.user + userInfo.stats');
  });

  it('§5.6: a statsV2 value equal to the rounded stats value is not exact', () => {
    const body = {
      userInfo: {
        user: { uniqueId: 'maya.moves' },
        stats: { followerCount: 427700, followingCount: 1000, videoCount: 310, heartCount: 866000 },
        statsV2: { followerCount: '427700', followingCount: '1000', videoCount: '310', heartCount: '866001' },
      },
      statusCode: 0,
    };
    const user = onlyUser(parse(USER_URL, body));
    expect(user.followers).toEqual({ value: 427700, exact: false });
    expect(user.following).toEqual({ value: 1000, exact: false });
    expect(user.posts).toEqual({ value: 310, exact: true });
    expect(user.likesTotal).toEqual({ value: 866001, exact: true });
  });

  it('statsV2 without stats: exact unless it looks rounded (≥ 1000, multiple of 100)', () => {
    const body = {
      userInfo: {
        user: { uniqueId: 'maya.moves' },
        statsV2: { followerCount: '427700', followingCount: '427682', videoCount: '900', heart: '2000' },
      },
    };
    const user = onlyUser(parse(USER_URL, body));
    expect(user.followers).toEqual({ value: 427700, exact: false });
    expect(user.following).toEqual({ value: 427682, exact: true });
    expect(user.posts).toEqual({ value: 900, exact: true });
    // heartCount absent: `heart` is the total likes.
    expect(user.likesTotal).toEqual({ value: 2000, exact: false });
  });

  it('a statsV2 value that is not a count falls back to stats, with a note', () => {
    const body = {
      userInfo: {
        user: { uniqueId: 'maya.moves' },
        stats: { followerCount: 1200000 },
        statsV2: { followerCount: '1.2M' },
      },
    };
    const facts = parse(USER_URL, body);
    expect(onlyUser(facts).followers).toEqual({ value: 1200000, exact: false });
    expect(facts.problems).toEqual(['userInfo.statsV2.followerCount: unexpected string']);
  });

  it('a user without a valid uniqueId is not reported', () => {
    const facts = parse(USER_URL, {
      userInfo: { user: { uniqueId: 'not a handle!', id: '1' }, stats: { followerCount: 5 } },
    });
    expect(facts.users).toEqual([]);
    expect(facts.problems).toEqual(['userInfo.user: no valid uniqueId']);
    expect(parse(USER_URL, { userInfo: { stats: { followerCount: 5 } } }).problems).toEqual(['userInfo: no user']);
  });
});

describe('/api/post/item_list/ and /api/creator/item_list/ (§2.3)', () => {
  const facts = parseTikTokApi(call(LIST_URL, sample('item-list.json')));

  it('keeps the creator’s posts; ads and live rooms are skipped quietly', () => {
    expect(facts.shapes).toEqual(['itemList']);
    expect(facts.problems).toEqual([]);
    expect(facts.posts.map((p) => p.id)).toEqual(['7400000000000000001', '7400000000000000002', '7400000000000000005']);
  });

  it('reads exact statsV2 counts, pinned, owner and date', () => {
    const p = post(facts, '7400000000000000001');
    expect(p.views).toBe(1776621);
    expect(p.likes).toBe(22609);
    expect(p.comments).toBe(15955);
    expect(p.shares).toBe(259);
    expect(p.saves).toBe(2787);
    expect(p.exact).toBe(true);
    expect(p.pinned).toBe(true);
    expect(p.kind).toBe('video');
    expect(p.takenAt).toBe(1735689600000);
    expect(p.pk).toBeNull();
    expect(p.ownerHandle).toBe('maya.moves');
    expect(p.ownerId).toBe('6800000000000000001');
    expect(p.ownerSecUid).toBe('MS4wLjABAAAAmaya_moves-SECUID');
    expect(p.via).toBe('api: itemList[]');
  });

  it('§5.6: "866000" equal to stats makes the post approximate; createTime and collectCount as strings', () => {
    const p = post(facts, '7400000000000000002');
    expect(p.views).toBe(866000);
    expect(p.likes).toBe(59149);
    expect(p.saves).toBe(966);
    expect(p.exact).toBe(false);
    expect(p.pinned).toBe(false);
    expect(p.takenAt).toBe(1735603200000);
  });

  it('a photo post with three images is a carousel', () => {
    const p = post(facts, '7400000000000000005');
    expect(p.kind).toBe('carousel');
    expect(p.views).toBe(14200000);
    expect(p.likes).toBe(1203917);
    expect(p.exact).toBe(false); // "14200000" equals stats
  });

  it('a photo post with one image is an image; a malformed imagePost is unknown', () => {
    const one = parse(LIST_URL, {
      itemList: [item('7400000000000000011', { imagePost: { images: [{ imageURL: {} }] } })],
    });
    expect(one.posts[0]?.kind).toBe('image');
    const bad = parse(LIST_URL, { itemList: [item('7400000000000000012', { imagePost: 'yes' })] });
    expect(bad.posts[0]?.kind).toBe('unknown');
    expect(bad.problems).toEqual(['itemList[0].imagePost: unexpected string']);
  });

  it('reports the author from authorStats, always approximate (§5.6), and no decoy', () => {
    const user = onlyUser(facts);
    expect(user.handle).toBe('maya.moves');
    expect(user.followers).toEqual({ value: 427700, exact: false });
    expect(user.following).toEqual({ value: 80, exact: false });
    expect(user.posts).toEqual({ value: 310, exact: false });
    expect(user.likesTotal).toEqual({ value: 45000000, exact: false });
    expect(user.via).toBe('api: itemList[].author + authorStats (rounded)');
    // The ad's author, the mention and the duet source are never users.
    expect(facts.users.map((u) => u.handle)).toEqual(['maya.moves']);
  });

  it('a non-round authorStatsV2 is still approximate', () => {
    const body = {
      itemList: [
        item('7400000000000000001', {
          authorStats: { followerCount: 427700 },
          authorStatsV2: { followerCount: '427682' },
        }),
      ],
    };
    expect(onlyUser(parse(LIST_URL, body)).followers).toEqual({ value: 427682, exact: false });
  });

  it('userInfo in the same body wins over authorStats', () => {
    const body = {
      userInfo: {
        user: { uniqueId: 'maya.moves' },
        stats: { followerCount: 427700 },
        statsV2: { followerCount: '427682' },
      },
      itemList: [
        item('7400000000000000001', {
          authorStats: { followerCount: 427700 },
          authorStatsV2: { followerCount: '427700' },
        }),
      ],
    };
    const facts2 = parse(LIST_URL, body);
    expect(facts2.shapes).toEqual(['userInfo', 'itemList']);
    expect(onlyUser(facts2).followers).toEqual({ value: 427682, exact: true });
  });

  it('fills request.secUid from the URL (items without authors are tied by it)', () => {
    expect(facts.request).toEqual({
      userId: null,
      handle: null,
      secUid: 'MS4wLjABAAAAmaya_moves-SECUID',
      mediaPk: null,
      postId: null,
    });
    const noAuthor = parse(LIST_URL, { itemList: [{ id: '7400000000000000001', statsV2: { diggCount: '7' } }] });
    expect(noAuthor.posts[0]?.ownerHandle).toBeNull();
    expect(noAuthor.posts[0]?.likes).toBe(7);
    expect(noAuthor.users).toEqual([]);
    expect(noAuthor.problems).toEqual([]);
  });

  it('§5.9: a single item, cursor as a string, statsV2 only', () => {
    const single = parseTikTokApi(
      call(
        `${BASE}/api/creator/item_list/?secUid=MS4wLjABAAAAtiny&cursor=1767225600000&type=1`,
        sample('item-list-single.json'),
      ),
    );
    expect(single.problems).toEqual([]);
    expect(single.posts).toHaveLength(1);
    const p = post(single, '7500000000000000042');
    expect(p.views).toBe(1234);
    expect(p.likes).toBe(56);
    expect(p.comments).toBe(7);
    expect(p.shares).toBe(0);
    expect(p.saves).toBe(3);
    expect(p.exact).toBe(true);
    expect(p.takenAt).toBe(1767225600000);
    expect(p.ownerHandle).toBe('tiny.creator');
    expect(single.users.map((u) => u.handle)).toEqual(['tiny.creator']);
    expect(single.users[0]?.followers).toBeNull();
  });

  it('collectCount as a string in stats, no statsV2: approximate when a count looks rounded', () => {
    const body = {
      itemList: [
        item('7400000000000000001', {
          statsV2: undefined,
          stats: { diggCount: 10, collectCount: '966', playCount: 1800000 },
        }),
      ],
    };
    const p = parse(LIST_URL, body).posts[0];
    expect(p?.saves).toBe(966);
    expect(p?.likes).toBe(10);
    expect(p?.views).toBe(1_800_000);
    expect(p?.exact).toBe(false);
  });

  it('reads item_list (snake case) too, and an empty list sent as null', () => {
    const snake = parse(LIST_URL, { item_list: [item('7400000000000000001')], cursor: 0, hasMore: false });
    expect(snake.shapes).toEqual(['item_list']);
    expect(snake.posts.map((p) => p.id)).toEqual(['7400000000000000001']);
    const empty = parse(LIST_URL, { itemList: null, cursor: '0', hasMore: false, statusCode: 0 });
    expect(empty.posts).toEqual([]);
    expect(empty.problems).toEqual([]);
    // No items at all: only the envelope, which is normal.
    expect(parse(LIST_URL, { cursor: '0', hasMore: false, statusCode: 0 }).problems).toEqual([]);
  });

  it('an old-shape string author gives the owner handle only, and no user', () => {
    const facts2 = parse(LIST_URL, { itemList: [item('7400000000000000001', { author: 'Maya.Moves' })] });
    expect(facts2.posts[0]?.ownerHandle).toBe('maya.moves');
    expect(facts2.posts[0]?.ownerId).toBeNull();
    expect(facts2.users).toEqual([]);
  });

  it('the same video twice is one post', () => {
    const facts2 = parse(LIST_URL, { itemList: [item('7400000000000000001'), item('7400000000000000001')] });
    expect(facts2.posts).toHaveLength(1);
  });

  it('pinned only when isPinnedItem is true', () => {
    const facts2 = parse(LIST_URL, {
      itemList: [
        item('7400000000000000001', { isPinnedItem: true }),
        item('7400000000000000002', { isPinnedItem: 'true' }),
        item('7400000000000000003', { isPinnedItem: false }),
        item('7400000000000000004'),
      ],
    });
    expect(facts2.posts.map((p) => p.pinned)).toEqual([true, false, false, false]);
    expect(facts2.problems).toEqual(['itemList[1].isPinnedItem: unexpected string']);
  });
});

describe('/api/item/detail/ (§2.4)', () => {
  it('reads the one item and its author', () => {
    const facts = parseTikTokApi(call(DETAIL_URL, sample('item-detail.json')));
    expect(facts.shapes).toEqual(['itemInfo']);
    expect(facts.problems).toEqual([]);
    expect(facts.request.postId).toBe('7400000000000000001');
    expect(facts.posts).toHaveLength(1);
    const p = post(facts, '7400000000000000001');
    expect(p.likes).toBe(10500);
    expect(p.views).toBe(295000);
    expect(p.comments).toBe(1256);
    expect(p.shares).toBe(908);
    expect(p.saves).toBe(966);
    // "10500" and "295000" equal the rounded stats: not exact.
    expect(p.exact).toBe(false);
    expect(p.takenAt).toBe(1735689600000);
    expect(p.ownerHandle).toBe('creator');
    expect(p.ownerSecUid).toBe('MS4wLjABAAAAcreator');
    expect(p.via).toBe('api: itemInfo.itemStruct');
    const user = onlyUser(facts);
    expect(user.handle).toBe('creator');
    expect(user.followers).toBeNull();
  });

  it('an itemInfo without itemStruct is a note', () => {
    const facts = parse(DETAIL_URL, { itemInfo: {}, statusCode: 0 });
    expect(facts.posts).toEqual([]);
    expect(facts.problems).toEqual(['itemInfo: no itemStruct']);
  });
});

describe('/api/comment/list/ (§2.5)', () => {
  it('reads commenters by unique_id; an image-only comment keeps text ""', () => {
    const facts = parseTikTokApi(call(COMMENTS_URL, sample('comment-list.json')));
    expect(facts.shapes).toEqual(['comments']);
    expect(facts.comments).toHaveLength(1);
    const page = facts.comments[0];
    expect(page?.postId).toBe('7400000000000000001');
    expect(page?.mediaPk).toBeNull();
    expect(page?.via).toBe('api: comments[]');
    expect(page?.comments).toEqual([
      { author: 'viewer_1', text: 'nice', createdAt: 1735690000000 },
      { author: 'viewer.two', text: '', createdAt: 1735690100000 },
    ]);
    // The comment without unique_id is skipped (no nickname fallback); commenters are never users.
    expect(facts.problems).toEqual(['comments[2]: no valid user.unique_id, skipped']);
    expect(facts.users).toEqual([]);
    expect(facts.posts).toEqual([]);
  });

  it('comments null or missing: nothing, and no problem', () => {
    const nul = parseTikTokApi(call(COMMENTS_URL, sample('comment-list-null.json')));
    expect(nul.shapes).toEqual(['comments']);
    expect(nul.comments).toEqual([]);
    expect(nul.problems).toEqual([]);
    const missing = parse(COMMENTS_URL, { cursor: 0, has_more: 0, total: 0, status_code: 0 });
    expect(missing.shapes).toEqual([]);
    expect(missing.problems).toEqual([]);
  });

  it('postId falls back to the request’s aweme_id', () => {
    const facts = parse(COMMENTS_URL, {
      comments: [{ text: 'hi', create_time: 1735690000, user: { unique_id: 'fan' } }],
    });
    expect(facts.comments).toEqual([
      {
        postId: '7400000000000000001',
        mediaPk: null,
        comments: [{ author: 'fan', text: 'hi', createdAt: 1735690000000 }],
        via: 'api: comments[]',
      },
    ]);
  });

  it('keeps at most MAX_COMMENTS_PER_POST comments per post', () => {
    const comments = Array.from({ length: 700 }, (_, i) => ({
      aweme_id: '7400000000000000001',
      text: `c${i}`,
      user: { unique_id: `u${i}` },
    }));
    const facts = parse(COMMENTS_URL, { comments });
    expect(facts.comments[0]?.comments).toHaveLength(500);
    expect(facts.comments[0]?.comments[499]?.author).toBe('u499');
  });
});

describe('status codes, empty and malformed bodies', () => {
  it('statusCode 10201: no facts, one note', () => {
    const facts = parseTikTokApi(call(DETAIL_URL, sample('status-10201.json')));
    expect(facts.problems).toEqual(['statusCode 10201 (not found)']);
    expect(facts.users).toEqual([]);
    expect(facts.posts).toEqual([]);
    expect(facts.shapes).toEqual([]);
  });

  it('status_code alone, or an unknown code, is read too', () => {
    expect(parse(COMMENTS_URL, { status_code: 8, comments: [] }).problems).toEqual(['statusCode 8']);
    expect(parse(COMMENTS_URL, { status_code: 0, statusCode: '10202' }).problems).toEqual([
      'statusCode 10202 (no such account)',
    ]);
  });

  it('statusCode 10222: the private user, marked private, and nothing else', () => {
    const facts = parseTikTokApi(call(USER_URL, sample('status-10222.json')));
    expect(facts.problems).toEqual(['statusCode 10222 (private)']);
    const user = onlyUser(facts);
    expect(user.handle).toBe('locked.down');
    expect(user.isPrivate).toBe(true);
    expect(user.followers).toEqual({ value: 5120, exact: true });
    expect(user.posts).toEqual({ value: 14, exact: true });
    expect(facts.posts).toEqual([]);
  });

  it('§2.1: an empty 200 body is normal: no facts, no problems', () => {
    for (const body of ['', '   \n', '\r\n\t']) {
      const facts = parseTikTokApi(call(LIST_URL, body));
      expect(facts.problems).toEqual([]);
      expect(facts.posts).toEqual([]);
      expect(facts.users).toEqual([]);
      expect(facts.shapes).toEqual([]);
      expect(facts.request.secUid).toBe('MS4wLjABAAAAmaya_moves-SECUID');
    }
  });

  it('an HTTP error is a note, and its body is not read', () => {
    expect(parseTikTokApi(call(LIST_URL, sample('item-list.json'), 403)).problems).toEqual(['HTTP 403: body not read']);
    expect(parseTikTokApi(call(LIST_URL, sample('item-list.json'), 403)).posts).toEqual([]);
    expect(parseTikTokApi(call(LIST_URL, '', 429)).problems).toEqual(['HTTP 429']);
  });

  it('malformed JSON and wrong roots are notes', () => {
    expect(parse(LIST_URL, '{"itemList":[{"id":"74').problems).toEqual(['body is not valid JSON']);
    expect(parse(LIST_URL, '<html>Access Denied</html>').problems).toEqual(['body is not valid JSON']);
    expect(parse(LIST_URL, '[1,2]').problems).toEqual(['root is not an object']);
    expect(parse(LIST_URL, 'null').problems).toEqual(['root is not an object']);
    expect(parse(LIST_URL, '42').problems).toEqual(['root is not an object']);
    expect(parse(LIST_URL, '{"data":{"user":{}}}').problems).toEqual(['no known root key']);
  });

  it('a BOM before the JSON is tolerated', () => {
    expect(parse(LIST_URL, `\uFEFF${sample('item-list-single.json')}`).posts).toHaveLength(1);
  });

  it('an unreadable request URL is a note; the body is still read', () => {
    const facts = parseTikTokApi(call('not a url', sample('item-list-single.json')));
    expect(facts.problems).toEqual(['request URL not readable']);
    expect(facts.posts).toHaveLength(1);
  });
});

describe('wrong shapes cost only the bad value', () => {
  it('arrays where objects belong', () => {
    expect(parse(LIST_URL, { itemList: { 0: item('7400000000000000001') } }).problems).toEqual([
      'itemList: unexpected object',
    ]);
    expect(parse(USER_URL, { userInfo: [] }).problems).toEqual(['userInfo: unexpected array']);
    expect(parse(DETAIL_URL, { itemInfo: { itemStruct: [] } }).problems).toEqual([
      'itemInfo.itemStruct: unexpected array',
    ]);
    const facts = parse(LIST_URL, {
      itemList: [item('7400000000000000001', { stats: [1, 2], statsV2: { diggCount: '5' } })],
    });
    expect(facts.posts[0]?.likes).toBe(5);
    expect(facts.problems).toEqual(['itemList[0].stats: unexpected array']);
  });

  it('negative, fractional, huge and abbreviated counts are null, with notes', () => {
    const body = {
      itemList: [
        item('7400000000000000001', {
          stats: {},
          statsV2: {
            playCount: -5,
            diggCount: 12.5,
            commentCount: 1e300,
            shareCount: '1.2M',
            collectCount: '99999999999999',
          },
        }),
      ],
    };
    const facts = parse(LIST_URL, body);
    const p = facts.posts[0];
    expect([p?.views, p?.likes, p?.comments, p?.shares, p?.saves]).toEqual([null, null, null, null, null]);
    expect(facts.problems).toEqual([
      'itemList[0].statsV2.playCount: unexpected negative number',
      'itemList[0].statsV2.diggCount: unexpected fraction',
      'itemList[0].statsV2.commentCount: unexpected number out of range',
      'itemList[0].statsV2.shareCount: unexpected string',
      'itemList[0].statsV2.collectCount: unexpected number out of range',
    ]);
  });

  it('NaN and Infinity are not JSON: the body is refused whole', () => {
    expect(parse(LIST_URL, '{"itemList":[{"id":"7400000000000000001","stats":{"diggCount":NaN}}]}').problems).toEqual([
      'body is not valid JSON',
    ]);
  });

  it('one bad item never spoils the rest', () => {
    const body = {
      itemList: [
        null,
        42,
        'x',
        { id: 7400000000000000001 },
        { desc: 'no id' },
        { id: '12' },
        item('7400000000000000002'),
        { id: '7400000000000000003', createTime: 999999999999, author: { uniqueId: ['x'] } },
      ],
    };
    const facts = parse(LIST_URL, body);
    expect(facts.posts.map((p) => p.id)).toEqual(['7400000000000000002', '7400000000000000003']);
    expect(facts.posts[0]?.likes).toBe(301);
    expect(facts.posts[0]?.exact).toBe(true);
    expect(facts.posts[1]?.takenAt).toBeNull();
    expect(facts.posts[1]?.ownerHandle).toBeNull();
    expect(facts.problems).toEqual([
      'itemList[0]: empty',
      'itemList[1]: unexpected number',
      'itemList[2]: unexpected string',
      'itemList[3].id: unexpected number out of range',
      'itemList[4]: no id',
      'itemList[5].id: unexpected string',
      'itemList[7].author.uniqueId: unexpected array',
      'itemList[7].author: no valid uniqueId',
      'itemList[7].createTime: not a date in seconds',
    ]);
  });

  it('createTime 0 is unknown, not 1970', () => {
    expect(
      parse(LIST_URL, { itemList: [item('7400000000000000001', { createTime: 0 })] }).posts[0]?.takenAt,
    ).toBeNull();
  });
});

describe('decoys and hostile strings', () => {
  it('nested users (mentions, challenges, duets, comment users, a nested userInfo) never become users', () => {
    const body = {
      itemList: [
        item('7400000000000000001', {
          author: { uniqueId: 'maya.moves' },
          mentions: [{ uniqueId: 'mention.one', followerCount: 1 }],
          challenges: [{ title: 'x', author: { uniqueId: 'challenge.owner' } }],
          duetInfo: {
            duetFromId: '7300000000000000009',
            author: { uniqueId: 'duet.source' },
            authorStats: { followerCount: 9 },
          },
          comments: [{ user: { unique_id: 'inline.commenter', follower_count: 99 } }],
          userInfo: { user: { uniqueId: 'nested.user' }, stats: { followerCount: 1 } },
        }),
      ],
      extra: { userInfo: { user: { uniqueId: 'extra.user' }, statsV2: { followerCount: '5' } } },
    };
    const facts = parse(LIST_URL, body);
    expect(facts.users.map((u) => u.handle)).toEqual(['maya.moves']);
    expect(facts.comments).toEqual([]);
  });

  it('hostile text is clipped plain text; hostile handles and ids are refused without quoting them', () => {
    const marker = 'SECRETMARKER';
    const body = {
      userInfo: {
        user: {
          uniqueId: 'Maya.Moves',
          id: `${marker}<img src=x onerror=alert(1)>`,
          secUid: `javascript:alert('${marker}')`,
          nickname: `<script>${marker}</script>${'n'.repeat(5000)}`,
          signature: `a\u0000b\u001Bc\u202Ed\uD800e\n${'s'.repeat(9000)}`,
        },
        statsV2: { followerCount: `${marker}` },
      },
      itemList: [
        item('7400000000000000001', { author: { uniqueId: `${marker}<b>`, secUid: '../../etc' } }),
        item('7400000000000000002', { author: `@${marker}!` }),
      ],
      comments: [
        { aweme_id: '7400000000000000001', text: `${'🔥'.repeat(3000)}`, user: { unique_id: 'fan' } },
        { aweme_id: '7400000000000000001', text: 'hi', user: { unique_id: `${marker} OR 1=1` } },
      ],
    };
    const facts = parse(LIST_URL, body);
    const user = onlyUser(facts);
    expect(user.handle).toBe('maya.moves');
    expect(user.id).toBeNull();
    expect(user.secUid).toBeNull();
    expect(user.followers).toBeNull();
    expect(user.displayName?.length).toBe(MAX_NAME);
    expect(user.displayName?.startsWith(`<script>${marker}</script>nnn`)).toBe(true);
    expect(user.bio?.startsWith('abcd\uFFFDe\nsss')).toBe(true);
    expect(user.bio?.length).toBe(MAX_TEXT);
    expect(facts.posts.map((p) => p.ownerHandle)).toEqual([null, null]);
    expect(facts.posts[0]?.ownerSecUid).toBeNull();
    const text = facts.comments[0]?.comments[0]?.text ?? '';
    // 🔥 is two UTF-16 units: cut on a pair boundary.
    expect(text.length).toBe(MAX_TEXT);
    expect(text.endsWith('🔥')).toBe(true);
    expect(facts.comments[0]?.comments.map((c) => c.author)).toEqual(['fan']);
    for (const note of facts.problems) expect(note).not.toContain(marker);
    expect(facts.problems.length).toBeGreaterThan(0);
  });
});

/** An item with the weight of a real one (~6.5 kB: video, music, textExtra, URLs). */
function realisticItem(i: number): Record<string, unknown> {
  const url = (k: string) =>
    `https://v16-webapp-prime.tiktok.com/video/tos/useast2a/tos-useast2a-pve-0068/${k}${i}/?a=1988&bti=NEBzNTY6QGo6OjZALnAjNDQuYCMxNDNg&ch=0&cr=3&dr=0&lr=all&cd=0%7C0%7C0%7C&cv=1&br=2400&bt=1200&cs=0&ds=6&ft=-Csk_mPVPD12N8X3R-iElR5e9&mime_type=video_mp4&qs=0&rc=ZDk6ZmY0OWk7Nzg1ZzU8aUBpM2x4c3k5cmRqdTMzZjczM0BgLi41XzBfXjAxLmBfYTQwYSNhcmlfMmRzbmBgLS1kMWNzcw%3D%3D&l=2025010112000000000000000000&btag=e00088000`;
  return {
    id: String(7400000000000000000n + BigInt(i)),
    desc: `Day ${i} of the challenge! #fyp #dance #travel @friend.${i} ${'words '.repeat(20)}`,
    createTime: 1735689600 - i * 86400,
    scheduleTime: 0,
    video: {
      id: String(7400000000000000000n + BigInt(i)),
      height: 1024,
      width: 576,
      duration: 34,
      ratio: '540p',
      cover: url('cover'),
      dynamicCover: url('dynamic'),
      playAddr: url('play'),
      downloadAddr: url('download'),
      bitrate: 1200000,
      encodedType: 'normal',
      format: 'mp4',
      videoQuality: 'normal',
      encodeUserTag: '',
      codecType: 'h264',
      definition: '540p',
      subtitleInfos: [
        {
          LanguageID: '2',
          LanguageCodeName: 'eng-US',
          Url: '',
          UrlExpire: 1736000000,
          Format: 'webvtt',
          Version: '1',
          Source: 'ASR',
          VideoSubtitleID: 1,
          Size: 2048,
        },
      ],
      bitrateInfo: [
        {
          GearName: 'normal_540_0',
          Bitrate: 1200000,
          QualityType: 20,
          PlayAddr: { UrlList: [url('b1')] },
          CodecType: 'h264',
        },
      ],
    },
    author: {
      id: '6800000000000000001',
      shortId: '',
      uniqueId: 'maya.moves',
      nickname: 'Maya Moves',
      avatarLarger: url('avl'),
      avatarThumb: url('avt'),
      signature: 'Dance + travel ✈️',
      createTime: 1500000000,
      verified: true,
      secUid: 'MS4wLjABAAAAmaya_moves-SECUID',
      ftc: false,
      relation: 0,
      openFavorite: false,
      commentSetting: 0,
      duetSetting: 0,
      stitchSetting: 0,
      privateAccount: false,
      secret: false,
      isADVirtual: false,
      downloadSetting: 0,
    },
    music: {
      id: '7300000000000000123',
      title: `original sound - maya.moves ${i}`,
      playUrl: url('music'),
      coverLarge: url('mcl'),
      coverThumb: url('mct'),
      authorName: 'Maya Moves',
      original: true,
      duration: 34,
      album: '',
    },
    challenges: [
      {
        id: '229207',
        title: 'fyp',
        desc: '',
        profileLarger: '',
        profileMedium: '',
        profileThumb: '',
        coverLarger: '',
        coverMedium: '',
        coverThumb: '',
      },
      {
        id: '13171',
        title: 'dance',
        desc: '',
        profileLarger: '',
        profileMedium: '',
        profileThumb: '',
        coverLarger: '',
        coverMedium: '',
        coverThumb: '',
      },
    ],
    stats: { diggCount: 22600, shareCount: 259, commentCount: 16000, playCount: 1800000, collectCount: 2787 },
    statsV2: {
      diggCount: String(22609 + i),
      shareCount: '259',
      commentCount: '15955',
      playCount: String(1776621 + i),
      collectCount: '2787',
      repostCount: '0',
    },
    authorStats: {
      followerCount: 427700,
      followingCount: 80,
      heart: 45000000,
      heartCount: 45000000,
      videoCount: 310,
      diggCount: 0,
    },
    authorStatsV2: {
      followerCount: '427700',
      followingCount: '80',
      heart: '45000000',
      heartCount: '45000000',
      videoCount: '310',
      diggCount: '0',
    },
    duetInfo: { duetFromId: '0' },
    textExtra: [
      {
        awemeId: '',
        start: 22,
        end: 26,
        hashtagName: 'fyp',
        hashtagId: '229207',
        type: 1,
        subType: 0,
        userId: '',
        isCommerce: false,
        userUniqueId: '',
        secUid: '',
      },
      {
        awemeId: '',
        start: 40,
        end: 52,
        hashtagName: '',
        hashtagId: '',
        type: 0,
        subType: 0,
        userId: '6811111111111111111',
        isCommerce: false,
        userUniqueId: `friend.${i}`,
        secUid: 'MS4wLjABAAAAfriend',
      },
    ],
    isPinnedItem: i < 3,
    isAd: false,
    adAuthorization: false,
    brandOrganicType: null,
    itemCommentStatus: 0,
    diversificationLabels: ['Dance', 'Performance'],
    locationCreated: 'US',
    stickersOnItem: [{ stickerType: 4, stickerText: ['Day ' + i] }],
    contents: [{ desc: `Day ${i} of the challenge!`, textExtra: [] }],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeParse(body: ApiBody, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parseTikTokApi(body);
    times.push(performance.now() - start);
  }
  return median(times);
}

describe('bounded and fast', () => {
  it('a 200 kB item_list of 30 realistic items: median parse time', () => {
    const text = JSON.stringify({
      itemList: Array.from({ length: 30 }, (_, i) => realisticItem(i)),
      cursor: '1735000000000',
      hasMore: true,
      statusCode: 0,
    });
    expect(text.length).toBeGreaterThan(180_000);
    expect(text.length).toBeLessThan(260_000);
    const body = call(LIST_URL, text);
    const facts = parseTikTokApi(body);
    expect(facts.posts).toHaveLength(30);
    expect(facts.problems).toEqual([]);
    expect(facts.posts[0]?.likes).toBe(22609);
    expect(facts.posts[0]?.exact).toBe(true);
    expect(facts.posts.filter((p) => p.pinned)).toHaveLength(3);
    const ms = timeParse(body, 41);
    console.info(
      `TikTok API parse, ${(text.length / 1000).toFixed(0)} kB item_list, 30 items: median ${ms.toFixed(2)} ms`,
    );
    expect(ms).toBeLessThan(50);
  });

  it('a 5 MB body parses well under 200 ms and keeps at most MAX_POSTS posts', () => {
    const items: unknown[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const one = realisticItem(i);
      items.push(one);
      size += JSON.stringify(one).length;
    }
    const text = JSON.stringify({ itemList: items, cursor: 0, hasMore: true });
    expect(text.length).toBeGreaterThan(5_000_000);
    const body = call(LIST_URL, text);
    const facts = parseTikTokApi(body);
    expect(facts.posts.length).toBe(items.length);
    const ms = timeParse(body, 5);
    const parseOnly = median(
      Array.from({ length: 5 }, () => {
        const start = performance.now();
        JSON.parse(text);
        return performance.now() - start;
      }),
    );
    console.info(
      `TikTok API parse, ${(text.length / 1e6).toFixed(1)} MB item_list, ${items.length} items: median ${ms.toFixed(1)} ms (JSON.parse alone ${parseOnly.toFixed(1)} ms)`,
    );
    // The target is well under 200 ms; the bound leaves room for a loaded 2-core CI machine.
    expect(ms).toBeLessThan(400);
  });

  it('a body with every field of every item wrong stays fast, and its notes bounded', () => {
    const bad = {
      author: { uniqueId: 5, id: [], secUid: 1, nickname: 3, signature: 4, verified: 'x', privateAccount: 'y' },
      stats: { playCount: 'a', diggCount: 'b', commentCount: 'c', shareCount: 'd', collectCount: 'e' },
      statsV2: { playCount: -1, diggCount: -1, commentCount: -1, shareCount: -1, collectCount: -1 },
      authorStats: [],
      createTime: 'x',
      isPinnedItem: 1,
      isAd: 2,
      imagePost: 3,
    };
    const items = Array.from({ length: 5000 }, (_, i) => ({ ...bad, id: String(7400000000000000000n + BigInt(i)) }));
    const body = call(LIST_URL, JSON.stringify({ itemList: items }));
    const facts = parseTikTokApi(body);
    expect(facts.posts).toHaveLength(2000);
    expect(facts.posts[0]?.likes).toBeNull();
    expect(facts.users).toEqual([]);
    expect(facts.problems).toHaveLength(41);
    expect(facts.problems[40]).toMatch(/^\d+ more problems not listed$/u);
    const ms = timeParse(body, 3);
    console.info(
      `TikTok API parse, ${(body.body.length / 1e6).toFixed(1)} MB of wrong fields, 5000 items: median ${ms.toFixed(1)} ms`,
    );
    expect(ms).toBeLessThan(400);
  });

  it('more than MAX_POSTS items: the first MAX_POSTS kept, with a note', () => {
    const ids = Array.from({ length: MAX_POSTS + 300 }, (_, i) => ({
      id: String(7400000000000000000n + BigInt(i)),
      statsV2: { diggCount: '1' },
    }));
    const facts = parse(LIST_URL, { itemList: ids });
    expect(facts.posts).toHaveLength(2000);
    expect(facts.posts[1999]?.id).toBe('7400000000000001999');
    expect(facts.problems).toEqual(['itemList: more than 2000 posts, the rest not read']);
  });

  it('a 5 MB body of junk or deep nesting does not hang', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const start = performance.now();
    expect(parse(LIST_URL, deep).problems).toEqual(['root is not an object']);
    expect(parse(LIST_URL, `{"itemList":${deep}}`).problems).toEqual(['itemList[0]: unexpected array']);
    expect(parse(LIST_URL, `{"itemList":[${'1,'.repeat(2_500_000)}1]}`).posts).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

// ——— properties ———

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const urls = fc.constantFrom(
  USER_URL,
  LIST_URL,
  DETAIL_URL,
  COMMENTS_URL,
  'not a url',
  `${BASE}/api/post/item_list/?secUid=%00&itemId=${'9'.repeat(40)}`,
);
const HANDLE = /^[a-z0-9._]{1,64}$/u;

function countOk(n: number | null): boolean {
  return n === null || (Number.isSafeInteger(n) && n >= 0 && n <= MAX_COUNT);
}

function checkInvariants(facts: ApiFacts): void {
  expect(facts.platform).toBe('tiktok');
  expect(facts.posts.length).toBeLessThanOrEqual(MAX_POSTS);
  for (const user of facts.users) {
    expect(user.handle).toMatch(HANDLE);
    for (const c of [user.followers, user.following, user.posts, user.likesTotal])
      if (c) expect(countOk(c.value)).toBe(true);
    expect((user.displayName ?? '').length).toBeLessThanOrEqual(MAX_NAME);
    expect((user.bio ?? '').length).toBeLessThanOrEqual(MAX_TEXT);
  }
  for (const p of facts.posts) {
    expect(p.id).toMatch(/^\d{8,25}$/u);
    if (p.ownerHandle !== null) expect(p.ownerHandle).toMatch(HANDLE);
    for (const n of [p.likes, p.comments, p.views, p.shares, p.saves, p.takenAt]) expect(countOk(n)).toBe(true);
  }
  for (const page of facts.comments) {
    expect(page.comments.length).toBeLessThanOrEqual(MAX_COMMENTS_PER_POST);
    for (const c of page.comments) {
      expect(c.author).toMatch(HANDLE);
      expect(c.text.length).toBeLessThanOrEqual(MAX_TEXT);
    }
  }
  expect(facts.problems.length).toBeLessThanOrEqual(41);
  for (const note of facts.problems) expect(note.length).toBeLessThanOrEqual(200);
}

/** Values that look like TikTok's, wrong in every way a field can be. */
const fieldValue = fc.oneof(
  fc.anything(),
  fc.integer(),
  fc.double(),
  fc.constantFrom('1.2M', '427700', '-1', '', '7400000000000000001', 'Maya.Moves', '@x', '<b>', '\uD800', null, true),
);
const statsLike = fc.dictionary(
  fc.constantFrom(
    'playCount',
    'diggCount',
    'commentCount',
    'shareCount',
    'collectCount',
    'followerCount',
    'heart',
    'heartCount',
  ),
  fieldValue,
);
const itemLike = fc.record(
  {
    id: fc.oneof(fc.constant('7400000000000000001'), fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String), fieldValue),
    author: fc.oneof(
      fc.record({ uniqueId: fieldValue, id: fieldValue, secUid: fieldValue, nickname: fieldValue }),
      fieldValue,
    ),
    stats: fc.oneof(statsLike, fieldValue),
    statsV2: fc.oneof(statsLike, fieldValue),
    authorStats: statsLike,
    authorStatsV2: statsLike,
    createTime: fieldValue,
    isPinnedItem: fieldValue,
    isAd: fieldValue,
    liveRoomInfo: fieldValue,
    imagePost: fieldValue,
  },
  { requiredKeys: [] },
);
const commentLike = fc.record(
  {
    aweme_id: fieldValue,
    text: fieldValue,
    create_time: fieldValue,
    user: fc.oneof(fc.record({ unique_id: fieldValue }), fieldValue),
  },
  { requiredKeys: [] },
);
const rootLike = fc.record(
  {
    statusCode: fc.oneof(fc.constant(0), fieldValue),
    userInfo: fc.oneof(
      fc.record({
        user: fc.oneof(fc.record({ uniqueId: fieldValue, nickname: fieldValue }), fieldValue),
        stats: statsLike,
        statsV2: statsLike,
      }),
      fieldValue,
    ),
    itemList: fc.oneof(fc.array(itemLike, { maxLength: 8 }), fieldValue),
    itemInfo: fc.oneof(fc.record({ itemStruct: itemLike }), fieldValue),
    comments: fc.oneof(fc.array(commentLike, { maxLength: 8 }), fieldValue),
  },
  { requiredKeys: [] },
);

describe('properties', () => {
  it('never throws on arbitrary JSON text (fc.json)', () => {
    fc.assert(
      fc.property(urls, fc.json(), fc.integer({ min: 100, max: 599 }), (url, body, status) => {
        checkInvariants(parseTikTokApi(call(url, body, status)));
      }),
      { numRuns: 600 },
    );
  });

  it('never throws on anything stringified, or on arbitrary text', () => {
    fc.assert(
      fc.property(
        urls,
        fc.oneof(fc.anything().map(stringify), fc.string(), fc.string({ unit: 'binary' })),
        (url, body) => {
          checkInvariants(parseTikTokApi(call(url, body)));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('TikTok-shaped bodies with wrong fields: valid facts only', () => {
    fc.assert(
      fc.property(urls, rootLike, (url, root) => {
        checkInvariants(parse(url, stringify(root)));
      }),
      { numRuns: 800 },
    );
  });

  it('a valid item among arbitrary ones is always read, with its exact counts', () => {
    fc.assert(
      fc.property(fc.array(itemLike, { maxLength: 6 }), fc.array(itemLike, { maxLength: 6 }), (before, after) => {
        const good = item('7499999999999999999', { isAd: false, liveRoomInfo: null });
        const facts = parse(LIST_URL, stringify({ itemList: [...before, good, ...after] }));
        checkInvariants(facts);
        const p = facts.posts.find((x) => x.id === '7499999999999999999');
        // The arbitrary items may repeat the id only by chance; it is far outside the generated values.
        expect(p?.likes).toBe(301);
        expect(p?.views).toBe(5012);
        expect(p?.exact).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
