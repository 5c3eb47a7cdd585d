import { i18n } from '#i18n';
import { goalInline, type Goal } from '@/core/planner/plan';
import type { ChartPoint } from '@/core/planner/planner';
import { layoutChart } from '@/core/planner/planner-chart';
import { tierLabel } from '@/core/score/tiers';
import { browserTranslator } from '@/lib/i18n';

const BOX = { width: 340, height: 220, left: 52, bottom: 28 };

/**
 * Expected goal value against expected cost for every eligible creator,
 * coloured by tier (the tokens' colour-blind-safe palette) with a legend in
 * words; picked creators are drawn larger with a dark ring. Positions come
 * from core's layoutChart; each point names itself for screen readers.
 */
export function PlanChart({ points, goal, currency }: { points: readonly ChartPoint[]; goal: Goal; currency: string }) {
  if (points.length === 0) return <p className="cs-plan__muted">{i18n.t('planner.chart.empty')}</p>;
  const t = browserTranslator();
  const goalText = goalInline(goal, t);
  const layout = layoutChart(points, BOX, currency, goalText, t);
  const { plot } = layout;
  return (
    <figure className="cs-plan__chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby="plan-chart-title">
        <title id="plan-chart-title">{i18n.t('planner.chart.title', [goalText, points.length])}</title>
        <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} className="cs-plan__plot" />
        {layout.xTicks.map((t) => (
          <g key={`x${t.label}`}>
            <line x1={t.at} x2={t.at} y1={plot.y} y2={plot.y + plot.height} className="cs-plan__grid" />
            <text x={t.at} y={BOX.height - 10} textAnchor="middle" className="cs-plan__tick">
              {t.label}
            </text>
          </g>
        ))}
        {layout.yTicks.map((t) => (
          <g key={`y${t.label}`}>
            <line x1={plot.x} x2={plot.x + plot.width} y1={t.at} y2={t.at} className="cs-plan__grid" />
            <text x={plot.x - 4} y={t.at + 3} textAnchor="end" className="cs-plan__tick">
              {t.label}
            </text>
          </g>
        ))}
        {layout.points.map((p) => (
          <circle
            key={p.key}
            cx={p.x}
            cy={p.y}
            r={p.chosen ? 6 : 3.5}
            data-key={p.key}
            data-chosen={p.chosen ? 'true' : 'false'}
            style={{ fill: `var(--cs-tier-${p.tier})` }}
            className={p.chosen ? 'cs-plan__dot cs-plan__dot--chosen' : 'cs-plan__dot'}
          >
            <title>{p.label}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <ul className="cs-plan__legend" aria-label={i18n.t('planner.chart.legend')}>
          {layout.tiers.map((tier) => (
            <li key={tier}>
              <span className="cs-plan__swatch" style={{ background: `var(--cs-tier-${tier})` }} aria-hidden="true" />
              {tierLabel(tier, t)}
            </li>
          ))}
          <li>
            <span className="cs-plan__swatch cs-plan__swatch--chosen" aria-hidden="true" />
            {i18n.t('planner.chart.chosen')}
          </li>
        </ul>
        {i18n.t('planner.chart.caption', [goalText])}
      </figcaption>
    </figure>
  );
}
