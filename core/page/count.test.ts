import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from './count';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** [printed, value, exact, low, high] — one row per format the sites print. */
const FORMATS: Array<[string, number, boolean, number, number]> = [
  ['12.5K', 12500, false, 12450, 12549],
  ['12,5 k', 12500, false, 12450, 12549],
  ['12.3K', 12300, false, 12250, 12349],
  ['12K', 12000, false, 11500, 12499],
  ['1,234', 1234, true, 1234, 1234],
  ['1.234', 1234, true, 1234, 1234],
  ['1,234,567', 1234567, true, 1234567, 1234567],
  ['1.234.567', 1234567, true, 1234567, 1234567],
  ['1 234', 1234, true, 1234, 1234],
  [`1${NBSP}234`, 1234, true, 1234, 1234],
  [`1${NNBSP}234${NNBSP}567`, 1234567, true, 1234567, 1234567],
  ["1'234", 1234, true, 1234, 1234],
  ['1,23,456', 123456, true, 123456, 123456],
  ['1.2M', 1200000, false, 1150000, 1249999],
  ['1,2 Mio.', 1200000, false, 1150000, 1249999],
  ['1,2 Mrd.', 1200000000, false, 1150000000, 1249999999],
  ['12,3 Tsd.', 12300, false, 12250, 12349],
  ['1,2 mil', 1200, false, 1150, 1249],
  ['12 mil', 12000, false, 11500, 12499],
  ['1.2B', 1200000000, false, 1150000000, 1249999999],
  ['1,2 mi', 1200000, false, 1150000, 1249999],
  ['1,2 mi.', 1200000, false, 1150000, 1249999],
  ['1,2 mill.', 1200000, false, 1150000, 1249999],
  ['1,2 Md', 1200000000, false, 1150000000, 1249999999],
  ['1,2 Mln', 1200000, false, 1150000, 1249999],
  ['1,2 bi', 1200000000, false, 1150000000, 1249999999],
  ['1.2万', 12000, false, 11500, 12499],
  ['12.3万', 123000, false, 122500, 123499],
  ['1.2萬', 12000, false, 11500, 12499],
  ['1.2億', 120000000, false, 115000000, 124999999],
  ['1.2만', 12000, false, 11500, 12499],
  ['1,2 тыс.', 1200, false, 1150, 1249],
  ['1,2 млн', 1200000, false, 1150000, 1249999],
  ['1.2 rb', 1200, false, 1150, 1249],
  ['1,2 jt', 1200000, false, 1150000, 1249999],
  ['1,2 B', 1200, false, 1150, 1249],
  ['1,2 Mn', 1200000, false, 1150000, 1249999],
  ['0', 0, true, 0, 0],
  ['230', 230, true, 230, 230],
  ['12.0', 12, true, 12, 12],
];

const LABELS: Array<[string, number, boolean]> = [
  ['12.3K followers', 12300, false],
  ['12,345 Followers', 12345, true],
  ['12,3 mil seguidores', 12300, false],
  ['1,2 Mio. Follower', 1200000, false],
  ['12,3 k abonnés', 12300, false],
  ['1.234 Follower:innen', 1234, true],
  ['4,512 likes', 4512, true],
  ['230 posts', 230, true],
  ['230 Posts', 230, true],
  ['1.2万粉丝', 12000, false],
  ['1,2 тыс. подписчиков', 1200, false],
  ['  12.3K  ', 12300, false],
];

const GARBAGE = [
  '',
  '   ',
  'abc',
  'followers',
  '-12',
  '-1.2K',
  'NaN',
  'Infinity',
  '12abc',
  '12.3Kfoo',
  '1.2.3',
  '1,23',
  '1.5',
  '1,2,3',
  '1.234,567.8',
  '12 followers!',
  '1e6',
  '0x10',
  '9'.repeat(65),
  `12 ${'a'.repeat(70)}`,
  '99999999999999999999',
  '12 3',
  'K',
  '1..2',
];

describe('parseCount', () => {
  it.each(FORMATS)('reads %j', (text, value, exact, low, high) => {
    expect(parseCount(text)).toEqual({ value, exact, low, high });
  });

  it.each(LABELS)('strips the label in %j', (text, value, exact) => {
    expect(parseCount(text)).toMatchObject({ value, exact });
  });

  it.each(GARBAGE)('returns null for %j', (text) => {
    expect(parseCount(text)).toBeNull();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const parsed = parseCount(text);
        if (parsed) expect(parsed.low).toBeLessThanOrEqual(parsed.high);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects non-strings passed by untyped callers without throwing', () => {
    expect(parseCount(undefined as unknown as string)).toBeNull();
  });
});

/** Rounds n to `decimals` places of `unit` with integer arithmetic (no 12.35 → 12.3 float surprises). */
function scaled(n: number, unit: number, decimals: number, point: string): string {
  const step = unit / 10 ** decimals;
  const units = Math.round(n / step);
  const whole = Math.floor(units / 10 ** decimals);
  const frac = units % 10 ** decimals;
  return frac === 0 || decimals === 0 ? String(whole) : `${whole}${point}${String(frac).padStart(decimals, '0')}`;
}

function group(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

type Formatted = { text: string; abbreviated: boolean };
type Formatter = (n: number) => Formatted;

const abbreviate = (text: string): Formatted => ({ text, abbreviated: true });
const exactly = (text: string): Formatted => ({ text, abbreviated: false });

/** Site styles: how Instagram/TikTok print a count in each locale. */
const STYLES: Record<string, Formatter> = {
  english: (n) =>
    n < 1e4
      ? exactly(group(n, ','))
      : n < 1e6
        ? abbreviate(`${scaled(n, 1e3, n < 1e5 ? 1 : 0, '.')}K`)
        : n < 1e9
          ? abbreviate(`${scaled(n, 1e6, 1, '.')}M`)
          : abbreviate(`${scaled(n, 1e9, 1, '.')}B`),
  french: (n) =>
    n < 1e4
      ? exactly(group(n, NNBSP))
      : n < 1e6
        ? abbreviate(`${scaled(n, 1e3, 1, ',')}${NBSP}k`)
        : abbreviate(`${scaled(n, 1e6, 1, ',')}${NBSP}M`),
  german: (n) =>
    n < 1e6
      ? exactly(group(n, '.'))
      : n < 1e9
        ? abbreviate(`${scaled(n, 1e6, 1, ',')} Mio.`)
        : abbreviate(`${scaled(n, 1e9, 1, ',')} Mrd.`),
  spanish: (n) =>
    n < 1e4
      ? exactly(group(n, '.'))
      : n < 1e6
        ? abbreviate(`${scaled(n, 1e3, 1, ',')} mil`)
        : abbreviate(`${scaled(n, 1e6, 1, ',')} M`),
  portuguese: (n) =>
    n < 1e4
      ? exactly(group(n, '.'))
      : n < 1e6
        ? abbreviate(`${scaled(n, 1e3, 1, ',')} mil`)
        : abbreviate(`${scaled(n, 1e6, 1, ',')} mi`),
  chinese: (n) =>
    n < 1e4
      ? exactly(String(n))
      : n < 1e8
        ? abbreviate(`${scaled(n, 1e4, 1, '.')}万`)
        : abbreviate(`${scaled(n, 1e8, 1, '.')}億`),
  italian: (n) =>
    n < 1e6
      ? exactly(group(n, '.'))
      : n < 1e9
        ? abbreviate(`${scaled(n, 1e6, 1, ',')} Mln`)
        : abbreviate(`${scaled(n, 1e9, 1, ',')} Mld`),
  // Turkish "B" is bin (thousand), "Mn" milyon, "Mr" milyar.
  turkish: (n) =>
    n < 1e4
      ? exactly(group(n, '.'))
      : n < 1e6
        ? abbreviate(`${scaled(n, 1e3, 1, ',')} B`)
        : n < 1e9
          ? abbreviate(`${scaled(n, 1e6, 1, ',')} Mn`)
          : abbreviate(`${scaled(n, 1e9, 1, ',')} Mr`),
  // Indonesian "rb" ribu, "jt" juta (billions stay in juta: its "M" would read as million).
  indonesian: (n) =>
    n < 1e4
      ? exactly(group(n, '.'))
      : n < 1e6
        ? abbreviate(`${scaled(n, 1e3, 1, ',')} rb`)
        : abbreviate(`${scaled(n, 1e6, 1, ',')} jt`),
  japanese: (n) =>
    n < 1e4
      ? exactly(group(n, ','))
      : n < 1e8
        ? abbreviate(`${scaled(n, 1e4, 1, '.')}万`)
        : abbreviate(`${scaled(n, 1e8, 1, '.')}億`),
  groupedComma: (n) => exactly(group(n, ',')),
  groupedDot: (n) => exactly(group(n, '.')),
  groupedNarrowSpace: (n) => exactly(group(n, NNBSP)),
};

const LABEL_WORDS = [
  '',
  ' followers',
  ' Follower',
  ' seguidores',
  ' abonnés',
  ' Follower:innen',
  ' likes',
  ' posts',
  ' follower',
  ' Takipçi',
  ' Pengikut',
];

describe('parseCount on site-formatted integers', () => {
  it.each(Object.keys(STYLES))('%s: low ≤ n ≤ high, exact iff not abbreviated', (style) => {
    const format = STYLES[style];
    if (!format) throw new Error(`no formatter ${style}`);
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9_999_999_999 })),
        fc.constantFrom(...LABEL_WORDS),
        (n, label) => {
          const { text, abbreviated } = format(n);
          const parsed = parseCount(text + label);
          expect(parsed, text + label).not.toBeNull();
          if (!parsed) return;
          expect(parsed.exact).toBe(!abbreviated);
          expect(parsed.low).toBeLessThanOrEqual(n);
          expect(parsed.high).toBeGreaterThanOrEqual(n);
          if (parsed.exact) expect(parsed.value).toBe(n);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
