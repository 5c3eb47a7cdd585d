import { i18n } from '#i18n';
import { TIERS } from '@/core/score/analysis';
import { INSTAGRAM_FORMATS } from '@/core/settings/settings';
import { PLATFORMS } from '@/core/page/snapshot';
import { DEFAULT_SOURCES } from '@/core/settings/default-sources';
import { matchPreset, presetLabel, presetSource, tierLabel, TIER_PRESETS } from '@/core/score/tiers';
import { browserTranslator } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';
import { PLATFORM_LABELS } from '@/components/ui/labels';
import { FieldError, RangeFields, TextField, type FieldContext } from './fields';

/** Where a default comes from, shown under its section's legend. */
function Source({ children }: { children: string }) {
  return <p className="cs-opt__source">{i18n.t('options.source', [children])}</p>;
}

const THRESHOLD_TIERS = ['nano', 'micro', 'macro', 'mega'] as const;

/** The preset the typed thresholds match, or "Custom". */
function presetName(ctx: FieldContext): string {
  const t = Object.fromEntries(THRESHOLD_TIERS.map((tier) => [tier, Number(ctx.text[`tierThresholds.${tier}`])]));
  const match = matchPreset({ nano: t.nano ?? 0, micro: t.micro ?? 0, macro: t.macro ?? 0, mega: t.mega ?? 0 });
  return match ? presetLabel(match, browserTranslator()) : i18n.t('options.custom');
}

export function ThresholdSection({ ctx }: { ctx: FieldContext }) {
  const t = browserTranslator();
  return (
    <fieldset className="cs-opt__group">
      <legend>{i18n.t('options.thresholds')}</legend>
      <Source>{DEFAULT_SOURCES.tierThresholds}</Source>
      <div className="cs-opt__presets" role="group" aria-label={i18n.t('options.presets')}>
        {TIER_PRESETS.map((preset) => (
          <Button
            key={preset.id}
            title={presetSource(preset, t)}
            onClick={() =>
              THRESHOLD_TIERS.forEach((tier) => ctx.onChange(`tierThresholds.${tier}`, String(preset.thresholds[tier])))
            }
          >
            {presetLabel(preset, t)}
          </Button>
        ))}
        <span className="cs-opt__default" aria-live="polite">
          {i18n.t('options.scale', [presetName(ctx)])}
        </span>
      </div>
      {(['nano', 'micro', 'macro', 'mega'] as const).map((tier) => (
        <TextField key={tier} ctx={ctx} path={`tierThresholds.${tier}`} kind="count" label={tierLabel(tier, t)} />
      ))}
      <FieldError id="f-tierThresholds-error" message={ctx.errors.tierThresholds} />
    </fieldset>
  );
}

/** One band editor per tier (p10, median, p90), under a heading. */
function TierBands({
  ctx,
  path,
  kind,
  title,
}: {
  ctx: FieldContext;
  path: string;
  kind: 'money' | 'percent';
  title: string;
}) {
  const t = browserTranslator();
  return (
    <div className="cs-opt__platform">
      <h3>{title}</h3>
      {TIERS.map((tier) => (
        <RangeFields
          key={tier}
          ctx={ctx}
          path={`${path}.${tier}`}
          kind={kind}
          legend={`${title} · ${tierLabel(tier, t)}`}
        />
      ))}
    </div>
  );
}

export function RateCardSection({ ctx }: { ctx: FieldContext }) {
  return (
    <fieldset className="cs-opt__group">
      <legend>{i18n.t('options.rateCard')}</legend>
      <Source>{DEFAULT_SOURCES.pricing}</Source>
      {PLATFORMS.map((platform) => (
        <TierBands
          key={platform}
          ctx={ctx}
          path={`pricing.perThousand.${platform}`}
          kind="money"
          title={i18n.t('options.perThousand', [PLATFORM_LABELS[platform]])}
        />
      ))}
      <TextField ctx={ctx} path="pricing.engagementElasticity" kind="number" label={i18n.t('options.elasticity')} />
      <div className="cs-opt__field">
        <label htmlFor="f-pricing-instagramFormat">{i18n.t('options.format')}</label>
        <select
          id="f-pricing-instagramFormat"
          value={ctx.text['pricing.instagramFormat'] ?? 'post'}
          onChange={(event) => ctx.onChange('pricing.instagramFormat', event.target.value)}
        >
          {INSTAGRAM_FORMATS.map((f) => (
            <option key={f} value={f}>
              {i18n.t(`options.formats.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        ctx={ctx}
        path="pricing.formatMultiplier.carousel"
        kind="number"
        label={i18n.t('options.carousel')}
        suffix="×"
      />
      <TextField
        ctx={ctx}
        path="pricing.formatMultiplier.reel"
        kind="number"
        label={i18n.t('options.reel')}
        suffix="×"
      />
    </fieldset>
  );
}

export function FunnelSection({ ctx }: { ctx: FieldContext }) {
  return (
    <fieldset className="cs-opt__group">
      <legend>{i18n.t('options.funnel')}</legend>
      <Source>{DEFAULT_SOURCES.reach}</Source>
      <Source>{DEFAULT_SOURCES.clickThrough}</Source>
      <Source>{DEFAULT_SOURCES.conversionRate}</Source>
      <Source>{DEFAULT_SOURCES.averageOrderValue}</Source>
      <TierBands
        ctx={ctx}
        path="reach.instagram"
        kind="percent"
        title={i18n.t('options.reachRate', [PLATFORM_LABELS.instagram])}
      />
      <RangeFields
        ctx={ctx}
        path="reach.tiktokViewsPerFollower"
        kind="percent"
        legend={i18n.t('options.viewsPerFollower')}
      />
      <TierBands ctx={ctx} path="clickThrough" kind="percent" title={i18n.t('options.clickThrough')} />
      <RangeFields ctx={ctx} path="conversionRate" kind="percent" legend={i18n.t('options.conversion')} />
      <TextField ctx={ctx} path="averageOrderValue" kind="money" label={i18n.t('options.orderValue')} />
      <TextField ctx={ctx} path="currency" kind="text" label={i18n.t('options.currency')} />
    </fieldset>
  );
}
