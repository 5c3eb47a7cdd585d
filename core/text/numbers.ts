import type { Range } from '../score/analysis';
import type { Translate } from './i18n';

/**
 * Display formatting shared by the overlay, popup, side panel and the reason
 * sentences in core. One formatter so a figure reads the same everywhere.
 * The default locale is fixed ('en-US') so tests and reasons are deterministic;
 * UI callers pass the browser's locale.
 */

export const DEFAULT_LOCALE = 'en-US';
const MISSING = '—';

// Building an Intl formatter costs far more than using one; reasons call these
// in loops, so formatters are cached per locale and options.
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    try {
      nf = new Intl.NumberFormat(locale, options);
    } catch {
      // A malformed locale tag must not break a page: fall back to the default.
      // (A malformed currency still throws here; formatMoney handles that.)
      nf = new Intl.NumberFormat(DEFAULT_LOCALE, options);
    }
    cache.set(key, nf);
  }
  return nf;
}

function usable(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Compact count: 12.3K, 1.2M. */
export function formatCount(n: number | null, locale: string = DEFAULT_LOCALE): string {
  if (!usable(n)) return MISSING;
  // Below 1,000 compact notation prints the number itself: keep a decimal only
  // where it carries meaning (1.6 conversions), not on 572.5 engagements.
  const digits = Math.abs(n) >= 100 && Math.abs(n) < 1000 ? 0 : 1;
  const text = numberFormat(locale, { notation: 'compact', maximumFractionDigits: digits }).format(n);
  // Some locales abbreviate only from a million (German: "1080,2", not "1,1 Tsd."):
  // an unabbreviated count from 100 up is shown whole, like an exact one.
  if (digits === 1 && Math.abs(n) >= 100 && !/\p{L}/u.test(text)) {
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 0 }).format(n);
  }
  return text;
}

/** Full count with grouping: 12,345. Fractions are rounded. */
export function formatExactCount(n: number | null, locale: string = DEFAULT_LOCALE): string {
  if (!usable(n)) return MISSING;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** A plain number with exactly `digits` decimals: 0.05 → "0.05" (en-US), "0,05" (de-DE). */
export function formatDecimal(n: number | null, digits: number, locale: string = DEFAULT_LOCALE): string {
  if (!usable(n)) return MISSING;
  return numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(n);
}

/** A fraction as a percentage: 0.0431 → "4.31%" (en-US), "4,31 %" (fr-FR). */
export function formatPercent(fraction: number | null, digits = 2, locale: string = DEFAULT_LOCALE): string {
  if (!usable(fraction)) return MISSING;
  const d = Math.min(Math.max(Math.trunc(usable(digits) ? digits : 2), 0), 20);
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(
    fraction,
  );
}

/** Whole units from 100 up (fees), cents below (cost per engagement). */
export function moneyDigits(n: number): number {
  const a = Math.abs(n);
  if (a >= 100) return 0;
  // Sub-cent figures (cost per engagement of a big creator) keep their first
  // significant digit: "$0.006", never a falsely precise "$0.00".
  if (a > 0 && a < 0.01) return Math.min(4, Math.ceil(-Math.log10(a)));
  return 2;
}

/** Money in `currency`; `fractionDigits` defaults to moneyDigits(n). */
export function formatMoney(
  n: number | null,
  currency: string,
  locale: string = DEFAULT_LOCALE,
  fractionDigits?: number,
): string {
  if (!usable(n)) return MISSING;
  const digits = fractionDigits ?? moneyDigits(n);
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  };
  try {
    return numberFormat(locale, options).format(n);
  } catch {
    // Intl rejects malformed codes ("US", "€"); show the number and the code as given.
    return `${numberFormat(locale, { maximumFractionDigits: digits }).format(n)} ${currency}`.trim();
  }
}

export type RangeKind = 'money' | 'count' | 'percent';

function formatOne(n: number, kind: RangeKind, currency: string, locale: string, moneyFraction: number): string {
  if (kind === 'money') return formatMoney(n, currency, locale, moneyFraction);
  if (kind === 'percent') return formatPercent(n, 2, locale);
  return formatCount(n, locale);
}

/**
 * "$250 ($120–$480)": the median first (the headline), then the 10th–90th
 * percentile; a collapsed range prints once; null → "—".
 */
export function formatRange(
  range: Range | null,
  kind: RangeKind,
  currency = 'USD',
  locale: string = DEFAULT_LOCALE,
): string {
  if (!range || !usable(range.low) || !usable(range.expected) || !usable(range.high)) return MISSING;
  // One precision for the whole range, so "$25.00–$125" never happens; a
  // sub-cent low end raises it, so it is not shown as "$0.00".
  const digits = range.high >= 100 ? 0 : Math.max(moneyDigits(range.high), range.low > 0 ? moneyDigits(range.low) : 0);
  const low = formatOne(range.low, kind, currency, locale, digits);
  const high = formatOne(range.high, kind, currency, locale, digits);
  const expected = formatOne(range.expected, kind, currency, locale, digits);
  if (low === high) return expected;
  return `${expected} (${low}–${high})`;
}

/** A ratio such as ROAS: "2.1× (0.6×–6.4×)", two significant digits below 10. */
function formatRatio(n: number | null, locale: string = DEFAULT_LOCALE): string {
  if (!usable(n)) return MISSING;
  const digits = Math.abs(n) >= 10 ? 0 : Math.abs(n) >= 1 ? 1 : 2;
  return `${numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n)}×`;
}

export function formatRatioRange(range: Range | null, locale: string = DEFAULT_LOCALE): string {
  if (!range || !usable(range.low) || !usable(range.expected) || !usable(range.high)) return MISSING;
  const low = formatRatio(range.low, locale);
  const high = formatRatio(range.high, locale);
  const expected = formatRatio(range.expected, locale);
  return low === high ? expected : `${expected} (${low}–${high})`;
}

/** The locale a translator's sentences put their numbers in. */
export function localeOf(t: Translate): string {
  return t.locale ?? DEFAULT_LOCALE;
}
