import type { ReactNode } from 'react';
import { uiText } from '@/lib/i18n';
import type { Range } from '@/core/score/analysis';
import { formatRange, type RangeKind } from '@/core/text/numbers';
import { uiLocale } from './labels';
import './ui.css';

/** A missing figure: says so (with why, when known), never shows 0. */
export function Missing({ reason }: { reason?: string }) {
  return (
    <span className="cs-missing" title={reason}>
      {uiText('common.notOnPage')}
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

/**
 * "low–high (≈ expected)" as core formats it (or as already printed, `text`);
 * a missing range says why.
 */
export function RangeValue(props: {
  range: Range | null;
  kind: RangeKind;
  currency?: string;
  missingReason?: string;
  text?: string | null;
}) {
  const { range, kind, currency, missingReason, text } = props;
  if (!range) return <Missing reason={missingReason} />;
  return <span className="cs-range">{text ?? formatRange(range, kind, currency, uiLocale())}</span>;
}
