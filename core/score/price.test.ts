import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { modelPrice } from './price';
import type { Settings } from '../settings/settings';
import { TIER_PRESETS } from './tiers';

/**
 * The price model's shape. The bound on a cliff: across any tier threshold T,
 * the cost per follower 1 % either side (0.99·T vs 1.01·T) may differ by at
 * most 5 %. Why 5 %: every per-tier assumption moves linearly in log followers
 * between tier centres (tier-curve.ts), so a 2 % step in followers moves it by
 * under 1 % of the gap between two adjacent tiers' values; 5 % leaves room for
 * adjacent tiers whose prices per follower differ up to 5×, and for gifting
 * fading out. The flat card it replaces jumped 16.7× per follower between a
 * 99K micro ($300) and a 101K macro ($5,000).
 */
const CLIFF_BOUND = 0.05;

const price = (
  platform: 'instagram' | 'tiktok',
  followers: number,
  er: number | null,
  s: Settings = DEFAULT_SETTINGS,
) => modelPrice(platform, followers, { byFollowers: er }, s)?.price.median ?? Number.NaN;

const platformArb = fc.constantFrom('instagram' as const, 'tiktok' as const);
const erArb = fc.option(fc.double({ min: 0.001, max: 0.3, noNaN: true }), { nil: null });
const thresholdsArb = fc.constantFrom(...TIER_PRESETS.map((p) => p.thresholds));

describe('modelPrice', () => {
  it('is monotone in followers (same engagement rate)', () => {
    fc.assert(
      fc.property(
        platformArb,
        erArb,
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.double({ min: 1.0001, max: 100, noNaN: true }),
        (p, er, f, k) => {
          expect(price(p, Math.round(f * k) + 1, er)).toBeGreaterThanOrEqual(price(p, f, er) * (1 - 1e-12));
        },
      ),
    );
  });
  it(`has no cliff at any tier threshold: cost per follower changes ≤ ${CLIFF_BOUND * 100} % across it`, () => {
    fc.assert(
      fc.property(platformArb, erArb, thresholdsArb, fc.boolean(), (p, er, tierThresholds, gifting) => {
        const s: Settings = {
          ...DEFAULT_SETTINGS,
          tierThresholds,
          gifting: { ...DEFAULT_SETTINGS.gifting, nano: gifting },
        };
        for (const t of Object.values(tierThresholds)) {
          const below = price(p, t * 0.99, er, s) / (t * 0.99);
          const above = price(p, t * 1.01, er, s) / (t * 1.01);
          expect(Math.abs(above / below - 1)).toBeLessThanOrEqual(CLIFF_BOUND);
        }
      }),
    );
  });
  it('rises with engagement, within ×0.5 … ×2', () => {
    const typical = price('instagram', 50_000, null);
    expect(price('instagram', 50_000, 0.06)).toBeGreaterThan(typical);
    expect(price('instagram', 50_000, 0.9)).toBeCloseTo(typical * 2, 6);
    expect(price('instagram', 50_000, 0.0001)).toBeCloseTo(typical / 2, 6);
  });
  it('prices a reel by its published multiplier', () => {
    const reel: Settings = { ...DEFAULT_SETTINGS, pricing: { ...DEFAULT_SETTINGS.pricing, instagramFormat: 'reel' } };
    expect(price('instagram', 50_000, null, reel)).toBeCloseTo(price('instagram', 50_000, null) * 1.45, 6);
  });
  it('matches the published $10 per 1,000 Instagram followers at the default (typical engagement)', () => {
    expect(price('instagram', 500_000, null)).toBeCloseTo(5_000, 6);
    expect(price('instagram', 50_000, null)).toBeCloseTo(500, 6);
    expect(price('tiktok', 500_000, null)).toBeCloseTo(1_250, 6);
  });
});
