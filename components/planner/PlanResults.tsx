import { i18n } from '#i18n';
import {
  formatCount,
  formatExactCount,
  formatMoney,
  formatPercent,
  formatRange,
  formatRatioRange,
} from '@/core/text/format';
import { goalInline } from '@/core/planner/plan';
import type { PlanResult } from '@/core/planner/planner';
import type { PlanTotals, RangeTotal } from '@/core/planner/planner-totals';
import { tierLabel } from '@/core/score/tiers';
import { browserTranslator } from '@/lib/i18n';
import { TierBadge } from '../ui/Badge';
import { PLATFORM_LABELS, uiLocale } from '../ui/labels';
import { Stat } from '../ui/Stat';

function rangeText(total: RangeTotal, kind: 'count' | 'money', currency: string): string {
  if (!total.range) return i18n.t('common.notOnPage');
  const text = formatRange(total.range, kind, currency, uiLocale());
  return total.missing > 0
    ? i18n.t('planner.withoutFigure', [text, formatExactCount(total.missing, uiLocale())])
    : text;
}

function ratioText(range: PlanTotals['roas'], kind: 'money' | 'ratio', currency: string): string {
  if (!range) return i18n.t('common.notOnPage');
  return kind === 'ratio' ? formatRatioRange(range, uiLocale()) : formatRange(range, 'money', currency, uiLocale());
}

function TotalsGrid({ totals, currency }: { totals: PlanTotals; currency: string }) {
  const locale = uiLocale();
  return (
    <div className="cs-plan__grid">
      <Stat label={i18n.t('planner.creators')}>{formatExactCount(totals.creators, locale)}</Stat>
      <Stat label={i18n.t('planner.totalCost')}>{formatRange(totals.cost, 'money', currency, locale)}</Stat>
      <Stat label={i18n.t('planner.totalFollowers')}>{formatExactCount(totals.followers, locale)}</Stat>
      <Stat label={i18n.t('ui.expectedReach')}>{rangeText(totals.reach, 'count', currency)}</Stat>
      <Stat label={i18n.t('ui.expectedEngagements')}>{rangeText(totals.engagements, 'count', currency)}</Stat>
      <Stat label={i18n.t('ui.expectedConversions')}>{rangeText(totals.conversions, 'count', currency)}</Stat>
      <Stat label={i18n.t('ui.expectedRevenue')}>{rangeText(totals.revenue, 'money', currency)}</Stat>
      <Stat label={i18n.t('ui.roas')}>{ratioText(totals.roas, 'ratio', currency)}</Stat>
      <Stat label={i18n.t('ui.costPerThousandReach')}>{ratioText(totals.costPerThousandReach, 'money', currency)}</Stat>
      <Stat label={i18n.t('ui.costPerEngagement')}>{ratioText(totals.costPerEngagement, 'money', currency)}</Stat>
      <Stat label={i18n.t('ui.costPerConversion')}>{ratioText(totals.costPerConversion, 'money', currency)}</Stat>
    </div>
  );
}

/** The chosen mix, its totals and tier split, and the alternatives at the same budget. */
export function PlanResults({ plan, assumptions }: { plan: PlanResult; assumptions: readonly string[] }) {
  const { currency, totals } = plan;
  const goal = plan.inputs.goal;
  const t = browserTranslator();
  const locale = uiLocale();
  const goalText = goalInline(goal, t);
  const alt = plan.alternatives;
  const altRow = (label: string, t: PlanTotals | null, note: string | null, id: string) => (
    <tr key={id} data-alt={id}>
      <th scope="row">{label}</th>
      <td>{t ? formatExactCount(t.creators, locale) : '—'}</td>
      <td>{t ? formatRange(t.cost, 'money', currency, locale) : '—'}</td>
      <td>{t ? formatExactCount(t.followers, locale) : '—'}</td>
      <td>{t ? rangeText(t[goal], 'count', currency) : '—'}</td>
      <td>{t ? ratioText(t.roas, 'ratio', currency) : '—'}</td>
      <td className="cs-plan__muted">{note ?? ''}</td>
    </tr>
  );
  const big = alt.singleModelled;
  return (
    <section className="cs-plan__results" aria-label="Plan">
      {plan.feasible ? null : (
        <p className="cs-plan__error" role="alert">
          {i18n.t('planner.noPlan', [plan.reason ?? ''])}
        </p>
      )}
      {plan.note ? (
        <p className="cs-plan__note" role="note">
          {plan.note}
        </p>
      ) : null}
      <p className="cs-plan__muted" data-method={plan.method}>
        {plan.method === 'exact'
          ? i18n.t('planner.exact', [formatExactCount(plan.eligible, locale)])
          : i18n.t('planner.heuristic', [formatExactCount(plan.eligible, locale)])}
      </p>
      <h3>{i18n.t('planner.chosenMix')}</h3>
      {plan.chosen.length > 0 ? (
        <p className="cs-plan__muted" data-over-budget={plan.overBudgetChance.toFixed(4)}>
          {i18n.t('planner.overBudget', [
            formatPercent(plan.overBudgetChance, 0, locale),
            formatPercent(plan.percentile, 0, locale),
            formatMoney(plan.costAtPercentile, currency, locale),
          ])}
        </p>
      ) : null}
      <TotalsGrid totals={totals} currency={currency} />
      <ul className="cs-plan__split" aria-label={i18n.t('planner.tierSplit')}>
        {totals.split
          .filter((s) => s.creators > 0)
          .map((s) => (
            <li key={s.tier}>
              <TierBadge tier={s.tier} /> {formatExactCount(s.creators, locale)} ·{' '}
              {formatMoney(s.cost, currency, locale)} ·{' '}
              {i18n.t('ui.followersCount', [formatCount(s.followers, locale)])}
            </li>
          ))}
      </ul>
      <table className="cs-plan__table" aria-label={i18n.t('planner.chosen')}>
        <thead>
          <tr>
            <th scope="col">{i18n.t('planner.creator')}</th>
            <th scope="col">{i18n.t('analysis.tier')}</th>
            <th scope="col">{i18n.t('ui.costPerPost')}</th>
            <th scope="col">{i18n.t('planner.expectedGoal', [goalText])}</th>
          </tr>
        </thead>
        <tbody>
          {plan.chosen.map((c) => (
            <tr key={c.key} data-key={c.key}>
              <td>
                @{c.handle} <span className="cs-plan__muted">{PLATFORM_LABELS[c.platform]}</span>
                {plan.inputs.mustInclude.includes(c.key) ? (
                  <span className="cs-plan__muted"> · {i18n.t('planner.mustInclude')}</span>
                ) : null}
              </td>
              <td>{tierLabel(c.tier, t)}</td>
              <td>{formatRange(c.cost, 'money', currency, locale)}</td>
              <td>{c.goal ? formatRange(c.goal, 'count', currency, locale) : i18n.t('common.notOnPage')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{i18n.t('planner.sameBudget')}</h3>
      <table className="cs-plan__table" aria-label={i18n.t('planner.alternatives')}>
        <thead>
          <tr>
            <th scope="col">{i18n.t('planner.option')}</th>
            <th scope="col">{i18n.t('planner.creators')}</th>
            <th scope="col">{i18n.t('planner.cost')}</th>
            <th scope="col">{i18n.t('ui.followers')}</th>
            <th scope="col">{i18n.t('planner.expectedGoal', [goalText])}</th>
            <th scope="col">{i18n.t('ui.roas')}</th>
            <th scope="col">{i18n.t('planner.note')}</th>
          </tr>
        </thead>
        <tbody>
          {altRow(i18n.t('planner.thisMix'), totals, null, 'mix')}
          {altRow(i18n.t('planner.allNano'), alt.allNano.totals, alt.allNano.note, 'nano')}
          {altRow(i18n.t('planner.allMicro'), alt.allMicro.totals, alt.allMicro.note, 'micro')}
          <tr data-alt="rate-card">
            <th scope="row">{i18n.t('planner.oneBig')}</th>
            {big ? (
              <>
                <td>1</td>
                <td>{formatRange(big.cost, 'money', currency, locale)}</td>
                <td>{formatExactCount(big.followers, locale)}</td>
                <td>
                  {formatRange(
                    goal === 'reach' ? big.reach : goal === 'engagements' ? big.engagements : big.conversions,
                    'count',
                    currency,
                    locale,
                  )}
                </td>
                <td>{ratioText(big.roas, 'ratio', currency)}</td>
                <td className="cs-plan__muted">{big.assumptions.join('. ')}</td>
              </>
            ) : (
              <td colSpan={6} className="cs-plan__muted">
                {i18n.t('planner.noBig')}
              </td>
            )}
          </tr>
          {alt.singleShortlisted ? (
            <tr data-alt="shortlisted">
              <th scope="row">{i18n.t('planner.bestBig')}</th>
              <td>1</td>
              <td>{formatRange(alt.singleShortlisted.cost, 'money', currency, locale)}</td>
              <td>{formatExactCount(alt.singleShortlisted.followers, locale)}</td>
              <td>
                {alt.singleShortlisted.goal ? formatRange(alt.singleShortlisted.goal, 'count', currency, locale) : '—'}
              </td>
              <td>{ratioText(alt.singleShortlisted.analysis.roi.roas, 'ratio', currency)}</td>
              <td className="cs-plan__muted">@{alt.singleShortlisted.handle}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {plan.excluded.length + plan.unplannable.length > 0 ? (
        <details>
          <summary>
            {plan.unplannable.length > 0
              ? i18n.t('planner.leftOutUnplannable', [plan.excluded.length, plan.unplannable.length])
              : i18n.t('planner.leftOut', [plan.excluded.length])}
          </summary>
          <ul>
            {plan.unplannable.map((u) => (
              <li key={`u-${u.key}`}>
                {u.key}: {u.reason}
              </li>
            ))}
            {plan.excluded.map((e) => (
              <li key={e.key}>
                @{e.handle} ({PLATFORM_LABELS[e.platform]}): {e.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <details>
        <summary>{i18n.t('ui.assumptions')}</summary>
        <ul aria-label={i18n.t('ui.assumptions')}>
          {assumptions.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
