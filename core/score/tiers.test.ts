import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS } from './analysis';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { classifyTier, TIER_LABELS, TIER_ORDER, tierRangeLabel } from './tiers';

const t = DEFAULT_SETTINGS.tierThresholds;

describe('classifyTier', () => {
  it('puts each boundary in the upper tier', () => {
    expect(classifyTier(0, t)).toBe('below-nano');
    expect(classifyTier(999, t)).toBe('below-nano');
    expect(classifyTier(1_000, t)).toBe('nano');
    expect(classifyTier(9_999, t)).toBe('nano');
    expect(classifyTier(10_000, t)).toBe('micro');
    expect(classifyTier(99_999, t)).toBe('micro');
    expect(classifyTier(100_000, t)).toBe('macro');
    expect(classifyTier(999_999, t)).toBe('macro');
    expect(classifyTier(1_000_000, t)).toBe('mega');
    expect(classifyTier(1e13, t)).toBe('mega');
  });
  it('returns null for missing, NaN, infinite and negative counts', () => {
    expect(classifyTier(null, t)).toBeNull();
    expect(classifyTier(Number.NaN, t)).toBeNull();
    expect(classifyTier(Number.POSITIVE_INFINITY, t)).toBeNull();
    expect(classifyTier(-1, t)).toBeNull();
  });
  it('follows custom thresholds', () => {
    expect(classifyTier(5_000, { nano: 500, micro: 5_000, macro: 50_000, mega: 500_000 })).toBe('micro');
  });
  it('is monotonic in followers for any increasing thresholds', () => {
    const thresholds = fc.uniqueArray(fc.integer({ min: 1, max: 1e9 }), { minLength: 4, maxLength: 4 }).map((xs) => {
      const [nano = 1, micro = 2, macro = 3, mega = 4] = [...xs].sort((a, b) => a - b);
      return { nano, micro, macro, mega };
    });
    fc.assert(
      fc.property(thresholds, fc.nat(2e9), fc.nat(2e9), (th, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const tierLo = classifyTier(lo, th);
        const tierHi = classifyTier(hi, th);
        expect(tierLo).not.toBeNull();
        expect(TIER_ORDER[tierLo!]).toBeLessThanOrEqual(TIER_ORDER[tierHi!]);
      }),
    );
  });
});

describe('labels and order', () => {
  it('labels every tier', () => {
    expect(TIER_LABELS['below-nano']).toBe('Below nano');
    expect(TIER_LABELS.micro).toBe('Micro');
    expect(Object.keys(TIER_LABELS)).toEqual([...TIERS]);
  });
  it('orders tiers from smallest audience to largest', () => {
    expect(TIERS.map((tier) => TIER_ORDER[tier])).toEqual([0, 1, 2, 3, 4]);
  });
  it('prints follower ranges', () => {
    expect(tierRangeLabel('below-nano', t)).toBe('Under 1K followers');
    expect(tierRangeLabel('nano', t)).toBe('1K–10K followers');
    expect(tierRangeLabel('micro', t)).toBe('10K–100K followers');
    expect(tierRangeLabel('macro', t)).toBe('100K–1M followers');
    expect(tierRangeLabel('mega', t)).toBe('1M+ followers');
    expect(tierRangeLabel('nano', { nano: 1_500, micro: 15_000, macro: 150_000, mega: 1_500_000 })).toBe(
      '1.5K–15K followers',
    );
  });
});

describe('tier presets', () => {
  it('offer the common scale and the nano-from-500, mega-from-700K scale', async () => {
    const { TIER_PRESETS, matchPreset } = await import('./tiers');
    expect(TIER_PRESETS.map((p) => p.thresholds)).toEqual([
      { nano: 1_000, micro: 10_000, macro: 100_000, mega: 1_000_000 },
      { nano: 500, micro: 10_000, macro: 100_000, mega: 700_000 },
    ]);
    expect(matchPreset(t)?.id).toBe('standard');
    expect(matchPreset({ nano: 500, micro: 10_000, macro: 100_000, mega: 700_000 })?.id).toBe('agency-500');
    expect(matchPreset({ nano: 2_000, micro: 10_000, macro: 100_000, mega: 1_000_000 })).toBeNull();
    const agency = TIER_PRESETS[1]!.thresholds;
    expect(classifyTier(600, agency)).toBe('nano');
    expect(classifyTier(750_000, agency)).toBe('mega');
  });
});
