import { i18n } from '#i18n';
import { TIERS } from '@/core/score/analysis';
import { BENCHMARK_KEYS, PUBLISHED_BENCHMARKS, type BenchmarkKey } from '@/core/score/benchmarks';
import { DEFAULT_SOURCES } from '@/core/settings/default-sources';
import { tierLabel } from '@/core/score/tiers';
import { browserTranslator } from '@/lib/i18n';
import { FieldError, RangeFields, TextField, type FieldContext } from './fields';

function Source({ children }: { children: string }) {
  return <p className="cs-opt__source">{i18n.t('options.source', [children])}</p>;
}

const TABLE_LABELS: Record<BenchmarkKey, () => string> = {
  instagramByFollowers: () => i18n.t('options.table.instagramByFollowers'),
  tiktokByFollowers: () => i18n.t('options.table.tiktokByFollowers'),
  tiktokByViews: () => i18n.t('options.table.tiktokByViews'),
};

/** Typical engagement rate per tier: what "2.1× the micro average" is measured against. */
export function BenchmarkSection({ ctx }: { ctx: FieldContext }) {
  const t = browserTranslator();
  return (
    <fieldset className="cs-opt__group">
      <legend>{i18n.t('options.benchmarks')}</legend>
      <Source>{DEFAULT_SOURCES.benchmarks}</Source>
      {BENCHMARK_KEYS.map((key) => (
        <fieldset key={key} className="cs-opt__range">
          <legend>{TABLE_LABELS[key]()}</legend>
          {TIERS.map((tier) => (
            <div key={tier}>
              <TextField
                ctx={ctx}
                path={`benchmarks.${key}.${tier}`}
                kind="percent"
                label={`${tierLabel(tier, t)} (${TABLE_LABELS[key]()})`}
                suffix="%"
              />
              <span className="cs-opt__default">{PUBLISHED_BENCHMARKS[key][tier].source}</span>
            </div>
          ))}
          <FieldError id={`f-benchmarks-${key}-error`} message={ctx.errors[`benchmarks.${key}`]} />
        </fieldset>
      ))}
    </fieldset>
  );
}

/** Nano creators paid in product instead of a fee, and what a gifted product costs. */
export function GiftingSection({ ctx }: { ctx: FieldContext }) {
  return (
    <fieldset className="cs-opt__group">
      <legend>{i18n.t('options.gifting')}</legend>
      <Source>{DEFAULT_SOURCES.gifting}</Source>
      <label className="cs-opt__check">
        <input
          type="checkbox"
          checked={ctx.text['gifting.nano'] === 'true'}
          onChange={(e) => ctx.onChange('gifting.nano', e.target.checked ? 'true' : 'false')}
        />
        {i18n.t('options.payInProduct')}
      </label>
      <RangeFields ctx={ctx} path="gifting.productCost" kind="money" legend={i18n.t('options.productCost')} />
    </fieldset>
  );
}
