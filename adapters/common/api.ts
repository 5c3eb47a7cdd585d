import type { Platform, PostKind } from '../../core/page/snapshot';

/**
 * The contract between the page-world observer, the site parsers and the merge.
 *
 * The site's own front-end fetches JSON (Instagram's GraphQL and REST calls,
 * TikTok's /api/… calls). A MAIN-world content script sees those responses
 * passively (lib/page-world/observer.ts) and hands matching bodies, as strings,
 * to the isolated content script, which forwards them to the worker. The
 * worker parses them with adapters/<site>/api.ts into ApiFacts: only what we
 * use, validated, with nothing guessed. The content script merges the facts
 * about the creator on screen into its snapshot (source `api`, exact).
 */

/** One response the site's front-end received, as the observer saw it. */
export type ApiBody = {
  /** Absolute URL of the request. */
  url: string;
  /** Upper-case HTTP method. */
  method: string;
  /**
   * The request body when it was text (a string or URLSearchParams, e.g.
   * Instagram's form with `fb_api_req_friendly_name` and `variables`), cut to
   * API_REQUEST_BODY_MAX characters; null otherwise.
   */
  requestBody: string | null;
  /** HTTP status. */
  status: number;
  /** The response text, at most API_BODY_MAX characters (larger ones are never handed over). */
  body: string;
};

/** Bodies larger than this are skipped by the observer (a real timeline page is ~100–300 kB). */
export const API_BODY_MAX = 4_000_000;
export const API_REQUEST_BODY_MAX = 16_384;

/** A count as an API states it. `exact` is false for TikTok's rounded `stats` numbers. */
export type ApiCount = { value: number; exact: boolean };

/** A creator as an API response describes it. */
export type ApiUser = {
  /** Lower-case, valid handle (`^[a-z0-9._]{1,64}$`). Users without a valid handle are not reported. */
  handle: string;
  /** Instagram user pk; TikTok user id. String, as the sites treat ids. */
  id: string | null;
  /** TikTok only. */
  secUid: string | null;
  displayName: string | null;
  bio: string | null;
  verified: boolean | null;
  isPrivate: boolean | null;
  followers: ApiCount | null;
  following: ApiCount | null;
  /** Instagram media_count; TikTok videoCount. */
  posts: ApiCount | null;
  /** TikTok heartCount. */
  likesTotal: ApiCount | null;
  /** Where in the response: "api: graphql data.user". For "What was read". */
  via: string;
};

/** A post or video as an API response describes it. */
export type ApiPost = {
  /** Instagram shortcode (`code`), TikTok video id: the same id the grid links and the snapshot use. */
  id: string;
  /** Instagram media pk (comment requests name it); null on TikTok. */
  pk: string | null;
  /** The author's handle, lower-case, when the response names it. */
  ownerHandle: string | null;
  /** Instagram user pk / TikTok author id, when the response names it. */
  ownerId: string | null;
  /** TikTok author secUid, when named. */
  ownerSecUid: string | null;
  kind: PostKind;
  /** Pinned to the profile grid (Instagram: timeline_pinned_user_ids has the owner's pk; TikTok isPinnedItem). */
  pinned: boolean;
  /** null = unknown (hidden by the creator, absent, malformed). Never a placeholder. */
  likes: number | null;
  comments: number | null;
  views: number | null;
  shares: number | null;
  saves: number | null;
  /** False when a count came from TikTok's rounded `stats` rather than exact `statsV2`. */
  exact: boolean;
  /** Unix ms. */
  takenAt: number | null;
  via: string;
};

export type ApiComment = {
  /** Commenter's handle (lower-case as the site gives it is fine; it is compared case-insensitively). */
  author: string;
  text: string;
  /** Unix ms, when given. */
  createdAt: number | null;
};

/** A page of comments on one post. */
type ApiComments = {
  /** Shortcode / video id when known. */
  postId: string | null;
  /** Instagram media pk when only that is known (comment queries name the media by pk). */
  mediaPk: string | null;
  comments: ApiComment[];
  via: string;
};

/** Everything one response says that we use. */
export type ApiFacts = {
  platform: Platform;
  users: ApiUser[];
  posts: ApiPost[];
  comments: ApiComments[];
  /**
   * Whom the request asked about, from its URL or body: Instagram `variables`
   * (`id`, `username`, `target_user_id`, `media_id`), TikTok `secUid`,
   * `uniqueId`, `aweme_id`/`itemId`. Used to tie an item list without authors
   * to a creator. Any field may be null.
   */
  request: {
    userId: string | null;
    handle: string | null;
    secUid: string | null;
    mediaPk: string | null;
    postId: string | null;
  };
  /** The response shapes recognised, by root key ("xdt_api__v1__feed__user_timeline_graphql_connection", "itemList"…). Empty when none. */
  shapes: string[];
  /** What was refused and why ("itemList[3]: no id"); empty for a clean or an ignored body. Short, no page text. */
  problems: string[];
};

/** Whether a body holds one of the quoted root keys a site's parser reads (adapters/<site>/api-routes.ts). */
export function hasRootMarker(body: string, markers: readonly string[]): boolean {
  for (const marker of markers) if (body.includes(marker)) return true;
  return false;
}

export function emptyFacts(platform: Platform): ApiFacts {
  return {
    platform,
    users: [],
    posts: [],
    comments: [],
    request: { userId: null, handle: null, secUid: null, mediaPk: null, postId: null },
    shapes: [],
    problems: [],
  };
}
