import type { ReactNode } from 'react';
import type { Range } from '@/core/analysis';
import { formatRange, type RangeKind } from '@/core/format';
import { UI_LOCALE } from './labels';
import './ui.css';

export const NOT_ON_PAGE = 'not on the page';

/** A missing figure: says so (with why, when known), never shows 0. */
export function Missing({ reason }: { reason?: string }) {
  return (
    <span className="cs-missing" title={reason}>
      {NOT_ON_PAGE}
    </span>
  );
}

export function Stat({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <div className="cs-stat" role="group" aria-label={label}>
      <span className="cs-stat__label">{label}</span>
      <p className="cs-stat__value">{children}</p>
      {hint ? <span className="cs-stat__hint">{hint}</span> : null}
    </div>
  );
}

/** "low–high (≈ expected)" as core formats it; a missing range says why. */
export function RangeValue(props: { range: Range | null; kind: RangeKind; currency?: string; missingReason?: string }) {
  const { range, kind, currency, missingReason } = props;
  if (!range) return <Missing reason={missingReason} />;
  return <span className="cs-range">{formatRange(range, kind, currency, UI_LOCALE)}</span>;
}
