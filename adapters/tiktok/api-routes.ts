/**
 * Which of TikTok's own requests the page-world observer reads (SITE-DATA §2).
 *
 * Runs in the page's world for every request the site makes: string checks
 * only. The web API is GET /api/<path>/?… with signing parameters the page
 * adds itself (§2.1); we never build or replay such a request.
 */

const ORIGIN = 'https://www.tiktok.com/';

/**
 * Paths read. `/api/comment/list/reply/` is left out on purpose: replies are
 * keyed by a comment id, not a video, and the top-level page of comments is
 * what the commenter analysis uses; reading every expanded thread would only
 * add traffic through the bridge.
 */
const WANTED_PATHS = new Set([
  'api/user/detail/',
  'api/post/item_list/',
  'api/creator/item_list/',
  'api/item/detail/',
  'api/comment/list/',
]);

/** Whether the observer should read this request's response. `url` is absolute. */
export function wantsTikTokRequest(url: string, method: string, _requestBody: string | null): boolean {
  if (!url.startsWith(ORIGIN) || method.toUpperCase() !== 'GET') return false;
  let end = url.length;
  const q = url.indexOf('?', ORIGIN.length);
  if (q !== -1) end = q;
  const h = url.indexOf('#', ORIGIN.length);
  if (h !== -1 && h < end) end = h;
  let path = url.slice(ORIGIN.length, end);
  // The web app writes these with a trailing slash; accept the bare form too.
  if (!path.endsWith('/')) path += '/';
  return WANTED_PATHS.has(path);
}

/** JSON keys (with quotes) one of which a body must contain to be handed on (SITE-DATA §2.2–2.5). */
export const TIKTOK_ROOT_MARKERS: readonly string[] = [
  '"userInfo"',
  '"itemList"',
  '"item_list"',
  '"itemInfo"',
  '"itemStruct"',
  '"comments"',
];

/** Example requests, for tests and documentation: [url, method, requestBody]. */
export const TIKTOK_ACCEPTED: readonly (readonly [string, string, string | null])[] = [
  ['https://www.tiktok.com/api/user/detail/?aid=1988&uniqueId=some.creator&secUid=&msToken=x&X-Bogus=y', 'GET', null],
  ['https://www.tiktok.com/api/post/item_list/?aid=1988&secUid=MS4w&count=35&cursor=0&X-Gnarly=z', 'GET', null],
  ['https://www.tiktok.com/api/creator/item_list/?secUid=MS4w&type=1&count=15', 'GET', null],
  ['https://www.tiktok.com/api/item/detail/?itemId=7400000000000000001', 'GET', null],
  ['https://www.tiktok.com/api/comment/list/?aweme_id=7400000000000000001&count=20&cursor=0', 'get', null],
  ['https://www.tiktok.com/api/comment/list?aweme_id=1', 'GET', null],
];

export const TIKTOK_REJECTED: readonly (readonly [string, string, string | null])[] = [
  ['https://www.tiktok.com/api/comment/list/reply/?item_id=1&comment_id=2', 'GET', null],
  ['https://www.tiktok.com/api/recommend/item_list/?count=30', 'GET', null],
  ['https://www.tiktok.com/api/user/detail/', 'POST', 'uniqueId=x'],
  ['https://www.tiktok.com/api/commit/item/digg/?aweme_id=1', 'POST', null],
  ['https://tiktok.com/api/user/detail/', 'GET', null],
  ['http://www.tiktok.com/api/user/detail/', 'GET', null],
  ['https://m.tiktok.com/api/post/item_list/', 'GET', null],
  ['https://www.tiktok.com.evil.example/api/user/detail/', 'GET', null],
  ['https://evil.example/?u=https://www.tiktok.com/api/user/detail/', 'GET', null],
  ['https://www.tiktok.com/api/user/detail/extra/', 'GET', null],
  ['https://www.tiktok.com/@some.creator', 'GET', null],
  ['https://mon.tiktokv.com/monitor_browser/collect/batch/', 'POST', '{}'],
  ['https://www.instagram.com/graphql/query', 'POST', null],
  ['/api/user/detail/', 'GET', null],
];
