import { TIERS, type Tier } from './analysis';
import type { BenchmarkTable } from '../settings/settings';
import type { Platform } from '../page/snapshot';

/**
 * Typical engagement rates (likes + comments per post, as a fraction) by
 * platform and tier. Shown to users beside a creator's rate, and used by pod
 * scoring to spot engagement far above what a tier normally gets.
 *
 * These are industry estimates. Published studies differ by 2–5× depending on
 * sample, year and method (means vs medians, shares counted or not), and
 * Instagram rates have fallen year on year. Where sources disagree we take the
 * higher figure: a norm set too low would make pod scoring accuse honest
 * creators. Several figures come from secondary pages quoting a report; they
 * are marked so, and should be checked against the primary report.
 */

export type EngagementBasis = 'followers' | 'views';

export interface EngagementNorm {
  /** A typical rate for the tier, as a fraction. */
  typical: number;
  /** Source and year, shown to users next to the figure. */
  source: string;
}

const HA_2024 = 'HypeAuditor, State of Influencer Marketing 2024 (2023 data)';
const HA_2018 = 'HypeAuditor blog, Instagram engagement by tier (2018)';
const HA_2026 = 'HypeAuditor, State of Influencer Marketing 2026 (via eMarketer)';
const TT_FOLLOWERS = 'TikTok engagement by follower band, 2023 (secondary source, attributed to Rival IQ)';
const TT_VIEWS = 'TikTok engagement by views by follower band, 2023 (calculatecreator.com aggregate)';

export const INSTAGRAM_ER_BY_FOLLOWERS: Readonly<Record<Tier, EngagementNorm>> = {
  // Our assumption: reports start at 1K followers; every one finds the rate
  // falling with size, so below 1K is set above the nano figure.
  'below-nano': { typical: 0.03, source: `Creator Scout assumption, set above the nano figure of ${HA_2024}` },
  // HypeAuditor 2024 report: 2.19 % for 1K–10K followers (all tiers: 1.85 %).
  nano: { typical: 0.0219, source: HA_2024 },
  // HypeAuditor 2018: 1.54–1.62 % for every band from 20K to 1M+; rounded to
  // 1.6 %. (Their 2026 report gives 0.54 % for 10K–50K; we keep the higher.)
  micro: { typical: 0.016, source: HA_2018 },
  // Same HypeAuditor 2018 band (100K–1M inside 1.54–1.62 %), rounded.
  macro: { typical: 0.016, source: HA_2018 },
  // Between HypeAuditor 2018 (≈ 1.6 % for 1M+) and 2026 (0.33 % for 1M+);
  // 1 % is a rounded middle of the two published figures.
  mega: { typical: 0.01, source: `${HA_2018}; ${HA_2026}` },
};

export const TIKTOK_ER_BY_FOLLOWERS: Readonly<Record<Tier, EngagementNorm>> = {
  // Published: 1K–5K 21.10 %, 5K–20K 18.40 %, 20K–100K 15.64 %,
  // 100K–1M 11.39 %, 1M+ 4.40 %. TikTok's For You feed reaches non-followers,
  // hence rates far above Instagram's. Below 1K: the 1K–5K figure (our assumption).
  'below-nano': { typical: 0.211, source: TT_FOLLOWERS },
  // Rounded between the 1K–5K and 5K–20K figures.
  nano: { typical: 0.2, source: TT_FOLLOWERS },
  // 20K–100K figure, rounded.
  micro: { typical: 0.156, source: TT_FOLLOWERS },
  // 100K–1M figure, rounded.
  macro: { typical: 0.114, source: TT_FOLLOWERS },
  // 1M+ figure.
  mega: { typical: 0.044, source: TT_FOLLOWERS },
};

export const TIKTOK_ER_BY_VIEWS: Readonly<Record<Tier, EngagementNorm>> = {
  // Published (likes + comments + shares per view): under 5K 5.6 %, 5K–20K 4.3 %,
  // 20K–100K 3.1 %, 100K–1M 1.9 %, 1M+ 1.2 %. We count no shares, so a
  // creator's rate here runs a little under these: the safe direction for pods.
  'below-nano': { typical: 0.056, source: TT_VIEWS },
  // Rounded between the under-5K and 5K–20K figures.
  nano: { typical: 0.05, source: TT_VIEWS },
  // Rounded between the 5K–20K and 20K–100K figures.
  micro: { typical: 0.035, source: TT_VIEWS },
  // 100K–1M figure.
  macro: { typical: 0.019, source: TT_VIEWS },
  // 1M+ figure.
  mega: { typical: 0.012, source: TT_VIEWS },
};

export type BenchmarkKey = keyof BenchmarkTable;

/** The published tables, keyed as in the settings' editable copy. */
export const PUBLISHED_BENCHMARKS: Readonly<Record<BenchmarkKey, Readonly<Record<Tier, EngagementNorm>>>> = {
  instagramByFollowers: INSTAGRAM_ER_BY_FOLLOWERS,
  tiktokByFollowers: TIKTOK_ER_BY_FOLLOWERS,
  tiktokByViews: TIKTOK_ER_BY_VIEWS,
};

export const BENCHMARK_KEYS = Object.keys(PUBLISHED_BENCHMARKS) as BenchmarkKey[];

/** The published figures as the settings store them (fractions only); the default table. */
export function publishedBenchmarkTable(): BenchmarkTable {
  const rates = (key: BenchmarkKey) =>
    Object.fromEntries(TIERS.map((tier) => [tier, PUBLISHED_BENCHMARKS[key][tier].typical])) as Record<Tier, number>;
  return {
    instagramByFollowers: rates('instagramByFollowers'),
    tiktokByFollowers: rates('tiktokByFollowers'),
    tiktokByViews: rates('tiktokByViews'),
  };
}

/** Which table applies; Instagram has no views-based norm. */
function benchmarkKey(platform: Platform, basis: EngagementBasis): BenchmarkKey | null {
  if (platform === 'instagram') return basis === 'followers' ? 'instagramByFollowers' : null;
  return basis === 'views' ? 'tiktokByViews' : 'tiktokByFollowers';
}

/** The norm to compare a rate with; Instagram has no views-based norm. */
export function engagementNorm(platform: Platform, basis: EngagementBasis, tier: Tier): EngagementNorm | null {
  const key = benchmarkKey(platform, basis);
  return key === null ? null : PUBLISHED_BENCHMARKS[key][tier];
}

/**
 * The norm from the user's (editable) table. The source is the published one
 * while the figure is unchanged, and says "your figure" once it is edited.
 */
export function userNorm(
  table: BenchmarkTable,
  platform: Platform,
  basis: EngagementBasis,
  tier: Tier,
): EngagementNorm | null {
  const key = benchmarkKey(platform, basis);
  if (key === null) return null;
  const typical = table[key][tier];
  const published = PUBLISHED_BENCHMARKS[key][tier];
  return typical === published.typical ? published : { typical, source: 'your figure, set in Settings' };
}
