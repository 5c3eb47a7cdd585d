import type { Pod, Range } from './analysis';
import type { PageStatus } from './snapshot';

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
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** Full count with grouping: 12,345. Fractions are rounded. */
export function formatExactCount(n: number | null, locale: string = DEFAULT_LOCALE): string {
  if (!usable(n)) return MISSING;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** A fraction as a percentage: 0.0431 → "4.31%" (en-US), "4,31 %" (fr-FR). */
export function formatPercent(fraction: number | null, digits = 2, locale: string = DEFAULT_LOCALE): string {
  if (!usable(fraction)) return MISSING;
  const d = Math.min(Math.max(Math.trunc(usable(digits) ? digits : 2), 0), 20);
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(fraction);
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

/** "$120–$480 (≈ $250)"; a collapsed range prints once; null → "—". */
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
  return `${low}–${high} (≈ ${expected})`;
}

const POD_LEVEL_LABELS: Record<NonNullable<Pod['level']>, string> = {
  low: 'Low pod risk',
  medium: 'Medium pod risk',
  high: 'High pod risk',
};

export function podLevelLabel(level: Pod['level']): string {
  return level ? POD_LEVEL_LABELS[level] : 'Pod risk not judged — too little data';
}

const STATUS_LABELS: Record<PageStatus, string> = {
  ok: 'Profile read',
  private: 'Private account — stats not visible',
  'no-posts': 'No posts yet — nothing to measure',
  'not-found': 'Page not found — the account may not exist',
  'login-wall': 'Login required — the site asked to log in',
  unreadable: 'Could not read this page',
};

export function statusLabel(status: PageStatus): string {
  return STATUS_LABELS[status] ?? STATUS_LABELS.unreadable;
}
