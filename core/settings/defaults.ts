import { publishedBenchmarkTable } from '../score/benchmarks';
import { FIELDS_ADDED_IN, settingsSchema, SETTINGS_VERSION, type Settings } from './settings';

/**
 * Default assumptions. Every number is an industry estimate, not a measurement
 * of any creator: published benchmarks disagree with each other, tier
 * boundaries differ between reports, and prices vary by niche and country.
 * Each figure names its source and year; "our assumption" marks the places
 * where no published figure fits and we chose one. All are user-editable.
 * Bands are p10 / median / p90 (`low` / `expected` / `high`), read as
 * log-normals (core/score/lognormal.ts). The sources, short, are in
 * default-sources.ts (shown in Settings); keep both in step.
 *
 * Sources:
 * - IMH 2024: Influencer Marketing Hub, "Influencer Rates" (2024 update), also
 *   in Shopify's influencer pricing guide. USD per sponsored post, Instagram:
 *   nano (1K–10K) $10–$100, micro (10K–50K) $100–$500, mid (50K–500K)
 *   $500–$5,000, macro (500K–1M) $5,000–$10,000, mega $10,000+. Every band
 *   edge is $10 per 1,000 followers. TikTok: $5–$25, $25–$125, $125–$1,250,
 *   $1,250–$2,500, $2,500+: $2.50 per 1,000 followers, $5 at 1K.
 * - inBeat "Influencer Rate Sheet" (2024): "$100 for every 10,000 followers"
 *   on Instagram, the same $10 per 1,000.
 * - HypeAuditor, "How Instagram influencers set their prices" (2019): video
 *   posts cost 40–50 % more than a photo, carousels 20–30 % more.
 * - Beichert, Bayerl, Goldenberg & Lanz, "Revenue Generation Through
 *   Influencer Marketing", Journal of Marketing 88(4) 2024 (2,808 sponsored
 *   Instagram posts, 1.88 M purchases): nano (< 8.5K) vs macro (> 50K)
 *   revenue per follower €0.265 vs €0.049, per reached follower €0.881 vs
 *   €0.237, return on influencer spend 17.85 vs 4.67.
 * - Socialinsider TikTok benchmarks (2022, 616,409 videos): average watch
 *   rate (views ÷ followers) 16.23 %.
 * - Tapmy creator cohort (2026, 12K accounts, quoted by creatorlanehq.com):
 *   link-in-bio click-through from Reels 1–3 %, median 1.8 %.
 * - Shopify, "Ecommerce Conversion Rate" guide (2024): 2.5–3 % average.
 * - untapper.com "Influencer Marketing Benchmarks" (2026, a secondary
 *   estimate): Instagram posts reach 10–20 % of followers.
 */

/** Instagram p10 / median / p90 at ×/÷ 2 around the median: our assumption (see pricing below). */
const perThousand = (median: number) => ({ low: median / 2, expected: median, high: median * 2 });
/** A ×/÷ 1.5 band around a rate: our assumption where a source gives one figure. */
const around = (median: number, by = 1.5) => ({
  // Rounded to 0.01 percentage points, so the settings form shows and reads them back exactly.
  low: Number((median / by).toFixed(4)),
  expected: median,
  high: Math.min(1, Number((median * by).toFixed(4))),
});

export const DEFAULT_SETTINGS: Settings = {
  v: SETTINGS_VERSION,
  // Nano 1K, micro 10K, macro 100K, mega 1M. Later × Fohr's influencer report
  // (2021) uses nano <10K, micro 10K–100K, mid 100K–500K, macro 500K–1M,
  // mega 1M+; we merge mid and macro into one "macro" band. The 1K floor for
  // nano is Influencer Marketing Hub's (2024).
  tierThresholds: { nano: 1_000, micro: 10_000, macro: 100_000, mega: 1_000_000 },
  pricing: {
    perThousand: {
      // IMH 2024 and inBeat 2024: $10 per 1,000 followers at every tier edge
      // from 1K to 1M (the mega floor too). The ×/÷ 2 band (p10 $5, p90 $20)
      // is our assumption; it covers inBeat's and others' $100–$250 quotes
      // for a 10K-follower post. Below 1K: our assumption, the nano figure.
      instagram: {
        'below-nano': perThousand(10),
        nano: perThousand(10),
        micro: perThousand(10),
        macro: perThousand(10),
        mega: perThousand(10),
      },
      // IMH 2024 TikTok: $2.50 per 1,000 followers at every edge from 10K up;
      // $5 at 1K, so nano's centre takes $3.50 (between the two) and below 1K
      // $5 (our assumption). Band ×/÷ 2, our assumption.
      tiktok: {
        'below-nano': perThousand(5),
        nano: perThousand(3.5),
        micro: perThousand(2.5),
        macro: perThousand(2.5),
        mega: perThousand(2.5),
      },
    },
    // Our assumption: rates rise with engagement (HypeAuditor 2019 and every
    // rate guide say so) but no source gives by how much; the square root
    // moves a creator with 4× the typical rate to 2× the price.
    engagementElasticity: 0.5,
    // A single-image post: the format the published rate cards price.
    instagramFormat: 'post',
    // HypeAuditor 2019: carousel +20–30 %, video +40–50 %; midpoints.
    formatMultiplier: { carousel: 1.25, reel: 1.45 },
  },
  reach: {
    instagram: {
      // Our assumption: as nano.
      'below-nano': around(0.3),
      // Beichert et al. 2024: €0.265 revenue per follower ÷ €0.881 per reached
      // follower = 30 % of a nano creator's followers reached.
      nano: around(0.3),
      // Our assumption: between the nano and macro figures of the same study.
      micro: around(0.25),
      // Beichert et al. 2024: €0.049 ÷ €0.237 = 21 % for creators above 50K.
      macro: around(0.21),
      // untapper.com 2026: 10–20 % of followers, median 15 %; our assumption
      // that the biggest accounts sit at that general figure.
      mega: { low: 0.1, expected: 0.15, high: 0.2 },
    },
    // Socialinsider 2022: views average 16 % of followers. Used only when no
    // view counts are on the page (TikTok reach is median views otherwise);
    // the 5–50 % band is our assumption.
    tiktokViewsPerFollower: { low: 0.05, expected: 0.16, high: 0.5 },
  },
  // Clicks per reached person. Micro: Tapmy 2026, link in bio from Reels,
  // median 1.8 %, 1–3 %. Nano and macro: Beichert et al. 2024 found revenue
  // per reached follower 3.7× higher for nano than macro creators; with the
  // store's conversion rate and order value the same for both, that ratio is
  // in the clicks, split evenly (×1.93 each way) around micro. Below-nano as
  // nano and mega as macro: our assumption (no published figure).
  clickThrough: {
    'below-nano': { low: 0.0193, expected: 0.035, high: 0.058 },
    nano: { low: 0.0193, expected: 0.035, high: 0.058 },
    micro: { low: 0.01, expected: 0.018, high: 0.03 },
    macro: { low: 0.0052, expected: 0.0093, high: 0.0155 },
    mega: { low: 0.0052, expected: 0.0093, high: 0.0155 },
  },
  // Shopify, "Ecommerce Conversion Rate" guide (2024): average e-commerce
  // conversion rate 2.5–3 %; we take 2.5 % and a 1–4 % band (our assumption).
  conversionRate: { low: 0.01, expected: 0.025, high: 0.04 },
  // Rounded US e-commerce average order value (roughly $100–$130 in published
  // e-commerce benchmarks, e.g. Dynamic Yield's, 2024); set your store's own.
  averageOrderValue: 100,
  currency: 'USD',
  // Pinned posts are the creator's showcase, not a typical post (settings.ts).
  excludePinned: true,
  // The published engagement norms, each with its source and year in
  // benchmarks.ts (HypeAuditor 2018/2024/2026; TikTok 2023 aggregates).
  benchmarks: publishedBenchmarkTable(),
  gifting: {
    // On: nano creators are often paid in product (IMH 2024 lists "product"
    // beside the nano fee; so do most rate guides). The share paid so fades
    // out between the nano and micro thresholds (core/score/price.ts).
    nano: true,
    // Our assumption: one product at cost plus shipping. About 40 % of the
    // $100 default order value at cost ($40), a $20–$60 band either side;
    // set your own product's landed cost.
    productCost: { low: 20, expected: 40, high: 60 },
  },
};

export type SettingsField = keyof Settings;
const FIELDS = Object.keys(settingsSchema.shape) as SettingsField[];

function readField(raw: object, field: string): unknown {
  // Own properties only (a "__proto__" or "constructor" key must not reach the
  // prototype), and a throwing getter or Proxy trap counts as a bad field.
  try {
    return Object.prototype.hasOwnProperty.call(raw, field) ? (raw as Record<string, unknown>)[field] : undefined;
  } catch {
    return undefined;
  }
}

/** The stored record's version when it is one we wrote (1 … current), else null. */
function storedVersion(source: object): number | null {
  const v = readField(source, 'v');
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= SETTINGS_VERSION ? v : null;
}

/**
 * Reads stored settings. Each top-level field is validated alone; a bad or
 * missing one falls back to its default and is named in `repaired`, the rest
 * are kept (a single corrupt threshold must not wipe the user's rate card).
 * A record from an older version gets the fields added since silently: they
 * were never stored, so nothing was lost.
 */
export function parseSettings(raw: unknown): { settings: Settings; repaired: string[] } {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const version = storedVersion(source);
  const out: Record<string, unknown> = {};
  const repaired: string[] = [];
  for (const field of FIELDS) {
    if (field === 'v') {
      out.v = SETTINGS_VERSION;
      if (version === null) repaired.push('v');
      continue;
    }
    let parsed: { success: true; data: unknown } | { success: false } = { success: false };
    let value: unknown;
    try {
      value = readField(source, field);
      parsed = settingsSchema.shape[field].safeParse(value);
    } catch {
      // zod itself does not throw on safeParse, but a hostile object might.
    }
    const added = FIELDS_ADDED_IN[field];
    if (parsed.success) {
      out[field] = parsed.data;
    } else if (value === undefined && version !== null && added !== undefined && version < added) {
      out[field] = structuredClone(DEFAULT_SETTINGS[field]);
    } else {
      out[field] = structuredClone(DEFAULT_SETTINGS[field]);
      repaired.push(field);
    }
  }
  return { settings: out as Settings, repaired };
}
