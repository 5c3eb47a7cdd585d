import { DEFAULT_SETTINGS } from '@/core/defaults';
import { formatExactCount, formatMoney, formatRange } from '@/core/format';
import { TIER_LABELS } from '@/core/tiers';
import { PLATFORM_LABELS, UI_LOCALE } from '@/components/ui/labels';

/** The default assumptions, straight from core, so this page never drifts from what is used. */
export function Assumptions() {
  const s = DEFAULT_SETTINGS;
  const t = s.tierThresholds;
  const pct = (r: { low: number; expected: number; high: number }) => formatRange(r, 'percent', s.currency, UI_LOCALE);
  return (
    <dl className="cs-welcome__assumptions">
      <dt>Tiers</dt>
      <dd>
        {TIER_LABELS.nano} from {formatExactCount(t.nano, UI_LOCALE)}, {TIER_LABELS.micro} from {formatExactCount(t.micro, UI_LOCALE)},{' '}
        {TIER_LABELS.macro} from {formatExactCount(t.macro, UI_LOCALE)}, {TIER_LABELS.mega} from {formatExactCount(t.mega, UI_LOCALE)} followers.
      </dd>
      <dt>Fee per sponsored post</dt>
      <dd>
        {(['instagram', 'tiktok'] as const).map((p) => (
          <span key={p} className="cs-welcome__line">
            {PLATFORM_LABELS[p]}: {TIER_LABELS.nano} {formatRange(s.rateCard[p].nano, 'money', s.currency, UI_LOCALE)},{' '}
            {TIER_LABELS.micro} {formatRange(s.rateCard[p].micro, 'money', s.currency, UI_LOCALE)}
          </span>
        ))}
      </dd>
      <dt>Reach of a post (share of followers)</dt>
      <dd>
        {PLATFORM_LABELS.instagram} {pct(s.reachRate.instagram)}; on {PLATFORM_LABELS.tiktok}, median views when the page shows them.
      </dd>
      <dt>Click-through and conversion</dt>
      <dd>
        {pct(s.clickThroughRate)} of reached people click; {pct(s.conversionRate)} of clicks buy, at an average order of{' '}
        {formatMoney(s.averageOrderValue, s.currency, UI_LOCALE)}.
      </dd>
      <dt>Pinned posts</dt>
      <dd>{s.excludePinned ? 'Left out of the engagement rate: they are a creator’s best, not typical, posts.' : 'Counted.'}</dd>
    </dl>
  );
}
