import type { Analysis, Tier } from './analysis';
import { userNorm, type EngagementBasis } from './benchmarks';
import { formatPercent, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import type { BenchmarkTable } from '../settings/settings';
import { tierInline } from './tiers';

/**
 * Where a creator's engagement rate sits against the typical rate of their
 * tier on their platform: "2.1× the micro average". Instagram is compared by
 * followers; TikTok by views and by followers, each against its own table.
 */

export type PositionBand = 'well-below' | 'below' | 'around' | 'above' | 'well-above';

export interface BenchmarkPosition {
  basis: EngagementBasis;
  tier: Tier;
  rate: number;
  typical: number;
  /** rate ÷ typical. */
  ratio: number;
  band: PositionBand;
  source: string;
  /** "2.1× the micro average (by followers; typical 1.60%)". */
  label: string;
}

/** Bands around the norm; ±10 % counts as "around", half or double as "well". */
export function positionBand(ratio: number): PositionBand {
  if (ratio >= 2) return 'well-above';
  if (ratio > 1.1) return 'above';
  if (ratio >= 0.9) return 'around';
  if (ratio > 0.5) return 'below';
  return 'well-below';
}

/** 2.1×, 12×, 0.45×: two significant figures at most, never "0.0×"; "2,1×" in a comma-decimal locale. */
export function formatRatio(ratio: number, locale?: string): string {
  const digits =
    ratio >= 10
      ? { maximumFractionDigits: 0 }
      : ratio >= 1
        ? { minimumFractionDigits: 1, maximumFractionDigits: 1 }
        : { maximumSignificantDigits: 2 };
  if (locale === undefined) {
    if (ratio >= 10) return `${Math.round(ratio)}×`;
    if (ratio >= 1) return `${ratio.toFixed(1)}×`;
    return `${Number(ratio.toPrecision(2))}×`;
  }
  return `${new Intl.NumberFormat(locale, { ...digits, useGrouping: false }).format(ratio)}×`;
}

function position(
  rate: number | null,
  basis: EngagementBasis,
  a: Analysis,
  table: BenchmarkTable,
  t: Translate,
): BenchmarkPosition | null {
  const tier = a.tier.id;
  if (rate === null || tier === null) return null;
  const norm = userNorm(table, a.platform, basis, tier);
  if (!norm || !(norm.typical > 0)) return null;
  const ratio = rate / norm.typical;
  if (!Number.isFinite(ratio)) return null;
  return {
    basis,
    tier,
    rate,
    typical: norm.typical,
    ratio,
    band: positionBand(ratio),
    source: norm.source,
    label: t('benchmark.label', [
      formatRatio(ratio, t.locale),
      tierInline(tier, t),
      t(basis === 'views' ? 'basis.views' : 'basis.followers'),
      formatPercent(norm.typical, 2, localeOf(t)),
    ]),
  };
}

export interface BenchmarkPositions {
  /** Headline basis first (TikTok: views, then followers). */
  positions: BenchmarkPosition[];
  /** Why there is no position, when there is none. */
  reason: string | null;
}

export function benchmarkPositions(a: Analysis, table: BenchmarkTable, t: Translate = EN): BenchmarkPositions {
  const positions: BenchmarkPosition[] = [];
  const views = a.platform === 'tiktok' ? position(a.engagement.byViews, 'views', a, table, t) : null;
  if (views) positions.push(views);
  const followers = position(a.engagement.byFollowers, 'followers', a, table, t);
  if (followers) positions.push(followers);
  if (positions.length > 0) return { positions, reason: null };
  const reason =
    a.tier.id === null
      ? t('benchmark.noTier')
      : t('benchmark.none', [a.engagement.reasons[0] ?? t('benchmark.noRate')]);
  return { positions, reason };
}

/** The position on the creator's headline basis (what the overlay shows), if any. */
export function headlinePosition(a: Analysis, table: BenchmarkTable, t: Translate = EN): BenchmarkPosition | null {
  const { positions } = benchmarkPositions(a, table, t);
  return positions.find((p) => p.basis === a.engagement.basis) ?? positions[0] ?? null;
}
