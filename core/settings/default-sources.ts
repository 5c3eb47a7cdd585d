import type { SettingsField } from './defaults';

/**
 * Where each default in DEFAULT_SETTINGS comes from, in words a marketer can
 * check (the settings page shows them beside the fields). The detailed notes
 * are the comments in defaults.ts; keep both in step.
 */
export const DEFAULT_SOURCES: Readonly<Record<Exclude<SettingsField, 'v' | 'excludePinned'>, string>> = {
  tierThresholds:
    'Later × Fohr influencer report (2021) tiers, mid and macro merged into one macro band; 1K nano floor from Influencer Marketing Hub (2024).',
  pricing:
    'Price per 1,000 followers: Influencer Marketing Hub "Influencer Rates" (2024) and inBeat rate sheet (2024), $10 on Instagram, $2.50 on TikTok ($5 at 1K). The ×/÷2 p10–p90 band, the engagement elasticity (0.5) and the below-1K rates are our assumptions. Format: HypeAuditor (2019), carousel +20–30 %, video +40–50 %.',
  reach:
    "Instagram: Beichert et al., Journal of Marketing (2024): 30 % of a nano and 21 % of a macro creator's followers reached; micro between them (our assumption); mega 10–20 % (untapper.com benchmarks, 2026). Bands ×/÷1.5 are our assumption. TikTok without view counts: views are 16 % of followers (Socialinsider, 2022); 5–50 % band our assumption.",
  clickThrough:
    'Micro: link-in-bio click-through from Reels, median 1.8 %, 1–3 % (Tapmy creator cohort 2026, via creatorlanehq.com). Nano ×1.93 and macro ÷1.93: Beichert et al. (2024) measured 3.7× the revenue per reached follower for nano vs macro creators. Below-nano as nano, mega as macro: our assumption.',
  conversionRate: 'Shopify e-commerce conversion-rate guide (2024): 2.5–3 % average; the 1–4 % band is our assumption.',
  averageOrderValue:
    "Rounded US e-commerce average order value (about $100–$130, e.g. Dynamic Yield benchmarks, 2024). Set your store's own.",
  currency: 'US dollars, the currency of the published rate cards above.',
  benchmarks:
    'Instagram: HypeAuditor State of Influencer Marketing 2024 (nano 2.19 %) and HypeAuditor tier study 2018 (about 1.6 % from 20K up); mega between HypeAuditor 2018 and 2026. TikTok by followers: 2023 follower-band figures attributed to Rival IQ; by views: 2023 calculatecreator.com aggregate. Below-nano rows are our assumption.',
  gifting:
    'On by default: nano creators are often paid in product (Influencer Marketing Hub 2024 lists product beside the nano fee). The share paid in product falls from all at 1K to none at 10K followers (our assumption, so the price has no step). The $20–$60 product cost (goods plus shipping) is ours: set your own.',
};
