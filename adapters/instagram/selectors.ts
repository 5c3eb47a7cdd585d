/**
 * Every selector, JSON key and page phrase the Instagram adapter relies on.
 * Class names are hashed and change weekly, so we anchor on elements, ARIA
 * labels, hrefs and the few long-lived `_a…` classes, each noted with the page
 * state it serves. Checked against saved pages in tests/fixtures/instagram.
 */

/** Server-rendered JSON: `data-sjs` blobs of require/__bbox (2023–2026 web app). */
export const jsonScripts =
  'script[type="application/json"][data-sjs], script[type="application/json"][data-content-len]';

/** Keys of the user object. Graph-era names first, then the v1 API names. */
export const userKeys = {
  followers: [['edge_followed_by', 'count'], ['follower_count']],
  following: [['edge_follow', 'count'], ['following_count']],
  posts: [['edge_owner_to_timeline_media', 'count'], ['media_count']],
  /** Posts embedded under the user (graph profile query). */
  timeline: ['edge_owner_to_timeline_media', 'edges'],
} as const;

/** Keys of a media object, graph-era first, then v1 (`xdt_api__v1__…`). */
export const mediaKeys = {
  id: ['shortcode', 'code'],
  likes: [['edge_liked_by', 'count'], ['edge_media_preview_like', 'count'], ['like_count']],
  comments: [['edge_media_to_comment', 'count'], ['edge_media_to_parent_comment', 'count'], ['comment_count']],
  views: [['play_count'], ['video_play_count'], ['video_view_count'], ['view_count']],
  takenAt: ['taken_at_timestamp', 'taken_at'],
  /** Any non-empty list here means the owner pinned the post. */
  pinnedLists: ['pinned_for_users', 'timeline_pinned_user_ids', 'clips_tab_pinned_user_ids'],
  /** Lists of comments inside a media object or the post page's comment query. */
  commentLists: [
    'edge_media_to_parent_comment',
    'edge_media_to_comment',
    'edge_media_preview_comment',
    'xdt_api__v1__media__media_id__comments__connection',
    'preview_comments',
    'comments',
  ],
} as const;

export const meta = {
  /** Profile: "12.3K Followers, 512 Following, 230 Posts - See Instagram photos…"; post: "1,234 likes, 56 comments - janedoe on…". */
  description: ['meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]'],
  /** "Jane Doe (@janedoe) • Instagram photos and videos" */
  title: ['meta[property="og:title"]', 'meta[name="twitter:title"]'],
  url: 'meta[property="og:url"]',
} as const;

/**
 * Labels after each count in meta and header text, by locale: en, es, pt, de,
 * fr, it, id, tr (and their singular forms). Japanese puts the label first;
 * see `labelsBefore`.
 */
export const labels = {
  followers: /(followers?|seguidores|abonnés|abonné|follower:innen|abonnenten|pengikut|takipçi)$/iu,
  following: /(following|seguidos|seguindo|gefolgt|abonnements|abonnement|seguiti|mengikuti|takip edilen|takip)$/iu,
  posts:
    /(posts?|publicaciones|publicación|publicação|publicações|beiträge|beitrag|publications?|postingan|gönderi)$/iu,
  likes: /(likes?|me gusta|curtidas?|„gefällt mir“-angaben|gefällt mir|j’aime|j'aime|mi piace|suka|beğenme)$/iu,
  comments: /(comments?|comentarios?|comentários?|kommentare?|commentaires?|commenti|commento|komentar|yorum)$/iu,
} as const;

/** Japanese meta: "フォロワー12.3万人、フォロー中512人、投稿230件" (label, count, counter word). */
export const labelsBefore = {
  separator: /、|,\s+/u,
  item: /^(フォロワー|フォロー中|投稿|いいね！|いいね|コメント)\s*(\d[\d.,]*\s*[千万億]?)\s*[人件]?$/u,
  keys: {
    フォロワー: 'followers',
    フォロー中: 'following',
    投稿: 'posts',
    'いいね！': 'likes',
    いいね: 'likes',
    コメント: 'comments',
  },
} as const;

/** English meta `description` quotes the bio: `… (@janedoe) on Instagram: "bio"`. */
export const metaBio = /on Instagram: "([\s\S]*)"\s*$/u;

export const header = {
  /** Profile header (2024 redesign: one <header> with three <section>s). */
  root: 'main header, header',
  /** The handle as rendered: h2 on the desktop profile, h1 on some mobile builds. */
  handle: ['h2 span', 'h2', 'h1 span', 'h1'],
  /** Stat items: "230 posts", "12.3K followers", "512 following". */
  stats: 'ul li',
  /** Exact count on the follower span, e.g. title="12,345" (desktop, all locales). */
  exactTitle: '[title]',
  /** Display name and bio are dir="auto" spans outside the handle, stats and buttons. */
  userText: 'span[dir="auto"]',
  userTextExcluded: 'h1, h2, ul, a, button',
  /** Bio text class, stable since 2023. TODO [2027-01-01]: re-check after redesigns. */
  bio: 'span._ap3a',
  verified:
    'svg[aria-label="Verified"], svg[aria-label="Verificado"], svg[aria-label="Verifiziert"], svg[aria-label="Vérifié"], svg[aria-label="Verificato"]',
} as const;

export const grid = {
  /** Profile grid tiles: "/janedoe/p/CODE/" since 2024, "/p/CODE/" before. */
  links: 'main a[href*="/p/"], main a[href*="/reel/"]',
  /** The same links without the `main` ancestor, for reading only nodes just added (checked with closest('main')). */
  tileLinks: 'a[href*="/p/"], a[href*="/reel/"]',
  code: /\/(?:p|reel|tv)\/([A-Za-z0-9_-]{5,64})/u,
  /** Pinned icon by locale: en, es, pt, de, fr, it. */
  pinned:
    'svg[aria-label="Pinned post icon"], svg[aria-label*="Pinned"], svg[aria-label*="fijada"], svg[aria-label*="fixada"], svg[aria-label*="fixierten"], svg[aria-label*="épinglée"], svg[aria-label*="fissato"]',
  reel: 'svg[aria-label="Clip"], svg[aria-label="Reel"]',
  carousel:
    'svg[aria-label="Carousel"], svg[aria-label="Sequenz"], svg[aria-label="Carrusel"], svg[aria-label="Carrossel"]',
  video: 'svg[aria-label="Video"]',
} as const;

export const post = {
  /** Post page / post dialog author link in the post header. */
  ownerLink: [
    'article header a[href][role="link"]',
    'div[role="dialog"] header a[href]',
    'main header a[href][role="link"]',
  ],
  /** "1,234 likes": link to the likers list (hidden likes: "Liked by x and others", no number). */
  likes: 'a[href$="/liked_by/"]',
  time: 'time[datetime]',
  /** A comment is a list item whose heading (h3) links to its author; the caption uses h2. TODO [2027-01-01] */
  commentAuthor: 'li h3 a[href]',
  commentText: 'span[dir="auto"]',
} as const;

/** Page states recognised from their words (en, es, pt, de, fr, it, id, tr, ja). */
export const phrases = {
  notFound:
    /Sorry, this page isn['’]t available|Esta página no está disponible|Esta página não está disponível|Diese Seite ist leider nicht verfügbar|Cette page n['’]est pas disponible|Questa pagina non è disponibile|Maaf, halaman ini tidak tersedia|Üzgünüz, bu sayfaya ulaşılamıyor|このページはご利用いただけません/iu,
  private:
    /This account is private|Esta cuenta es privada|Esta conta é privada|Dieses Konto ist privat|Ce compte est privé|Questo account è privato|Akun ini bersifat privat|Bu hesap gizli|このアカウントは非公開です/iu,
  noPosts:
    /No posts yet|Aún no hay publicaciones|Ainda não há publicações|Noch keine Beiträge|Aucune publication|Ancora nessun post|Belum ada postingan|Henüz gönderi yok|まだ投稿がありません/iu,
  hiddenLikes: /Liked by .+ and others|Les gusta a .+ y otras personas/iu,
} as const;

/** Login wall: the username/password form shown instead of the profile. */
export const loginForm = 'form input[name="username"], form#loginForm';
