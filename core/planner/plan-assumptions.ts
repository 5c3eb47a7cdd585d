import { TIERS, type Tier } from '../score/analysis';
import { formatMoney, formatPercent, formatRange, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import type { Settings } from '../settings/settings';
import type { Platform } from '../page/snapshot';
import { tierInline } from '../score/tiers';

const NAMES = { instagram: 'Instagram', tiktok: 'TikTok' } as const;
const SIZED: readonly Tier[] = TIERS.filter((tier) => tier !== 'below-nano');

/**
 * The assumptions behind a plan's figures, in the words shown beside them:
 * the median price per 1,000 followers by tier on each planned platform,
 * gifting, reach, click-through by tier, conversion rate and order value.
 */
export function planAssumptions(settings: Settings, platforms: readonly Platform[], t: Translate = EN): string[] {
  const locale = localeOf(t);
  const money = (n: number) => formatMoney(n, settings.currency, locale);
  const pct = (n: number) => formatPercent(n, n < 0.1 ? 1 : 0, locale);
  const byTier = (value: (tier: Tier) => string) =>
    SIZED.map((tier) => t('plan.assume.cost', [tierInline(tier, t), value(tier)])).join(', ');
  const lines: string[] = [];
  for (const p of platforms) {
    lines.push(
      t('plan.assume.costLine', [NAMES[p], byTier((tier) => money(settings.pricing.perThousand[p][tier].expected))]),
    );
    lines.push(
      p === 'tiktok'
        ? t('plan.assume.reachTiktok', [NAMES[p], pct(settings.reach.tiktokViewsPerFollower.expected)])
        : t('plan.assume.reach', [NAMES[p], byTier((tier) => pct(settings.reach.instagram[tier].expected))]),
    );
  }
  if (settings.gifting.nano)
    lines.push(
      t('plan.assume.costGifted', [formatRange(settings.gifting.productCost, 'money', settings.currency, locale)]),
    );
  lines.push(
    t('plan.assume.rates', [
      byTier((tier) => pct(settings.clickThrough[tier].expected)),
      pct(settings.conversionRate.expected),
    ]),
  );
  lines.push(t('plan.assume.orderValue', [money(settings.averageOrderValue)]));
  lines.push(t('plan.assume.mix'));
  return lines;
}
