import { TIERS } from '@/core/analysis';
import { PLATFORMS } from '@/core/snapshot';
import { DEFAULT_SOURCES } from '@/core/default-sources';
import { TIER_LABELS } from '@/core/tiers';
import { PLATFORM_LABELS } from '@/components/ui/labels';
import { FieldError, RangeFields, TextField, type FieldContext } from './fields';

/** Where a default comes from, shown under its section's legend. */
function Source({ children }: { children: string }) {
  return <p className="cs-opt__source">Default source: {children}</p>;
}

export function ThresholdSection({ ctx }: { ctx: FieldContext }) {
  return (
    <fieldset className="cs-opt__group">
      <legend>Tier thresholds (followers at which a tier starts)</legend>
      <Source>{DEFAULT_SOURCES.tierThresholds}</Source>
      {(['nano', 'micro', 'macro', 'mega'] as const).map((tier) => (
        <TextField key={tier} ctx={ctx} path={`tierThresholds.${tier}`} kind="count" label={TIER_LABELS[tier]} />
      ))}
      <FieldError id="f-tierThresholds-error" message={ctx.errors.tierThresholds} />
    </fieldset>
  );
}

export function RateCardSection({ ctx }: { ctx: FieldContext }) {
  return (
    <fieldset className="cs-opt__group">
      <legend>Rate card (fee per sponsored post, in your currency)</legend>
      <Source>{DEFAULT_SOURCES.rateCard}</Source>
      {PLATFORMS.map((platform) => (
        <div key={platform} className="cs-opt__platform">
          <h3>{PLATFORM_LABELS[platform]}</h3>
          {TIERS.map((tier) => (
            <RangeFields
              key={tier}
              ctx={ctx}
              path={`rateCard.${platform}.${tier}`}
              kind="money"
              legend={`${PLATFORM_LABELS[platform]} · ${TIER_LABELS[tier]}`}
            />
          ))}
        </div>
      ))}
    </fieldset>
  );
}

export function FunnelSection({ ctx }: { ctx: FieldContext }) {
  return (
    <fieldset className="cs-opt__group">
      <legend>Reach and conversion</legend>
      <Source>{DEFAULT_SOURCES.reachRate}</Source>
      <Source>{DEFAULT_SOURCES.clickThroughRate}</Source>
      <Source>{DEFAULT_SOURCES.conversionRate}</Source>
      <Source>{DEFAULT_SOURCES.averageOrderValue}</Source>
      {PLATFORMS.map((platform) => (
        <RangeFields
          key={platform}
          ctx={ctx}
          path={`reachRate.${platform}`}
          kind="percent"
          legend={`Reach rate on ${PLATFORM_LABELS[platform]} (share of followers who see a post)`}
        />
      ))}
      <RangeFields ctx={ctx} path="clickThroughRate" kind="percent" legend="Click-through rate (share of reached people who click)" />
      <RangeFields ctx={ctx} path="conversionRate" kind="percent" legend="Conversion rate (share of clicks that buy)" />
      <TextField ctx={ctx} path="averageOrderValue" kind="money" label="Average order value" />
      <TextField ctx={ctx} path="currency" kind="text" label="Currency (ISO code)" />
    </fieldset>
  );
}
