/**
 * Every selector, JSON key and page phrase the TikTok adapter relies on.
 * TikTok marks its UI with `data-e2e` attributes (for its own tests), which
 * outlive the hashed `css-…` classes; each alternative says which page state
 * it serves. Checked against saved pages in tests/fixtures/tiktok.
 */

/** Server-rendered state. The universal blob since 2023; SIGI_STATE before it. TODO [2027-01-01]: drop SIGI_STATE if unseen. */
export const jsonScripts = 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__, script#SIGI_STATE';

export const json = {
  scope: '__DEFAULT_SCOPE__',
  /** Profile page: userInfo {user, stats, statsV2}, statusCode (10202/10221 = no such account). */
  userDetail: 'webapp.user-detail',
  /** Video page: itemInfo.itemStruct {id, author, authorStats, stats, statsV2}. */
  videoDetail: 'webapp.video-detail',
  notFoundCodes: [10202, 10221, 10216],
  /** Stats: numbers in `stats`, digit strings in `statsV2` (both seen 2024–2026). */
  statsObjects: ['statsV2', 'stats'],
  user: {
    followers: 'followerCount',
    following: 'followingCount',
    likesTotal: ['heartCount', 'heart'],
    videos: 'videoCount',
  },
  item: { likes: 'diggCount', comments: 'commentCount', views: 'playCount' },
  /** SIGI_STATE (2020–2023): users and stats keyed by uniqueId; items in ItemModule with `author` as a string. */
  sigi: { userModule: 'UserModule' },
  /** statusCode for a banned or suspended account (statusMsg "user banned"). */
  suspendedCodes: [10221],
} as const;

export const profile = {
  /** The profile header block (handle, counts, bio). */
  header: '[data-e2e="user-page"]',
  /** Profile header handle (uniqueId), e.g. <h1 data-e2e="user-title">janedoe</h1>. */
  handle: '[data-e2e="user-title"]',
  /** Video page author handle, e.g. <span data-e2e="browse-username">janedoe</span>. */
  videoAuthor: '[data-e2e="browse-username"]',
  nickname: '[data-e2e="user-subtitle"]',
  bio: '[data-e2e="user-bio"]',
  followers: '[data-e2e="followers-count"]',
  following: '[data-e2e="following-count"]',
  likesTotal: '[data-e2e="likes-count"]',
  /** Emotion classes keep the component name: css-<hash>-StyledVerifyBadge. */
  verified: '[class*="VerifyBadge"], [data-e2e="verify-badge"]',
} as const;

export const grid = {
  item: '[data-e2e="user-post-item"]',
  link: 'a[href*="/video/"], a[href*="/photo/"]',
  id: /\/(?:video|photo)\/(\d{8,25})/u,
  views: '[data-e2e="video-views"]',
  badge: '[data-e2e="video-card-badge"]',
  pinned: /^(Pinned|Fijado|Fixado|Angeheftet|Épinglé|Fissato)$/iu,
} as const;

export const video = {
  likes: '[data-e2e="like-count"], [data-e2e="browse-like-count"]',
  comments: '[data-e2e="comment-count"], [data-e2e="browse-comment-count"]',
  /** A first-level comment's text; its author link sits a few levels up. */
  commentText: '[data-e2e="comment-level-1"]',
  commentAuthorLink: 'a[href^="/@"]',
  commentAuthorName: '[data-e2e^="comment-username"]',
  /** How far up from the text we look for the author (DivCommentContentContainer). */
  commentDepth: 4,
} as const;

export const phrases = {
  notFound:
    /Couldn['’]t find this account|No se ha podido encontrar esta cuenta|Não foi possível encontrar esta conta|Konto konnte nicht gefunden werden|Impossible de trouver ce compte|Video currently unavailable|このアカウントは見つかりませんでした/iu,
  private:
    /This account is private|Esta cuenta es privada|Esta conta é privada|Dieses Konto ist privat|Ce compte est privé|このアカウントは非公開です/iu,
  noPosts:
    /No content|No videos yet|Aún no hay contenido|Noch keine Inhalte|Aucun contenu|Nessun contenuto|Henüz içerik yok|まだコンテンツがありません/iu,
  suspended: /Account (?:banned|suspended)|This account was banned|Cuenta suspendida|Konto gesperrt|Compte suspendu/iu,
} as const;

/** Login wall: TikTok's full-page login modal (logged-out, rate limited). */
export const loginWall = '[data-e2e="login-modal"]';

export const meta = {
  /** "Maya (@maya.moves) on TikTok | 4.2M Likes. 184.3K Followers. bio…" (server-rendered, first load only). */
  description: ['meta[name="description"]', 'meta[property="og:description"]'],
  /** A printed count, then its label; en, es, pt, de, fr, it, id, tr (ja puts the label first: "フォロワー12.3万人"). */
  followers:
    /(\d[\d.,\u00A0\u202F]*(?:\s?(?:K|M|B|k|mil|mi|Mio\.|Mrd\.|Tsd\.|Mln|rb|jt|万|億))?)\s*(?:Followers|Seguidores|seguidores|Follower|Abonnés|abonnés|follower|Pengikut|Takipçi|人のフォロワー)|フォロワー\s*(\d[\d.,]*\s*[万億]?)/u,
  likes:
    /(\d[\d.,\u00A0\u202F]*(?:\s?(?:K|M|B|k|mil|mi|Mio\.|Mrd\.|Tsd\.|Mln|rb|jt|万|億))?)\s*(?:Likes|Me gusta|Curtidas|„Gefällt mir“-Angaben|Mal „Gefällt mir“|J’aime|J'aime|Mi piace|Suka|Beğeni)|いいね\s*(\d[\d.,]*\s*[万億]?)/u,
} as const;
