import { describe, expect, it } from 'vitest';
import { TIERS } from './analysis';
import { engagementNorm, INSTAGRAM_ER_BY_FOLLOWERS, TIKTOK_ER_BY_FOLLOWERS, TIKTOK_ER_BY_VIEWS } from './benchmarks';

describe('engagement norms', () => {
  const tables = [INSTAGRAM_ER_BY_FOLLOWERS, TIKTOK_ER_BY_FOLLOWERS, TIKTOK_ER_BY_VIEWS];
  it('give every tier a positive fraction with a source', () => {
    for (const table of tables) {
      for (const tier of TIERS) {
        expect(table[tier].typical).toBeGreaterThan(0);
        expect(table[tier].typical).toBeLessThan(1);
        expect(table[tier].source).toMatch(/\d{4}/);
      }
    }
  });
  it('never rise with audience size, as every cited study finds', () => {
    for (const table of tables) {
      const values = TIERS.map((tier) => table[tier].typical);
      for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]!);
    }
  });
  it('carry the published figures', () => {
    expect(INSTAGRAM_ER_BY_FOLLOWERS.nano.typical).toBe(0.0219);
    expect(TIKTOK_ER_BY_FOLLOWERS.mega.typical).toBe(0.044);
    expect(TIKTOK_ER_BY_VIEWS.macro.typical).toBe(0.019);
  });
  it('pick the table for platform and basis', () => {
    expect(engagementNorm('instagram', 'followers', 'micro')).toBe(INSTAGRAM_ER_BY_FOLLOWERS.micro);
    expect(engagementNorm('instagram', 'views', 'micro')).toBeNull();
    expect(engagementNorm('tiktok', 'views', 'nano')).toBe(TIKTOK_ER_BY_VIEWS.nano);
    expect(engagementNorm('tiktok', 'followers', 'nano')).toBe(TIKTOK_ER_BY_FOLLOWERS.nano);
  });
});
