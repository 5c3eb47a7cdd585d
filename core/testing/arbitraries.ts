import fc from 'fast-check';
import type { Range } from '../score/analysis';
import { PLATFORMS, type CommentSample, type CountField, type Post, type Snapshot } from '../page/snapshot';
import { INSTAGRAM_FORMATS, SETTINGS_VERSION, type Settings } from '../settings/settings';

/** fast-check arbitraries of valid core inputs, for property tests only. */

const HOSTILE_TEXT = [
  'nice',
  '🔥🔥',
  'great post',
  '<img src=x onerror=alert(1)>',
  '\u0000',
  '\uD800',
  'a\uDC00b',
  '=HYPERLINK("x")',
  '',
];

export const text = (maxLength: number) =>
  fc.oneof(fc.string({ maxLength }), fc.string({ maxLength, unit: 'binary' }), fc.constantFrom(...HOSTILE_TEXT));

const countValue = fc.oneof(fc.nat({ max: 2_000_000_000 }), fc.constantFrom(0, 1, 999, 1_000, 10_000, 1e13));

const countField: fc.Arbitrary<CountField> = fc.record({
  value: countValue,
  source: fc.constantFrom('api', 'json', 'meta', 'attr', 'text'),
  exact: fc.boolean(),
});

export const commentSample: fc.Arbitrary<CommentSample> = fc.record({
  author: fc.oneof(fc.constantFrom('a', 'b', 'c', 'creator', 'pod.one'), text(20)),
  text: text(60),
});

const postArb: fc.Arbitrary<Post> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  kind: fc.constantFrom('image', 'carousel', 'video', 'reel', 'unknown'),
  pinned: fc.boolean(),
  likes: fc.option(countValue, { nil: null }),
  comments: fc.option(countValue, { nil: null }),
  views: fc.option(countValue, { nil: null }),
  takenAt: fc.option(fc.nat(), { nil: null }),
  commentSamples: fc.array(commentSample, { maxLength: 8 }),
});

export const snapshotArb: fc.Arbitrary<Snapshot> = fc.record({
  v: fc.constant(1 as const),
  platform: fc.constantFrom(...PLATFORMS),
  pageKind: fc.constantFrom('profile', 'post'),
  url: fc.constantFrom('https://www.instagram.com/someone/', 'https://www.tiktok.com/@someone'),
  handle: fc.stringMatching(/^[a-z0-9._]{1,20}$/),
  capturedAt: fc.nat(),
  status: fc.constantFrom('ok', 'ok', 'ok', 'private', 'no-posts', 'not-found', 'login-wall', 'unreadable'),
  profile: fc.record({
    displayName: fc.option(text(40), { nil: null }),
    bio: fc.option(text(40), { nil: null }),
    verified: fc.option(fc.boolean(), { nil: null }),
    isPrivate: fc.option(fc.boolean(), { nil: null }),
    followers: fc.option(countField, { nil: null, freq: 4 }),
    following: fc.option(countField, { nil: null }),
    posts: fc.option(countField, { nil: null }),
    likesTotal: fc.option(countField, { nil: null }),
  }),
  posts: fc.array(postArb, { maxLength: 25 }),
  missing: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }),
});

/** Three sorted non-negative numbers, optionally capped (rates are ≤ 1). */
export const rangeArb = (max: number): fc.Arbitrary<Range> =>
  fc
    .array(fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }), { minLength: 3, maxLength: 3 })
    .map((xs) => {
      const [low = 0, expected = 0, high = 0] = [...xs].sort((a, b) => a - b);
      return { low, expected, high };
    });

/** A band with a positive median, as the money model's assumptions need (settings.ts). */
export const bandArb = (max: number): fc.Arbitrary<Range> => rangeArb(max).filter((r) => r.expected > 0);

const tierBands = (max: number) =>
  fc.record({
    'below-nano': bandArb(max),
    nano: bandArb(max),
    micro: bandArb(max),
    macro: bandArb(max),
    mega: bandArb(max),
  });

const benchmarkRate = fc.double({ min: 1e-4, max: 1, noNaN: true, noDefaultInfinity: true });
const tierRates = fc.record({
  'below-nano': benchmarkRate,
  nano: benchmarkRate,
  micro: benchmarkRate,
  macro: benchmarkRate,
  mega: benchmarkRate,
});

export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  v: fc.constant(SETTINGS_VERSION),
  tierThresholds: fc.uniqueArray(fc.integer({ min: 1, max: 100_000_000 }), { minLength: 4, maxLength: 4 }).map((xs) => {
    const [nano = 1, micro = 2, macro = 3, mega = 4] = [...xs].sort((a, b) => a - b);
    return { nano, micro, macro, mega };
  }),
  pricing: fc.record({
    perThousand: fc.record({ instagram: tierBands(1e5), tiktok: tierBands(1e5) }),
    engagementElasticity: fc.double({ min: 0, max: 2, noNaN: true }),
    instagramFormat: fc.constantFrom(...INSTAGRAM_FORMATS),
    formatMultiplier: fc.record({
      carousel: fc.double({ min: 0.1, max: 10, noNaN: true }),
      reel: fc.double({ min: 0.1, max: 10, noNaN: true }),
    }),
  }),
  reach: fc.record({ instagram: tierBands(1), tiktokViewsPerFollower: bandArb(100) }),
  clickThrough: tierBands(1),
  conversionRate: bandArb(1),
  averageOrderValue: fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY'),
  excludePinned: fc.boolean(),
  benchmarks: fc.record({ instagramByFollowers: tierRates, tiktokByFollowers: tierRates, tiktokByViews: tierRates }),
  gifting: fc.record({ nano: fc.boolean(), productCost: rangeArb(1e5) }),
});
