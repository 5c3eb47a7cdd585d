import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import { DEFAULT_PLAN_INPUTS, PLAN_VERSION, type PlanInputs, type SavedPlan } from '@/core/planner/plan';
import { planFilename, planToCsv } from '@/core/planner/plan-csv';
import { planAssumptions } from '@/core/planner/plan-assumptions';
import { planCampaign, reopenPlan } from '@/core/planner/planner';
import { getDb } from '@/lib/db';
import { browserTranslator } from '@/lib/i18n';
import { downloadText } from '@/lib/download';
import { newPlanId, savePlan } from '@/lib/plans';
import { useAnalysedShortlist } from '../shortlist/use-rows';
import { Button } from '../ui/Button';
import { parsePlanForm, toFormState, type PlanFormErrors } from './form';
import { PlanChart } from './PlanChart';
import { PlanForm } from './PlanForm';
import { PlanResults } from './PlanResults';
import { SavedPlans } from './SavedPlans';
import '../tokens.css';
import '../ui/ui.css';
import './planner.css';

/** What is shown: a fresh plan of the submitted inputs, or a saved plan reopened. */
type Shown = { kind: 'fresh'; inputs: PlanInputs } | { kind: 'saved'; plan: SavedPlan };

/**
 * The campaign planner. Figures come from core's planCampaign over the
 * shortlist as analysed with the current settings, so they follow every
 * settings change and shortlist edit live.
 */
export function PlannerView() {
  const { rows, loaded, settings } = useAnalysedShortlist();
  const [form, setForm] = useState(() => toFormState(DEFAULT_PLAN_INPUTS));
  const [errors, setErrors] = useState<PlanFormErrors>({});
  const [shown, setShown] = useState<Shown | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const analyses = useMemo(() => rows.map((r) => r.analysis), [rows]);

  const { plan, missing } = useMemo(() => {
    if (!shown) return { plan: null, missing: [] };
    const t = browserTranslator();
    if (shown.kind === 'fresh') return { plan: planCampaign(analyses, shown.inputs, settings, {}, t), missing: [] };
    const reopened = reopenPlan(analyses, shown.plan.inputs, shown.plan.picks, settings, t);
    return { plan: reopened, missing: reopened.missing };
  }, [shown, analyses, settings]);
  const inputs = shown ? (shown.kind === 'fresh' ? shown.inputs : shown.plan.inputs) : null;
  const assumptions = useMemo(
    () => (inputs ? planAssumptions(settings, inputs.platforms, browserTranslator()) : []),
    [inputs, settings],
  );

  const submit = () => {
    const parsed = parsePlanForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setStatus('');
    setShown({ kind: 'fresh', inputs: parsed.inputs });
  };

  const save = async () => {
    if (!plan || !inputs) return;
    const now = Date.now();
    const existing = shown?.kind === 'saved' ? shown.plan : null;
    const saved = await savePlan(getDb(), {
      v: PLAN_VERSION,
      id: existing?.id ?? newPlanId(now),
      name: name.trim().slice(0, 200),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      inputs,
      picks: plan.chosen.map((c) => c.key),
      summary: {
        creators: plan.totals.creators,
        cost: plan.totals.cost,
        goalValue: plan.totals[inputs.goal].range,
        followers: plan.totals.followers,
        currency: plan.currency,
        method: plan.method,
      },
    });
    setShown({ kind: 'saved', plan: saved });
    setStatus(i18n.t('planner.savedStatus', [saved.name || i18n.t('planner.untitled')]));
  };

  const open = (saved: SavedPlan) => {
    setForm(toFormState(saved.inputs));
    setName(saved.name);
    setShown({ kind: 'saved', plan: saved });
    setStatus(i18n.t('planner.openedStatus', [saved.name || i18n.t('planner.untitled')]));
  };

  if (!loaded) return <p className="cs-plan__muted">{i18n.t('compare.loading')}</p>;
  return (
    <div className="cs-plan">
      {rows.length === 0 ? <p className="cs-plan__muted">{i18n.t('planner.empty')}</p> : null}
      <PlanForm
        state={form}
        errors={errors}
        currency={settings.currency}
        rows={rows}
        onChange={setForm}
        onSubmit={submit}
      />
      {plan && inputs ? (
        <>
          {missing.length > 0 ? (
            <p className="cs-plan__error" role="note">
              {i18n.t('planner.gone', [missing.join(', ')])}
            </p>
          ) : null}
          <PlanResults plan={plan} assumptions={assumptions} />
          <PlanChart points={plan.points} goal={inputs.goal} currency={plan.currency} />
          <div className="cs-plan__actions">
            <label className="cs-plan__field">
              {i18n.t('planner.name')}
              <input className="cs-focusable" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
            </label>
            <Button onClick={() => void save()}>{i18n.t('planner.save')}</Button>
            <Button
              onClick={() => downloadText(planFilename(new Date()), planToCsv(plan, name.trim()))}
              disabled={plan.chosen.length === 0}
            >
              {i18n.t('planner.export')}
            </Button>
          </div>
        </>
      ) : null}
      <p role="status" className="cs-plan__status">
        {status}
      </p>
      <SavedPlans onOpen={open} openId={shown?.kind === 'saved' ? shown.plan.id : null} />
    </div>
  );
}
