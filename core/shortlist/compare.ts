import { COMPARE_MAX } from './compare-limits';
import { audienceLevelLabel } from '../text/labels';
import type { Analysis, Range } from '../score/analysis';
import { benchmarkPositions } from '../score/benchmark-position';
import {
  DEFAULT_LOCALE,
  formatExactCount,
  formatPercent,
  formatRange,
  formatRatioRange,
  podLevelLabel,
  type RangeKind,
} from '../text/format';
import { EN, type Translate } from '../text/i18n';
import type { Settings } from '../settings/settings';
import { tierLabel } from '../score/tiers';

/**
 * Two to six shortlisted creators side by side: one row per figure, each cell
 * with its range, and the best value of each row marked (by expected value;
 * ties all marked; a missing figure is never best; with fewer than two
 * figures in a row nothing is marked, as there is nothing to compare).
 */

type Better = 'higher' | 'lower' | null;

interface CompareCell {
  text: string;
  /** What "best" is judged on; null when missing. */
  value: number | null;
  range: Range | null;
  best: boolean;
  /** Sentences behind the figure (benchmark sources, pod reasons). */
  details: string[];
}

export interface CompareRow {
  id: string;
  label: string;
  better: Better;
  cells: CompareCell[];
}

export interface CompareColumn {
  key: string;
  handle: string;
  platform: Analysis['platform'];
  displayName: string | null;
}

const cell = (text: string, value: number | null, details: string[] = [], range: Range | null = null): CompareCell => ({
  text,
  value,
  range,
  best: false,
  details,
});

function rangeCell(
  range: Range | null,
  kind: RangeKind,
  currency: string,
  locale: string,
  missing: string,
): CompareCell {
  return range ? cell(formatRange(range, kind, currency, locale), range.expected, [], range) : cell(missing, null);
}

function markBest(row: CompareRow): CompareRow {
  if (row.better === null) return row;
  const values = row.cells.map((c) => c.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length < 2) return row;
  const target = row.better === 'higher' ? Math.max(...values) : Math.min(...values);
  const near = (v: number) => Math.abs(v - target) <= 1e-9 * Math.max(1, Math.abs(target));
  return { ...row, cells: row.cells.map((c) => ({ ...c, best: c.value !== null && near(c.value) })) };
}

export function compareCreators(
  analyses: readonly Analysis[],
  settings: Settings,
  locale: string = DEFAULT_LOCALE,
  t: Translate = EN,
): { columns: CompareColumn[]; rows: CompareRow[] } {
  const list = analyses.slice(0, COMPARE_MAX);
  const missing = t('common.notOnPage');
  const basisWord = (basis: 'followers' | 'views' | null) => t(basis === 'views' ? 'basis.views' : 'basis.followers');
  const cur = (a: Analysis) => a.roi.currency;
  const row = (id: string, label: string, better: Better, make: (a: Analysis) => CompareCell): CompareRow =>
    markBest({ id, label, better, cells: list.map(make) });
  const rows: CompareRow[] = [
    row('tier', t('compare.row.tier'), null, (a) =>
      cell(a.tier.id ? tierLabel(a.tier.id, t) : t('tier.unknown'), null, [a.tier.reason]),
    ),
    row('followers', t('compare.row.followers'), null, (a) =>
      a.followers === null ? cell(missing, null) : cell(formatExactCount(a.followers, locale), a.followers),
    ),
    row('engagementRate', t('compare.row.engagementRate'), 'higher', (a) =>
      a.engagement.rate === null
        ? cell(missing, null, a.engagement.reasons.slice(0, 1))
        : cell(
            t('compare.rateBy', [formatPercent(a.engagement.rate, 2, locale), basisWord(a.engagement.basis)]),
            a.engagement.rate,
          ),
    ),
    row('benchmark', t('compare.row.benchmark'), 'higher', (a) => {
      const { positions, reason } = benchmarkPositions(a, settings.benchmarks, t);
      const headline = positions.find((p) => p.basis === a.engagement.basis) ?? positions[0];
      if (!headline) return cell(t('compare.noBenchmark'), null, reason ? [reason] : []);
      return cell(
        positions.map((p) => p.label).join('; '),
        headline.ratio,
        positions.map((p) => t('compare.typical', [formatPercent(p.typical, 2, locale), basisWord(p.basis), p.source])),
      );
    }),
    row('costPerPost', t('compare.row.costPerPost'), 'lower', (a) =>
      rangeCell(a.roi.costPerPost, 'money', cur(a), locale, missing),
    ),
    row('costPerEngagement', t('compare.row.costPerEngagement'), 'lower', (a) =>
      rangeCell(a.roi.costPerEngagement, 'money', cur(a), locale, missing),
    ),
    row('engagements', t('compare.row.engagements'), 'higher', (a) =>
      rangeCell(a.roi.expectedEngagements, 'count', cur(a), locale, missing),
    ),
    row('reach', t('compare.row.reach'), 'higher', (a) =>
      rangeCell(a.roi.expectedReach, 'count', cur(a), locale, missing),
    ),
    row('conversions', t('compare.row.conversions'), 'higher', (a) =>
      rangeCell(a.roi.expectedConversions, 'count', cur(a), locale, missing),
    ),
    row('revenue', t('compare.row.revenue'), 'higher', (a) =>
      rangeCell(a.roi.expectedRevenue, 'money', cur(a), locale, missing),
    ),
    row('roas', t('compare.row.roas'), 'higher', (a) =>
      a.roi.roas
        ? cell(formatRatioRange(a.roi.roas, locale), a.roi.roas.expected, [], a.roi.roas)
        : cell(missing, null),
    ),
    row('costPerThousandReach', t('compare.row.costPerThousandReach'), 'lower', (a) =>
      rangeCell(a.roi.costPerThousandReach, 'money', cur(a), locale, missing),
    ),
    row('costPerConversion', t('compare.row.costPerConversion'), 'lower', (a) =>
      rangeCell(a.roi.costPerConversion, 'money', cur(a), locale, missing),
    ),
    row('pod', t('compare.row.pod'), 'lower', (a) =>
      cell(
        a.pod.score === null
          ? podLevelLabel(null, t)
          : `${podLevelLabel(a.pod.level, t)} · ${formatExactCount(a.pod.score, locale)}/100`,
        a.pod.score,
        [...a.pod.signals.map((s) => s.reason), ...a.pod.reasons],
      ),
    ),
    // Apart from the pod row: judged from the counts alone, so it can warn while the pod verdict waits for comments.
    row('audience', t('compare.row.audience'), null, (a) =>
      cell(audienceLevelLabel(a.audience.level, t), null, [
        ...a.audience.flags.map((f) => f.reason),
        ...a.audience.reasons,
      ]),
    ),
  ];
  const columns = list.map((a) => ({ key: a.key, handle: a.handle, platform: a.platform, displayName: a.displayName }));
  return { columns, rows };
}
