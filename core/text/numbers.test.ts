import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, localeOf } from './numbers';
import { EN, translatorFrom } from './i18n';

/** Number formats in the user's locale (see also format.test.ts for en-US). */
describe('formatCount in other locales', () => {
  it('shows an unabbreviated count from 100 up whole, as German prints thousands in full', () => {
    expect(formatCount(1_080.2, 'de-DE')).toBe('1080');
    expect(formatCount(12_345, 'de-DE')).toBe('12.345');
    expect(formatCount(1_234_567, 'de-DE').replace(/\s/g, ' ')).toBe('1,2 Mio.');
    expect(formatCount(1.6, 'de-DE')).toBe('1,6');
    expect(formatCount(12_345, 'es-ES').replace(/\s/g, ' ')).toBe('12,3 mil');
    expect(formatCount(1_234.5, 'ja-JP')).toBe('1235');
  });
});

describe('formatDecimal', () => {
  it('keeps exactly the digits asked for, with the locale’s decimal mark and no grouping', () => {
    expect(formatDecimal(2.75, 1)).toBe('2.8');
    expect(formatDecimal(2.8, 1, 'de-DE')).toBe('2,8');
    expect(formatDecimal(1234.5, 2, 'es-ES')).toBe('1234,50');
    expect(formatDecimal(Number.NaN, 1)).toBe('—');
  });
});

describe('localeOf', () => {
  it('is the translator’s locale, en-US for the English default', () => {
    expect(localeOf(EN)).toBe('en-US');
    expect(localeOf(translatorFrom(() => '', 'de-DE'))).toBe('de-DE');
  });
});
