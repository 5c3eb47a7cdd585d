import { TIERS, type Tier } from './analysis';
import { formatCount, localeOf } from '../text/format';
import { EN, type MessageKey, type Translate } from '../text/i18n';
import type { TierThresholds } from '../settings/settings';

/**
 * Follower tiers. Boundaries belong to the upper tier: with the default
 * thresholds exactly 10,000 followers is micro, 9,999 is nano.
 */

/** Message names cannot hold "-": the tier ids' keys in the catalogue. */
const TIER_KEY: Readonly<Record<Tier, 'belowNano' | 'nano' | 'micro' | 'macro' | 'mega'>> = {
  'below-nano': 'belowNano',
  nano: 'nano',
  micro: 'micro',
  macro: 'macro',
  mega: 'mega',
};

/** "Micro": a tier's name on its own (badges, headings). `t` is required: see labels.ts. */
export function tierLabel(tier: Tier, t: Translate): string {
  return t(`tier.label.${TIER_KEY[tier]}` satisfies MessageKey);
}

/** "micro": a tier's name inside a sentence ("micro creators"). */
export function tierInline(tier: Tier, t: Translate): string {
  return t(`tier.inline.${TIER_KEY[tier]}` satisfies MessageKey);
}

/**
 * The English names, for output that stays English whatever the browser's
 * language (CSV cells a team shares). locales/locales.test.ts checks they
 * equal the catalogue's. A literal, not computed from EN, so a bundle that
 * imports tiers.ts without using EN (the content scripts) carries no catalogue.
 */
export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  'below-nano': 'Below nano',
  nano: 'Nano',
  micro: 'Micro',
  macro: 'Macro',
  mega: 'Mega',
};

/** Sort rank, smallest audience first (the order of TIERS in analysis.ts). */
export const TIER_ORDER: Readonly<Record<Tier, number>> = Object.fromEntries(
  TIERS.map((tier, index) => [tier, index]),
) as Record<Tier, number>;

export function classifyTier(followers: number | null, t: TierThresholds): Tier | null {
  if (followers === null || !Number.isFinite(followers) || followers < 0) return null;
  // Checked top-down, so the result stays monotonic in followers even if a
  // caller passes thresholds that do not increase.
  if (followers >= t.mega) return 'mega';
  if (followers >= t.macro) return 'macro';
  if (followers >= t.micro) return 'micro';
  if (followers >= t.nano) return 'nano';
  return 'below-nano';
}

/** "10K–100K followers", "Under 1K followers", "1M+ followers". */
export function tierRangeLabel(tier: Tier, t: TierThresholds, tr: Translate = EN): string {
  const n = (value: number) => formatCount(value, localeOf(tr));
  switch (tier) {
    case 'below-nano':
      return tr('tier.range.below', [n(t.nano)]);
    case 'nano':
      return tr('tier.range.band', [n(t.nano), n(t.micro)]);
    case 'micro':
      return tr('tier.range.band', [n(t.micro), n(t.macro)]);
    case 'macro':
      return tr('tier.range.band', [n(t.macro), n(t.mega)]);
    case 'mega':
      return tr('tier.range.top', [n(t.mega)]);
  }
}

export interface TierPreset {
  id: 'standard' | 'agency-500';
  label: string;
  thresholds: TierThresholds;
  /** Where the scale comes from. */
  source: string;
}

/**
 * Tier scales a marketer can pick in one click; any other thresholds are
 * "custom". Changing them re-tiers the shortlist, compare, planner and CSV,
 * which all recompute from stored snapshots with the current settings.
 */
export const TIER_PRESETS: readonly TierPreset[] = [
  {
    id: 'standard',
    label: '1K / 10K / 100K / 1M (common scale)',
    thresholds: { nano: 1_000, micro: 10_000, macro: 100_000, mega: 1_000_000 },
    source:
      'The scale most published tier guides use (Influencer Marketing Hub 2024; Later × Fohr 2021, mid and macro merged).',
  },
  {
    id: 'agency-500',
    label: '500 / 10K / 100K / 700K (nano from 500, mega from 700K)',
    thresholds: { nano: 500, micro: 10_000, macro: 100_000, mega: 700_000 },
    source:
      'A scale some agencies use: nano from 500 followers and mega from 700K. Micro and macro keep the common 10K and 100K starts (our choice; the agencies differ there).',
  },
];

const PRESET_KEY = { standard: 'standard', 'agency-500': 'agency500' } as const;

/** A preset's button label, in `t`'s language. */
export function presetLabel(preset: TierPreset, t: Translate): string {
  return t(`tier.preset.${PRESET_KEY[preset.id]}.label`);
}

/** Where a preset's scale comes from, in `t`'s language. */
export function presetSource(preset: TierPreset, t: Translate): string {
  return t(`tier.preset.${PRESET_KEY[preset.id]}.source`);
}

/** The preset these thresholds match exactly, or null for custom thresholds. */
export function matchPreset(t: TierThresholds): TierPreset | null {
  return (
    TIER_PRESETS.find(
      (p) =>
        p.thresholds.nano === t.nano &&
        p.thresholds.micro === t.micro &&
        p.thresholds.macro === t.macro &&
        p.thresholds.mega === t.mega,
    ) ?? null
  );
}
