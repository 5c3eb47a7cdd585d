import { describe, expect, it } from 'vitest';
import { planAssumptions } from './plan-assumptions';
import { settings } from '../../tests/builders/snapshots';

describe('planAssumptions', () => {
  it('lists the rate card per planned platform and the funnel', () => {
    const lines = planAssumptions(settings(), ['instagram']);
    expect(lines[0]).toBe(
      'Instagram median price per 1,000 followers: nano $10.00, micro $10.00, macro $10.00, mega $10.00',
    );
    expect(lines).toContain('Instagram reach (share of followers): nano 30%, micro 25%, macro 21%, mega 15%');
    expect(lines).toContain(
      'Click-through of people reached: nano 3.5%, micro 1.8%, macro 0.9%, mega 0.9%; conversion rate 2.5%',
    );
    expect(lines).toContain('Average order value $100');
    expect(lines.some((l) => l.startsWith('TikTok'))).toBe(false);
  });
  it('says when nano creators are gifted', () => {
    const lines = planAssumptions(
      settings({ gifting: { nano: true, productCost: { low: 20, expected: 40, high: 60 } } }),
      ['tiktok'],
    );
    expect(lines[0]).toBe('TikTok median price per 1,000 followers: nano $3.50, micro $2.50, macro $2.50, mega $2.50');
    expect(lines).toContain(
      'Nano creators are partly paid in product ($40.00 ($20.00–$60.00)), fading out towards the micro threshold',
    );
    const paid = planAssumptions(
      settings({ gifting: { nano: false, productCost: { low: 20, expected: 40, high: 60 } } }),
      ['tiktok'],
    );
    expect(paid.some((l) => l.startsWith('Nano creators'))).toBe(false);
  });
});
