import { describe, expect, it } from 'vitest';
import {
  formatRatioRange,
  formatCount,
  formatExactCount,
  formatMoney,
  formatPercent,
  formatRange,
  podEvidenceLabel,
  podLevelLabel,
  statusLabel,
} from './format';
import { pageStatusSchema } from '../page/snapshot';

describe('formatCount', () => {
  it('prints compact counts', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(12_345)).toBe('12.3K');
    expect(formatCount(1_234_567)).toBe('1.2M');
    expect(formatCount(1e13)).toBe('10T');
  });
  it('prints a dash for missing or non-finite values', () => {
    expect(formatCount(null)).toBe('—');
    expect(formatCount(Number.NaN)).toBe('—');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—');
  });
  it('follows the locale and survives a malformed one', () => {
    expect(formatCount(12_345, 'de-DE')).toBe('12.345');
    expect(formatCount(12_345, 'not a locale!')).toBe('12.3K');
  });
});

describe('formatExactCount', () => {
  it('groups digits and rounds fractions', () => {
    expect(formatExactCount(1_234_567)).toBe('1,234,567');
    expect(formatExactCount(1234.6)).toBe('1,235');
    expect(formatExactCount(-5)).toBe('-5');
    expect(formatExactCount(null)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('formats a fraction with fixed digits', () => {
    expect(formatPercent(0.0431)).toBe('4.31%');
    expect(formatPercent(0.0431, 1)).toBe('4.3%');
    expect(formatPercent(1.5, 0)).toBe('150%');
    // The space is a no-break space whose exact code point depends on the ICU version.
    expect(formatPercent(0.0431, 2, 'fr-FR')).toMatch(/^4,31\s%$/u);
  });
  it('handles missing and absurd input', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatPercent(0.5, Number.NaN)).toBe('50.00%');
    expect(formatPercent(0.5, 99)).toBe(`50.${'0'.repeat(20)}%`);
  });
});

describe('formatMoney', () => {
  it('uses whole units for fees and cents for small amounts', () => {
    expect(formatMoney(250, 'USD')).toBe('$250');
    expect(formatMoney(0.1234, 'USD')).toBe('$0.12');
    expect(formatMoney(1500, 'EUR', 'de-DE')).toMatch(/^1\.500\s€$/u);
  });
  it('falls back to the code for a malformed currency', () => {
    expect(formatMoney(12.5, 'US')).toBe('12.5 US');
    expect(formatMoney(null, 'USD')).toBe('—');
  });
});

describe('formatRange', () => {
  it('prints the median first, then the 10th–90th percentile', () => {
    expect(formatRange({ low: 120, expected: 250, high: 480 }, 'money')).toBe('$250 ($120–$480)');
    expect(formatRange({ low: 1000, expected: 1500, high: 20_000 }, 'count')).toBe('1.5K (1K–20K)');
    expect(formatRange({ low: 0.01, expected: 0.02, high: 0.03 }, 'percent')).toBe('2.00% (1.00%–3.00%)');
  });
  it('keeps one money precision across the range', () => {
    expect(formatRange({ low: 25, expected: 75, high: 125 }, 'money')).toBe('$75 ($25–$125)');
    expect(formatRange({ low: 0.05, expected: 0.1, high: 0.2 }, 'money', 'EUR')).toBe('€0.10 (€0.05–€0.20)');
  });
  it('prints a collapsed range once and a missing one as a dash', () => {
    expect(formatRange({ low: 5, expected: 5, high: 5 }, 'count')).toBe('5');
    // Sub-cent low ends keep a significant digit instead of reading "$0.00".
    expect(formatRange({ low: 0.0057, expected: 0.057, high: 0.2 }, 'money')).toBe('$0.057 ($0.006–$0.200)');
    expect(formatMoney(0.00042, 'USD')).toBe('$0.0004');
    expect(formatMoney(0.004, 'USD')).toBe('$0.004');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
    expect(formatRange(null, 'money')).toBe('—');
    expect(formatRange({ low: Number.NaN, expected: 1, high: 2 }, 'count')).toBe('—');
  });
});

describe('formatRatioRange', () => {
  it('prints a ratio such as ROAS as the median and its interval', () => {
    expect(formatRatioRange({ low: 0.61, expected: 1.98, high: 6.36 })).toBe('2.0× (0.61×–6.4×)');
    expect(formatRatioRange({ low: 12, expected: 36.2, high: 114 })).toBe('36× (12×–114×)');
    expect(formatRatioRange(null)).toBe('—');
  });
});

describe('labels', () => {
  it('names pod levels', () => {
    expect(podLevelLabel('high')).toBe('High pod risk');
    expect(podLevelLabel('low')).toBe('Low pod risk');
    expect(podLevelLabel(null)).toBe('Pod risk not judged yet');
  });
  it('names every page status', () => {
    expect(statusLabel('private')).toBe('Private account — stats not visible');
    for (const status of pageStatusSchema.options) expect(statusLabel(status).length).toBeGreaterThan(5);
    expect(statusLabel('bogus' as never)).toBe('Could not read this page');
  });
});

describe('podEvidenceLabel', () => {
  it('says what the verdict rests on, in the singular and plural', () => {
    expect(podEvidenceLabel({ commentsSeen: 22, postsWithComments: 1 }, 11)).toBe(
      'Based on metrics of 11 posts and 22 comments from 1 opened post',
    );
    expect(podEvidenceLabel({ commentsSeen: 1, postsWithComments: 1 }, 1)).toBe(
      'Based on metrics of 1 post and 1 comment from 1 opened post',
    );
    expect(podEvidenceLabel({ commentsSeen: 0, postsWithComments: 0 }, 0)).toBe(
      'Based on no post metrics and no comments yet (open a few posts to sharpen it)',
    );
  });
});

describe('formatCount precision', () => {
  it('prints hundreds as whole numbers and keeps one decimal where it carries meaning', () => {
    expect(formatCount(572.5)).toBe('573');
    expect(formatCount(1.6)).toBe('1.6');
    expect(formatCount(12_345)).toBe('12.3K');
    expect(formatRange({ low: 502, expected: 526.5, high: 572.5 }, 'count')).toBe('527 (502–573)');
  });
});
