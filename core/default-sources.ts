import type { SettingsField } from './defaults';

/**
 * Where each default in DEFAULT_SETTINGS comes from, in words a marketer can
 * check (the settings page shows them beside the fields). The detailed notes
 * are the comments in defaults.ts; keep both in step.
 */
export const DEFAULT_SOURCES: Readonly<Record<Exclude<SettingsField, 'v' | 'excludePinned'>, string>> = {
  tierThresholds:
    'Later × Fohr influencer report (2021) tiers, mid and macro merged into one macro band; 1K nano floor from Influencer Marketing Hub (2024).',
  rateCard:
    'Influencer Marketing Hub "Influencer Rates" (2024), also in Shopify\'s influencer pricing guide (2024); expected = midpoint. Below-nano bands and mega highs are our assumption (no published upper bound).',
  reachRate:
    'Instagram: 10–20 % of followers, a secondary industry estimate (untapper.com benchmarks, 2026). TikTok: our assumption, used only when no view counts are on the page.',
  clickThroughRate: 'WordStream Facebook Ads benchmarks (2019): 0.90 % average; the 0.5–1.5 % band is our assumption.',
  conversionRate: 'Shopify e-commerce conversion-rate guide (2024): 2.5–3 % average; the 1–4 % band is our assumption.',
  averageOrderValue: 'Rounded US e-commerce average order value (about $100–$130, e.g. Dynamic Yield benchmarks, 2024). Set your store\'s own.',
  currency: 'US dollars, the currency of the published rate cards above.',
  benchmarks:
    'Instagram: HypeAuditor State of Influencer Marketing 2024 (nano 2.19 %) and HypeAuditor tier study 2018 (about 1.6 % from 20K up); mega between HypeAuditor 2018 and 2026. TikTok by followers: 2023 follower-band figures attributed to Rival IQ; by views: 2023 calculatecreator.com aggregate. Below-nano rows are our assumption.',
  gifting:
    'Our assumption: nano creators are often paid in product (industry guides, e.g. Scope\'s payment and gifting models); the $20–$60 product cost (goods plus shipping, about 40 % of a $100 order at cost) is ours: set your own.',
};
