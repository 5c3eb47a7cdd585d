import { i18n } from '#i18n';
import { useMemo, useState, type FormEvent } from 'react';
import { goalLabel, GOALS } from '@/core/planner/plan';
import { browserTranslator } from '@/lib/i18n';
import { PLATFORMS } from '@/core/page/snapshot';
import type { ShortlistRow } from '../shortlist/rows';
import { Button } from '../ui/Button';
import { PLATFORM_LABELS } from '../ui/labels';
import type { PlanFormErrors, PlanFormState } from './form';

const RISK_LABELS = {
  low: () => i18n.t('planner.form.riskLow'),
  medium: () => i18n.t('planner.form.riskMedium'),
  high: () => i18n.t('planner.form.riskHigh'),
} as const;
const SHOWN_CHOICES = 50;

function FormError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span id={id} className="cs-plan__error" role="alert">
      {message}
    </span>
  ) : null;
}

/** Budget, goal, platforms, pod-risk limit, creator counts and must-includes. */
export function PlanForm(props: {
  state: PlanFormState;
  errors: PlanFormErrors;
  currency: string;
  rows: readonly ShortlistRow[];
  onChange: (next: PlanFormState) => void;
  onSubmit: () => void;
}) {
  const { state, errors, currency, rows, onChange, onSubmit } = props;
  const [filter, setFilter] = useState('');
  const set = (patch: Partial<PlanFormState>) => onChange({ ...state, ...patch });
  const choices = useMemo(() => {
    const q = filter.trim().toLowerCase().replace(/^@/, '');
    return rows.filter((r) => !q || r.entry.handle.toLowerCase().includes(q)).slice(0, SHOWN_CHOICES);
  }, [rows, filter]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="cs-plan__form" onSubmit={submit} noValidate aria-label={i18n.t('planner.form.label')}>
      <label className="cs-plan__field">
        {i18n.t('planner.form.budget', [currency])}
        <input
          inputMode="decimal"
          className="cs-focusable"
          value={state.budget}
          aria-invalid={errors.budget ? true : undefined}
          aria-describedby={errors.budget ? 'plan-budget-error' : undefined}
          onChange={(e) => set({ budget: e.target.value })}
        />
        <FormError id="plan-budget-error" message={errors.budget} />
      </label>
      <label className="cs-plan__field">
        {i18n.t('planner.form.goal')}
        <select
          className="cs-focusable"
          value={state.goal}
          onChange={(e) => set({ goal: e.target.value as PlanFormState['goal'] })}
        >
          {GOALS.map((g) => (
            <option key={g} value={g}>
              {goalLabel(g, browserTranslator())}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="cs-plan__field">
        <legend>{i18n.t('planner.form.platforms')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} className="cs-plan__check">
            <input
              type="checkbox"
              checked={state.platforms.includes(p)}
              onChange={(e) =>
                set({ platforms: e.target.checked ? [...state.platforms, p] : state.platforms.filter((x) => x !== p) })
              }
            />
            {PLATFORM_LABELS[p]}
          </label>
        ))}
        <FormError id="plan-platforms-error" message={errors.platforms} />
      </fieldset>
      <label className="cs-plan__field">
        {i18n.t('planner.form.maxRisk')}
        <select
          className="cs-focusable"
          value={state.maxPodRisk}
          onChange={(e) => set({ maxPodRisk: e.target.value as PlanFormState['maxPodRisk'] })}
        >
          {(['low', 'medium', 'high'] as const).map((r) => (
            <option key={r} value={r}>
              {RISK_LABELS[r]()}
            </option>
          ))}
        </select>
      </label>
      <label className="cs-plan__check">
        <input
          type="checkbox"
          checked={state.allowUnjudged}
          onChange={(e) => set({ allowUnjudged: e.target.checked })}
        />
        {i18n.t('planner.form.allowUnjudged')}
      </label>
      <label className="cs-plan__field">
        {i18n.t('planner.form.min')}
        <input
          inputMode="numeric"
          className="cs-focusable"
          value={state.minCreators}
          onChange={(e) => set({ minCreators: e.target.value })}
        />
        <FormError id="plan-min-error" message={errors.minCreators} />
      </label>
      <label className="cs-plan__field">
        {i18n.t('planner.form.max')}
        <input
          inputMode="numeric"
          className="cs-focusable"
          value={state.maxCreators}
          onChange={(e) => set({ maxCreators: e.target.value })}
        />
        <FormError id="plan-max-error" message={errors.maxCreators} />
      </label>
      <details className="cs-plan__must">
        <summary>{i18n.t('planner.form.must', [state.mustInclude.length])}</summary>
        <input
          type="search"
          className="cs-focusable"
          aria-label={i18n.t('planner.form.find')}
          placeholder={i18n.t('planner.form.findPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <ul>
          {choices.map((r) => (
            <li key={r.key}>
              <label className="cs-plan__check">
                <input
                  type="checkbox"
                  aria-label={i18n.t('planner.form.mustOne', [r.entry.handle])}
                  checked={state.mustInclude.includes(r.key)}
                  onChange={(e) =>
                    set({
                      mustInclude: e.target.checked
                        ? [...state.mustInclude, r.key]
                        : state.mustInclude.filter((k) => k !== r.key),
                    })
                  }
                />
                @{r.entry.handle} <span className="cs-plan__muted">{PLATFORM_LABELS[r.entry.platform]}</span>
              </label>
            </li>
          ))}
        </ul>
        {rows.length > SHOWN_CHOICES ? (
          <p className="cs-plan__muted">{i18n.t('planner.form.showing', [SHOWN_CHOICES])}</p>
        ) : null}
      </details>
      <FormError id="plan-form-error" message={errors.form} />
      <Button type="submit" variant="primary">
        {i18n.t('planner.form.submit')}
      </Button>
    </form>
  );
}
