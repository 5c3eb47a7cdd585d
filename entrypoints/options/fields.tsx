import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import { readPath, type FieldErrors, type FieldKind, type FormText } from './form';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { formatDecimal, formatExactCount, formatMoney, formatPercent } from '@/core/text/format';
import { uiLocale } from '@/components/ui/labels';

export interface FieldContext {
  text: FormText;
  errors: FieldErrors;
  onChange: (path: string, value: string) => void;
}

const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

function defaultText(path: string, kind: FieldKind): string {
  const value = readPath(DEFAULT_SETTINGS, path);
  if (typeof value !== 'number') return String(value ?? '');
  if (kind === 'percent') return formatPercent(value, 1, uiLocale());
  if (kind === 'money') return formatMoney(value, DEFAULT_SETTINGS.currency, uiLocale());
  if (kind === 'number') return formatDecimal(value, 2, uiLocale());
  return formatExactCount(value, uiLocale());
}

/** An error shown next to the field (or group) it belongs to, and announced. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="cs-opt__error" role="alert">
      {message}
    </span>
  );
}

export function TextField(props: { ctx: FieldContext; path: string; kind: FieldKind; label: string; suffix?: string }) {
  const { ctx, path, kind, label, suffix } = props;
  const id = fieldId(path);
  const error = ctx.errors[path];
  return (
    <div className="cs-opt__field">
      <label htmlFor={id}>{label}</label>
      <span className="cs-opt__input">
        <input
          id={id}
          inputMode={kind === 'text' || kind === 'choice' ? 'text' : 'decimal'}
          value={ctx.text[path] ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-default`}
          onChange={(event) => ctx.onChange(path, event.target.value)}
        />
        {suffix ? <span aria-hidden="true">{suffix}</span> : null}
      </span>
      <span id={`${id}-default`} className="cs-opt__default">
        {i18n.t('options.default', [defaultText(path, kind)])}
      </span>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** low / expected / high of one range, with the range's own error (order) beside it. */
export function RangeFields(props: { ctx: FieldContext; path: string; kind: FieldKind; legend: ReactNode }) {
  const { ctx, path, kind, legend } = props;
  const suffix = kind === 'percent' ? '%' : undefined;
  return (
    <fieldset className="cs-opt__range">
      <legend>{legend}</legend>
      <TextField ctx={ctx} path={`${path}.low`} kind={kind} label={i18n.t('options.low')} suffix={suffix} />
      <TextField ctx={ctx} path={`${path}.expected`} kind={kind} label={i18n.t('options.expected')} suffix={suffix} />
      <TextField ctx={ctx} path={`${path}.high`} kind={kind} label={i18n.t('options.high')} suffix={suffix} />
      <FieldError id={`${fieldId(path)}-error`} message={ctx.errors[path]} />
    </fieldset>
  );
}
