import { publishedBenchmarkTable } from './benchmarks';
import { FIELDS_ADDED_IN, settingsSchema, SETTINGS_VERSION, type Settings } from './settings';

/**
 * Default assumptions. Every number is an industry estimate, not a measurement
 * of any creator: published benchmarks disagree with each other, tier
 * boundaries differ between reports, and prices vary by niche and country.
 * Each figure names its source and year; "our assumption" marks the few places
 * where no published figure fits and we chose one. All are user-editable.
 *
 * Rate card source: Influencer Marketing Hub, "Influencer Rates" (2024 update),
 * also reproduced in Shopify's "Influencer Pricing" guide (2024). Published
 * bands, USD per sponsored post:
 *   Instagram: nano $10–$100, micro $100–$500, mid-tier $500–$5,000,
 *              macro $5,000–$10,000, mega $10,000+
 *   TikTok:    nano $5–$25, micro $25–$125, mid-tier $125–$1,250,
 *              macro $1,250–$2,500, mega $2,500+
 * with tiers nano 1K–10K, micro 10K–50K, mid-tier 50K–500K, macro 500K–1M,
 * mega 1M+. Our macro (100K–1M) spans their mid-tier and macro bands, so it
 * takes the mid-tier low and the macro high. "Expected" is the midpoint of
 * the low and high we use, rounded.
 */
export const DEFAULT_SETTINGS: Settings = {
  v: SETTINGS_VERSION,
  // Nano 1K, micro 10K, macro 100K, mega 1M. Later × Fohr's influencer report
  // (2021) uses nano <10K, micro 10K–100K, mid 100K–500K, macro 500K–1M,
  // mega 1M+; we merge mid and macro into one "macro" band. The 1K floor for
  // nano is Influencer Marketing Hub's (2024).
  tierThresholds: { nano: 1_000, micro: 10_000, macro: 100_000, mega: 1_000_000 },
  rateCard: {
    instagram: {
      // Our assumption: no published band below 1K followers (usually paid in
      // product); $0 up to half the IMH nano high ($100), midpoint expected.
      'below-nano': { low: 0, expected: 25, high: 50 },
      // IMH 2024 Instagram nano $10–$100; midpoint $55.
      nano: { low: 10, expected: 55, high: 100 },
      // IMH 2024 Instagram micro $100–$500; midpoint $300. Creators at
      // 50K–100K sit in IMH's mid-tier ($500+), so this may run low for them.
      micro: { low: 100, expected: 300, high: 500 },
      // IMH 2024 mid-tier low $500 to macro high $10,000; midpoint $5,250 rounded.
      macro: { low: 500, expected: 5_000, high: 10_000 },
      // IMH 2024 mega "$10,000+" has no upper bound; the $50,000 high is our
      // assumption (5× the published floor); midpoint $30,000.
      mega: { low: 10_000, expected: 30_000, high: 50_000 },
    },
    tiktok: {
      // Our assumption, as for Instagram: $0 up to the IMH TikTok nano high ($25).
      'below-nano': { low: 0, expected: 12.5, high: 25 },
      // IMH 2024 TikTok nano $5–$25; midpoint $15.
      nano: { low: 5, expected: 15, high: 25 },
      // IMH 2024 TikTok micro $25–$125; midpoint $75.
      micro: { low: 25, expected: 75, high: 125 },
      // IMH 2024 TikTok mid-tier low $125 to macro high $2,500; midpoint $1,312.50 rounded.
      macro: { low: 125, expected: 1_300, high: 2_500 },
      // IMH 2024 TikTok mega "$2,500+"; the $12,500 high is our assumption
      // (5× the floor, as on Instagram); midpoint $7,500.
      mega: { low: 2_500, expected: 7_500, high: 12_500 },
    },
  },
  reachRate: {
    // Instagram feed posts reach roughly 10–20 % of followers, as published on
    // industry benchmark pages (e.g. untapper.com "Influencer Marketing
    // Benchmarks", 2026; a secondary estimate, not a study); midpoint 15 %.
    instagram: { low: 0.1, expected: 0.15, high: 0.2 },
    // Our assumption. TikTok serves videos to non-followers, so followers ×
    // rate is a poor proxy; it is used only when no view counts are on the
    // page, and as the band around median views otherwise (see roi.ts).
    tiktok: { low: 0.1, expected: 0.25, high: 0.5 },
  },
  // WordStream, Facebook Ads Benchmarks (2019, as widely quoted): 0.90 % average click-through
  // rate across industries (Meta ads, Instagram included); the 0.5–1.5 % band
  // around it is our assumption. Influencer posts without a link sticker click less.
  clickThroughRate: { low: 0.005, expected: 0.009, high: 0.015 },
  // Shopify, "Ecommerce Conversion Rate" guide (2024): average e-commerce
  // conversion rate 2.5–3 %; we take 2.5 % expected and a 1–4 % band (our assumption).
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
    // Off: the rate card above is the published default; gifting is the
    // marketer's choice for nano creators.
    nano: false,
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
    return Object.prototype.hasOwnProperty.call(raw, field)
      ? (raw as Record<string, unknown>)[field]
      : undefined;
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
