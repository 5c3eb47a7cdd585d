/**
 * Which of Instagram's own requests the page-world observer reads (SITE-DATA §1).
 *
 * These run in the page's world for every request the site makes, so they must
 * be cheap: string checks first, no URL parsing, no allocation on the common
 * "not ours" path. They only decide whether a response is worth reading; the
 * parser (adapters/instagram/api.ts) decides what it says.
 */

const ORIGIN = 'https://www.instagram.com/';

/**
 * GraphQL queries worth reading, by `fb_api_req_friendly_name`. doc_ids rotate,
 * names change (SITE-DATA §4.1), so match on words rather than exact names.
 */
const WANTED_NAME = /profile|post|reel|clips|comment|media/i;
/** Words that mark a query as not ours even when a wanted word is also present (likes, story trays, suggestions). */
const UNWANTED_NAME =
  /mutation|subscription|stor(?:y|ies)|highlight|suggest|search|notif|direct|inbox|liker|share|save/i;

const FRIENDLY_NAME = /(?:^|&)fb_api_req_friendly_name=([^&]*)/;

/** Paths (after the origin, without the query) answered by POST GraphQL. */
const GRAPHQL_PATHS = new Set(['graphql/query', 'graphql/query/', 'api/graphql', 'api/graphql/']);

/** REST reads: GET comment pages, user feed, legacy profile info; POST clips. */
const REST_GET = [
  /^api\/v1\/media\/\d+(?:_\d+)?\/comments\/?$/,
  /^api\/v1\/feed\/user\/[^/]+\/(?:username\/)?$/,
  /^api\/v1\/users\/web_profile_info\/?$/,
];
const REST_POST = [/^api\/v1\/clips\/user\/?$/];

/** The path after the origin, without query or fragment; null when the URL is not on www.instagram.com over https. */
function sitePath(url: string): string | null {
  if (!url.startsWith(ORIGIN)) return null;
  let end = url.length;
  const q = url.indexOf('?', ORIGIN.length);
  if (q !== -1) end = q;
  const h = url.indexOf('#', ORIGIN.length);
  if (h !== -1 && h < end) end = h;
  return url.slice(ORIGIN.length, end);
}

/** The GraphQL query name from a form body, or null when it names none (or cannot be decoded). */
export function friendlyName(requestBody: string | null): string | null {
  if (!requestBody) return null;
  const m = FRIENDLY_NAME.exec(requestBody);
  if (!m || m[1] === undefined) return null;
  try {
    return decodeURIComponent(m[1].replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Whether the observer should read this request's response.
 * `url` is absolute (the observer resolves relative URLs against the page).
 */
export function wantsInstagramRequest(url: string, method: string, requestBody: string | null): boolean {
  const path = sitePath(url);
  if (path === null || (!path.startsWith('api/') && !path.startsWith('graphql/'))) return false;
  const verb = method.toUpperCase();
  if (verb === 'POST' && GRAPHQL_PATHS.has(path)) {
    const name = friendlyName(requestBody);
    // No name (a body we could not read, or a query sent without one): let the root markers and the parser decide.
    if (name === null) return true;
    return WANTED_NAME.test(name) && !UNWANTED_NAME.test(name);
  }
  if (verb === 'GET') return REST_GET.some((re) => re.test(path));
  if (verb === 'POST') return REST_POST.some((re) => re.test(path));
  return false;
}

/**
 * JSON keys (with their quotes) one of which a body must contain to be handed
 * on: the GraphQL roots of SITE-DATA §1.2–1.7 and the REST shapes' keys.
 */
export const INSTAGRAM_ROOT_MARKERS: readonly string[] = [
  '"xdt_api__v1__feed__user_timeline_graphql_connection"',
  '"xdt_api__v1__clips__user__connection_v2"',
  '"xdt_api__v1__media__shortcode__web_info"',
  '"xdt_api__v1__media__media_id__comments__connection"',
  '"xdt_shortcode_media"',
  '"xig_polaris_media"',
  '"edge_owner_to_timeline_media"',
  '"edge_followed_by"',
  '"clips_connection"',
  '"follower_count"',
  '"comments"',
  '"taken_at"',
];

/** Example requests, for tests and documentation: [url, method, requestBody]. */
export const INSTAGRAM_ACCEPTED: readonly (readonly [string, string, string | null])[] = [
  [
    'https://www.instagram.com/graphql/query',
    'POST',
    'av=1&fb_api_caller_class=RelayModern&fb_api_req_friendly_name=PolarisProfilePageContentQuery&variables=%7B%22id%22%3A%221%22%7D&doc_id=1',
  ],
  [
    'https://www.instagram.com/graphql/query',
    'POST',
    'fb_api_req_friendly_name=PolarisProfilePostsQuery&variables=%7B%7D',
  ],
  [
    'https://www.instagram.com/graphql/query',
    'POST',
    'fb_api_req_friendly_name=PolarisProfilePostsTabContentQuery_connection',
  ],
  ['https://www.instagram.com/graphql/query/', 'post', 'fb_api_req_friendly_name=PolarisProfileReelsTabContentQuery'],
  ['https://www.instagram.com/api/graphql', 'POST', 'fb_api_req_friendly_name=PolarisPostRootQuery'],
  ['https://www.instagram.com/graphql/query', 'POST', 'fb_api_req_friendly_name=PolarisPostCommentsPaginationQuery'],
  [
    'https://www.instagram.com/graphql/query',
    'POST',
    'fb_api_req_friendly_name=PolarisClipsDesktopCommentsPopoverQuery',
  ],
  [
    'https://www.instagram.com/graphql/query',
    'POST',
    'fb_api_req_friendly_name=PolarisLoggedOutDesktopWWWPostRootContentQuery',
  ],
  ['https://www.instagram.com/graphql/query', 'POST', 'variables=%7B%7D&doc_id=123'],
  ['https://www.instagram.com/graphql/query', 'POST', null],
  ['https://www.instagram.com/api/v1/media/3300000000000000001/comments/?can_support_threading=true', 'GET', null],
  ['https://www.instagram.com/api/v1/feed/user/123456/?count=12&max_id=abc', 'GET', null],
  ['https://www.instagram.com/api/v1/feed/user/some.creator/username/?count=12', 'GET', null],
  ['https://www.instagram.com/api/v1/users/web_profile_info/?username=some.creator', 'GET', null],
  ['https://www.instagram.com/api/v1/clips/user/', 'POST', 'target_user_id=1&page_size=12'],
];

export const INSTAGRAM_REJECTED: readonly (readonly [string, string, string | null])[] = [
  // Query names about other things, and mutations that name media.
  ['https://www.instagram.com/graphql/query', 'POST', 'fb_api_req_friendly_name=PolarisStoriesV3TrayContainerQuery'],
  ['https://www.instagram.com/graphql/query', 'POST', 'fb_api_req_friendly_name=usePolarisLikeMediaLikeMutation'],
  [
    'https://www.instagram.com/graphql/query',
    'POST',
    'fb_api_req_friendly_name=PolarisProfileStoryHighlightsTrayContentQuery',
  ],
  [
    'https://www.instagram.com/graphql/query',
    'POST',
    'fb_api_req_friendly_name=PolarisProfileSuggestedUsersWithPreloadableQuery',
  ],
  ['https://www.instagram.com/graphql/query', 'POST', 'fb_api_req_friendly_name=PolarisSearchBoxRefetchableQuery'],
  ['https://www.instagram.com/graphql/query', 'POST', 'fb_api_req_friendly_name=PolarisAPIGetFrCookieQuery'],
  ['https://www.instagram.com/graphql/query', 'POST', 'fb_api_req_friendly_name=PolarisPostLikersQuery'],
  // GraphQL over GET, other hosts, plain http, look-alike hosts and paths.
  ['https://www.instagram.com/graphql/query', 'GET', null],
  ['https://instagram.com/graphql/query', 'POST', null],
  ['http://www.instagram.com/graphql/query', 'POST', null],
  ['https://www.instagram.com.evil.example/graphql/query', 'POST', null],
  ['https://evil.example/https://www.instagram.com/graphql/query', 'POST', null],
  ['https://www.instagram.com/graphql/query_other', 'POST', null],
  ['https://www.tiktok.com/api/user/detail/', 'GET', null],
  // REST reads we do not use, and wrong methods.
  ['https://www.instagram.com/api/v1/media/123/comments/456/child_comments/', 'GET', null],
  ['https://www.instagram.com/api/v1/media/123/comments/', 'POST', null],
  ['https://www.instagram.com/api/v1/media/123/like/', 'POST', null],
  ['https://www.instagram.com/api/v1/feed/user/123/story/', 'GET', null],
  ['https://www.instagram.com/api/v1/feed/timeline/', 'POST', null],
  ['https://www.instagram.com/api/v1/users/web_profile_info/', 'POST', null],
  ['https://www.instagram.com/api/v1/clips/user/', 'GET', null],
  ['https://www.instagram.com/ajax/bz?__a=1', 'POST', null],
  ['https://www.instagram.com/some.creator/', 'GET', null],
  ['https://static.cdninstagram.com/rsrc.php/v3/x.js', 'GET', null],
  ['/graphql/query', 'POST', null],
];
