import { describe, expect, it } from 'vitest';
import { planAssumptions } from './plan-assumptions';
import { settings } from './test-fixtures';

describe('planAssumptions', () => {
  it('lists the rate card per planned platform and the funnel', () => {
    const lines = planAssumptions(settings(), ['instagram']);
    expect(lines[0]).toBe('Instagram expected cost per post: nano $55.00, micro $300, macro $5,000, mega $30,000');
    expect(lines).toContain('Instagram reach: 10%–20% of followers');
    expect(lines).toContain('Average order value $100');
    expect(lines.some((l) => l.startsWith('TikTok'))).toBe(false);
  });
  it('says when nano creators are gifted', () => {
    const lines = planAssumptions(settings({ gifting: { nano: true, productCost: { low: 20, expected: 40, high: 60 } } }), ['tiktok']);
    expect(lines[0]).toBe('TikTok expected cost per post: nano $40.00 (gifted product), micro $75.00, macro $1,300, mega $7,500');
  });
});
