import { describe, expect, it } from 'vitest';
import {
  siteOf,
  detectPage,
  instagramPostExamples,
  instagramProfileExamples,
  isInstagramPost,
  isInstagramProfile,
  isTikTokProfile,
  isTikTokVideo,
  otherPageExamples,
  tiktokProfileExamples,
  tiktokVideoExamples,
} from './detect';

const DETECTORS = {
  isInstagramProfile: [isInstagramProfile, instagramProfileExamples],
  isInstagramPost: [isInstagramPost, instagramPostExamples],
  isTikTokProfile: [isTikTokProfile, tiktokProfileExamples],
  isTikTokVideo: [isTikTokVideo, tiktokVideoExamples],
} as const;

const ALL_EXAMPLES = [
  ...instagramProfileExamples,
  ...instagramPostExamples,
  ...tiktokProfileExamples,
  ...tiktokVideoExamples,
  ...otherPageExamples,
];

describe.each(Object.entries(DETECTORS))('%s', (_name, [detector, own]) => {
  const others = ALL_EXAMPLES.filter((url) => !(own as readonly string[]).includes(url));
  it.each(own)('accepts its example %s', (url) => expect(detector(url)).toBe(true));
  it.each(others)('rejects %s', (url) => expect(detector(url)).toBe(false));
});

describe('detectPage', () => {
  it.each([
    [
      'https://instagram.com/JaneDoe/?hl=es',
      { platform: 'instagram', pageKind: 'profile', handle: 'janedoe', postId: null },
    ],
    [
      'https://www.instagram.com/janedoe/reels/',
      { platform: 'instagram', pageKind: 'profile', handle: 'janedoe', postId: null },
    ],
    [
      'https://www.instagram.com/p/C9xYz12AbCd/',
      { platform: 'instagram', pageKind: 'post', handle: null, postId: 'C9xYz12AbCd' },
    ],
    [
      'https://www.instagram.com/janedoe/reel/C8aBc34DeFg/',
      { platform: 'instagram', pageKind: 'post', handle: 'janedoe', postId: 'C8aBc34DeFg' },
    ],
    [
      'https://www.tiktok.com/@Jane.Doe_1?lang=en',
      { platform: 'tiktok', pageKind: 'profile', handle: 'jane.doe_1', postId: null },
    ],
    [
      'https://www.tiktok.com/@janedoe/video/7312345678901234567',
      { platform: 'tiktok', pageKind: 'post', handle: 'janedoe', postId: '7312345678901234567' },
    ],
  ])('%s', (url, expected) => expect(detectPage(url)).toEqual(expected));

  it.each(otherPageExamples)('is null for %s', (url) => expect(detectPage(url)).toBeNull());

  it('keeps post codes case-sensitive (Instagram shortcodes are)', () => {
    expect(detectPage('https://www.instagram.com/p/AbCdE12345/')?.postId).toBe('AbCdE12345');
  });
});

describe('siteOf', () => {
  it('knows the site of a tab, over https only', () => {
    expect(siteOf('https://www.instagram.com/janedoe/')).toBe('instagram');
    expect(siteOf('https://www.instagram.com/explore/')).toBe('instagram');
    expect(siteOf('https://www.tiktok.com/@maya.moves')).toBe('tiktok');
    expect(siteOf('https://evil-instagram.com/')).toBeNull();
    expect(siteOf('https://instagram.com.evil.example/')).toBeNull();
    expect(siteOf('http://www.instagram.com/janedoe/')).toBeNull();
    expect(siteOf(null)).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
