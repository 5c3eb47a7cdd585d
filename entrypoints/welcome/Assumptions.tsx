import { i18n } from '#i18n';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { formatExactCount, formatMoney, formatRange } from '@/core/text/format';
import { tierLabel } from '@/core/score/tiers';
import { PLATFORM_LABELS, uiLocale } from '@/components/ui/labels';
import { browserTranslator } from '@/lib/i18n';

/** The default assumptions, straight from core, so this page never drifts from what is used. */
export function Assumptions() {
  const s = DEFAULT_SETTINGS;
  const th = s.tierThresholds;
  const locale = uiLocale();
  const t = browserTranslator();
  const pct = (r: { low: number; expected: number; high: number }) => formatRange(r, 'percent', s.currency, locale);
  const money = (r: { low: number; expected: number; high: number }) => formatRange(r, 'money', s.currency, locale);
  const n = (v: number) => formatExactCount(v, locale);
  return (
    <dl className="cs-welcome__assumptions">
      <dt>{i18n.t('welcome.tiers')}</dt>
      <dd>
        {i18n.t('welcome.tiersLine', [
          tierLabel('nano', t),
          n(th.nano),
          tierLabel('micro', t),
          n(th.micro),
          tierLabel('macro', t),
          n(th.macro),
          tierLabel('mega', t),
          n(th.mega),
        ])}
      </dd>
      <dt>{i18n.t('welcome.fee')}</dt>
      <dd>
        {(['instagram', 'tiktok'] as const).map((p) => (
          <span key={p} className="cs-welcome__line">
            {i18n.t('welcome.feeLine', [
              PLATFORM_LABELS[p],
              tierLabel('nano', t),
              money(s.pricing.perThousand[p].nano),
              tierLabel('micro', t),
              money(s.pricing.perThousand[p].micro),
            ])}
          </span>
        ))}
      </dd>
      <dt>{i18n.t('welcome.reach')}</dt>
      <dd>
        {i18n.t('welcome.reachLine', [PLATFORM_LABELS.instagram, pct(s.reach.instagram.micro), PLATFORM_LABELS.tiktok])}
      </dd>
      <dt>{i18n.t('welcome.conversion')}</dt>
      <dd>
        {i18n.t('welcome.conversionLine', [
          pct(s.clickThrough.micro),
          pct(s.conversionRate),
          formatMoney(s.averageOrderValue, s.currency, locale),
        ])}
      </dd>
      <dt>{i18n.t('welcome.pinned')}</dt>
      <dd>{s.excludePinned ? i18n.t('welcome.pinnedOut') : i18n.t('welcome.pinnedIn')}</dd>
    </dl>
  );
}
