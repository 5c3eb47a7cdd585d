import type { Post, Snapshot } from '../page/snapshot';
import { emptyProfile } from '../page/empty-profile';

/**
 * Twelve reference creators across tiers and both platforms, for the money
 * model's table test (core/score/roi-reference.test.ts) and the before/after report
 * (scripts/money-report.ts). Each has twelve posts whose interactions follow a
 * fixed pattern around a typical engagement rate; three carry one viral post
 * (×6), the case where a mean runs above the 75th percentile.
 */

/** Multipliers of the typical post; the twelfth is replaced by 6 for a viral creator. */
const PATTERN = [0.6, 0.8, 0.9, 1, 1, 1.1, 1.2, 0.7, 0.95, 1.05, 0.85, 1] as const;

export interface ReferenceCreator {
  handle: string;
  platform: 'instagram' | 'tiktok';
  followers: number;
  /** Typical interactions per post ÷ followers (Instagram) or ÷ views (TikTok). */
  rate: number;
  /** TikTok: typical views per video ÷ followers. */
  viewsPerFollower?: number;
  viral?: boolean;
}

export const REFERENCE_CREATORS: readonly ReferenceCreator[] = [
  { handle: 'ig_nano_48k', platform: 'instagram', followers: 4_800, rate: 0.04 },
  { handle: 'ig_micro_12k', platform: 'instagram', followers: 12_000, rate: 0.03 },
  { handle: 'ig_micro_45k', platform: 'instagram', followers: 45_000, rate: 0.025, viral: true },
  { handle: 'ig_micro_99k', platform: 'instagram', followers: 99_000, rate: 0.018 },
  { handle: 'ig_macro_101k', platform: 'instagram', followers: 101_000, rate: 0.018 },
  { handle: 'ig_macro_450k', platform: 'instagram', followers: 450_000, rate: 0.012 },
  { handle: 'ig_mega_1m', platform: 'instagram', followers: 1_000_000, rate: 0.01, viral: true },
  { handle: 'ig_mega_5m', platform: 'instagram', followers: 5_000_000, rate: 0.008 },
  { handle: 'tt_nano_3k', platform: 'tiktok', followers: 3_000, rate: 0.08, viewsPerFollower: 0.8 },
  { handle: 'tt_micro_30k', platform: 'tiktok', followers: 30_000, rate: 0.07, viewsPerFollower: 0.4, viral: true },
  { handle: 'tt_macro_250k', platform: 'tiktok', followers: 250_000, rate: 0.06, viewsPerFollower: 0.2 },
  { handle: 'tt_mega_2m', platform: 'tiktok', followers: 2_000_000, rate: 0.05, viewsPerFollower: 0.1 },
];

/** Added to the twelve for the planner's mixed shortlist (more nano and micro creators to choose among). */
export const PLANNER_EXTRAS: readonly ReferenceCreator[] = [
  { handle: 'ig_nano_2k', platform: 'instagram', followers: 2_000, rate: 0.05 },
  { handle: 'ig_nano_6k', platform: 'instagram', followers: 6_000, rate: 0.035 },
  { handle: 'ig_nano_85k', platform: 'instagram', followers: 8_500, rate: 0.03 },
  { handle: 'tt_nano_5k', platform: 'tiktok', followers: 5_000, rate: 0.09, viewsPerFollower: 0.6 },
  { handle: 'tt_nano_9k', platform: 'tiktok', followers: 9_000, rate: 0.07, viewsPerFollower: 0.5 },
  { handle: 'ig_micro_20k', platform: 'instagram', followers: 20_000, rate: 0.028 },
  { handle: 'ig_micro_70k', platform: 'instagram', followers: 70_000, rate: 0.02 },
  { handle: 'tt_micro_15k', platform: 'tiktok', followers: 15_000, rate: 0.08, viewsPerFollower: 0.5 },
  { handle: 'tt_micro_60k', platform: 'tiktok', followers: 60_000, rate: 0.06, viewsPerFollower: 0.3 },
];

function posts(c: ReferenceCreator): Post[] {
  return PATTERN.map((m0, i) => {
    const m = c.viral && i === PATTERN.length - 1 ? 6 : m0;
    const views = c.platform === 'tiktok' ? Math.round(c.followers * (c.viewsPerFollower ?? 1) * m) : null;
    const interactions = Math.round((views ?? c.followers) * c.rate * m);
    const comments = Math.round(interactions * 0.05);
    return {
      id: `${c.handle}-${i + 1}`,
      kind: c.platform === 'tiktok' ? 'video' : 'image',
      pinned: false,
      likes: interactions - comments,
      comments,
      views,
      takenAt: null,
      commentSamples: [],
    };
  });
}

export function referenceSnapshot(c: ReferenceCreator): Snapshot {
  const url =
    c.platform === 'tiktok' ? `https://www.tiktok.com/@${c.handle}` : `https://www.instagram.com/${c.handle}/`;
  return {
    v: 1,
    platform: c.platform,
    pageKind: 'profile',
    url,
    handle: c.handle,
    capturedAt: 1_700_000_000_000,
    status: 'ok',
    profile: {
      ...emptyProfile(),
      displayName: c.handle,
      followers: { value: c.followers, source: 'json', exact: true },
    },
    posts: posts(c),
    missing: [],
  };
}
