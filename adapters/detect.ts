import type { Platform } from '../core/page/snapshot';

/**
 * Which creator page a URL is, decided from the URL alone (no DOM), so the
 * content script can pick an adapter before the page has rendered.
 * Each detector sits next to the URLs it must accept; detect.test.ts checks
 * every example against its own detector (true) and all the others (false).
 */

type PageKind = 'profile' | 'post';
export type DetectedPage = {
  platform: Platform;
  pageKind: PageKind;
  /** Lower-cased; null on an Instagram /p/<code>/ URL, where only the page knows the owner. */
  handle: string | null;
  postId: string | null;
};

/** Same pattern as handleSchema, checked here so detection needs no zod. */
const HANDLE = /^[a-z0-9._]{1,64}$/;
const INSTAGRAM_HOSTS = new Set(['instagram.com', 'www.instagram.com', 'm.instagram.com']);
const TIKTOK_HOSTS = new Set(['tiktok.com', 'www.tiktok.com', 'm.tiktok.com']);

/** First path segments that are Instagram's own pages, never a user. */
const INSTAGRAM_RESERVED = new Set([
  'about',
  'accounts',
  'api',
  'ar',
  'challenge',
  'create',
  'data',
  'developer',
  'direct',
  'directory',
  'download',
  'emails',
  'explore',
  'graphql',
  'help',
  'invites',
  'legal',
  'lite',
  'nametag',
  'oauth',
  'p',
  'press',
  'privacy',
  'reel',
  'reels',
  'session',
  'sitemap',
  'static',
  'stories',
  'terms',
  'topics',
  'tv',
  'web',
  'your_activity',
]);
/** Tabs under a profile that still show the profile header. */
const INSTAGRAM_PROFILE_TABS = new Set(['reels', 'tagged', 'saved', 'guides', 'featured']);
const INSTAGRAM_POST_PREFIXES = new Set(['p', 'reel', 'reels', 'tv']);
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,64}$/;
const TIKTOK_VIDEO_ID = /^\d{8,25}$/;

export const instagramProfileExamples = [
  'https://www.instagram.com/janedoe/',
  'https://www.instagram.com/janedoe',
  'https://instagram.com/JaneDoe/?hl=es',
  'https://www.instagram.com/jane.doe_99/',
  'https://www.instagram.com/janedoe/reels/',
  'https://www.instagram.com/janedoe/tagged/',
  'https://m.instagram.com/janedoe/#top',
];

export const instagramPostExamples = [
  'https://www.instagram.com/p/C9xYz12AbCd/',
  'https://www.instagram.com/p/C9xYz12AbCd',
  'https://www.instagram.com/reel/C8aBc34DeFg/?igsh=abc',
  'https://www.instagram.com/reels/C8aBc34DeFg/',
  'https://www.instagram.com/tv/B7aBc34DeFg/',
  'https://www.instagram.com/janedoe/p/C9xYz12AbCd/',
  'https://www.instagram.com/janedoe/reel/C8aBc34DeFg/',
];

export const tiktokProfileExamples = [
  'https://www.tiktok.com/@janedoe',
  'https://www.tiktok.com/@janedoe/',
  'https://www.tiktok.com/@Jane.Doe_1?lang=en',
  'https://tiktok.com/@janedoe?is_from_webapp=1&sender_device=pc',
  'https://m.tiktok.com/@janedoe',
];

export const tiktokVideoExamples = [
  'https://www.tiktok.com/@janedoe/video/7312345678901234567',
  'https://www.tiktok.com/@janedoe/video/7312345678901234567?is_from_webapp=1',
  'https://www.tiktok.com/@Jane.Doe_1/video/7312345678901234567/',
];

/** Pages of the two sites that are neither: every detector must say no. */
export const otherPageExamples = [
  'https://www.instagram.com/',
  'https://www.instagram.com/explore/',
  'https://www.instagram.com/explore/tags/travel/',
  'https://www.instagram.com/accounts/login/?next=%2Fjanedoe%2F',
  'https://www.instagram.com/direct/inbox/',
  'https://www.instagram.com/reels/',
  'https://www.instagram.com/stories/janedoe/3312345678901234567/',
  'https://www.instagram.com/about/',
  'https://www.instagram.com/legal/privacy/',
  'https://www.instagram.com/developer/',
  'https://www.instagram.com/p/',
  'https://www.instagram.com/janedoe/followers/',
  'https://www.instagram.com/jane-doe!/',
  'https://www.tiktok.com/',
  'https://www.tiktok.com/foryou',
  'https://www.tiktok.com/explore',
  'https://www.tiktok.com/tag/travel',
  'https://www.tiktok.com/@janedoe/live',
  'https://www.tiktok.com/@janedoe/video/notanid',
  'https://www.tiktok.com/@/video/7312345678901234567',
  'https://www.tiktok.com/janedoe',
  'https://example.com/@janedoe',
  'https://example.com/janedoe/',
  'https://www.instagram.com.evil.example/janedoe/',
  'not a url',
  '',
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function segments(u: URL): string[] {
  return u.pathname.split('/').filter((s) => s.length > 0);
}

function handleOf(raw: string): string | null {
  const lower = raw.toLowerCase();
  return HANDLE.test(lower) ? lower : null;
}

function detectInstagram(u: URL): DetectedPage | null {
  const [first = '', second, third, ...more] = segments(u);
  if (INSTAGRAM_POST_PREFIXES.has(first)) {
    if (second === undefined || !INSTAGRAM_CODE.test(second) || third !== undefined) return null;
    return { platform: 'instagram', pageKind: 'post', handle: null, postId: second };
  }
  if (INSTAGRAM_RESERVED.has(first.toLowerCase())) return null;
  const handle = handleOf(first);
  if (!handle) return null;
  if (second === undefined) return { platform: 'instagram', pageKind: 'profile', handle, postId: null };
  if (INSTAGRAM_PROFILE_TABS.has(second) && third === undefined) {
    return { platform: 'instagram', pageKind: 'profile', handle, postId: null };
  }
  if ((second === 'p' || second === 'reel') && third && INSTAGRAM_CODE.test(third) && more.length === 0) {
    return { platform: 'instagram', pageKind: 'post', handle, postId: third };
  }
  return null;
}

function detectTikTok(u: URL): DetectedPage | null {
  const [first = '', second, third, ...more] = segments(u);
  if (!first.startsWith('@')) return null;
  const handle = handleOf(first.slice(1));
  if (!handle) return null;
  if (second === undefined) return { platform: 'tiktok', pageKind: 'profile', handle, postId: null };
  if (second === 'video' && third && TIKTOK_VIDEO_ID.test(third) && more.length === 0) {
    return { platform: 'tiktok', pageKind: 'post', handle, postId: third };
  }
  return null;
}

function platformOfHost(hostname: string): Platform | null {
  if (INSTAGRAM_HOSTS.has(hostname)) return 'instagram';
  if (TIKTOK_HOSTS.has(hostname)) return 'tiktok';
  return null;
}

/** Which of our sites a tab is on (any page of it, over https), or null. */
export function siteOf(url: string | null): Platform | null {
  const u = url ? parse(url) : null;
  return u?.protocol === 'https:' ? platformOfHost(u.hostname) : null;
}

export function detectPage(url: string): DetectedPage | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  const platform = platformOfHost(u.hostname);
  if (platform === 'instagram') return detectInstagram(u);
  if (platform === 'tiktok') return detectTikTok(u);
  return null;
}

function is(platform: Platform, pageKind: PageKind): (url: string) => boolean {
  return (url) => {
    const page = detectPage(url);
    return page?.platform === platform && page.pageKind === pageKind;
  };
}

export const isInstagramProfile = is('instagram', 'profile');
export const isInstagramPost = is('instagram', 'post');
export const isTikTokProfile = is('tiktok', 'profile');
export const isTikTokVideo = is('tiktok', 'post');
