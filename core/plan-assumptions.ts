import { TIERS } from './analysis';
import { formatMoney, formatPercent, formatRange, localeOf } from './format';
import { EN, type Translate } from './i18n';
import { GIFTABLE_TIERS } from './roi';
import type { Settings } from './settings';
import type { Platform } from './snapshot';
import { tierInline } from './tiers';

const NAMES = { instagram: 'Instagram', tiktok: 'TikTok' } as const;

/**
 * The assumptions behind a plan's figures, in the words shown beside them:
 * what each tier costs per post on each planned platform (or the gifted
 * product), reach, click-through and conversion rates, and order value.
 */
export function planAssumptions(settings: Settings, platforms: readonly Platform[], t: Translate = EN): string[] {
  const locale = localeOf(t);
  const money = (n: number) => formatMoney(n, settings.currency, locale);
  const lines: string[] = [];
  for (const p of platforms) {
    const costs = TIERS.filter((tier) => tier !== 'below-nano').map((tier) => {
      const gifted = settings.gifting.nano && GIFTABLE_TIERS.has(tier);
      const r = gifted ? settings.gifting.productCost : settings.rateCard[p][tier];
      return t(gifted ? 'plan.assume.costGifted' : 'plan.assume.cost', [tierInline(tier, t), money(r.expected)]);
    });
    lines.push(t('plan.assume.costLine', [NAMES[p], costs.join(', ')]));
    const reach = settings.reachRate[p];
    const band = [NAMES[p], formatPercent(reach.low, 0, locale), formatPercent(reach.high, 0, locale)];
    lines.push(t(p === 'tiktok' ? 'plan.assume.reachTiktok' : 'plan.assume.reach', band));
  }
  const pct = (r: Settings['clickThroughRate']) => formatRange(r, 'percent', settings.currency, locale);
  lines.push(t('plan.assume.rates', [pct(settings.clickThroughRate), pct(settings.conversionRate)]));
  lines.push(t('plan.assume.orderValue', [money(settings.averageOrderValue)]));
  lines.push(t('plan.assume.mix'));
  return lines;
}
