import { i18n } from '#i18n';
import { planInputsSchema, type Goal, type MaxPodRisk, type PlanInputs } from '@/core/planner/plan';
import type { Platform } from '@/core/page/snapshot';

/** The planner form as typed (numbers stay text until the plan is asked for). */
export interface PlanFormState {
  budget: string;
  goal: Goal;
  platforms: Platform[];
  maxPodRisk: MaxPodRisk;
  allowUnjudged: boolean;
  minCreators: string;
  maxCreators: string;
  mustInclude: string[];
}

export function toFormState(inputs: PlanInputs): PlanFormState {
  return {
    budget: String(inputs.budget),
    goal: inputs.goal,
    platforms: [...inputs.platforms],
    maxPodRisk: inputs.maxPodRisk,
    allowUnjudged: inputs.allowUnjudged,
    minCreators: inputs.minCreators === null ? '' : String(inputs.minCreators),
    maxCreators: inputs.maxCreators === null ? '' : String(inputs.maxCreators),
    mustInclude: [...inputs.mustInclude],
  };
}

const number = (text: string) => {
  const t = text.trim().replace(/[\s,]/g, '');
  return t === '' ? Number.NaN : Number(t);
};
const optional = (text: string) => (text.trim() === '' ? null : number(text));

export type PlanFormErrors = Partial<Record<'budget' | 'platforms' | 'minCreators' | 'maxCreators' | 'form', string>>;

/** Parsed with the same schema saved plans are read with; errors keyed by field. */
export function parsePlanForm(
  state: PlanFormState,
): { ok: true; inputs: PlanInputs } | { ok: false; errors: PlanFormErrors } {
  const parsed = planInputsSchema.safeParse({
    budget: number(state.budget),
    goal: state.goal,
    platforms: state.platforms,
    maxPodRisk: state.maxPodRisk,
    allowUnjudged: state.allowUnjudged,
    minCreators: optional(state.minCreators),
    maxCreators: optional(state.maxCreators),
    mustInclude: state.mustInclude,
  });
  if (parsed.success) return { ok: true, inputs: parsed.data };
  const errors: PlanFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'budget') errors.budget ??= i18n.t('planner.error.budget');
    else if (field === 'platforms') errors.platforms ??= i18n.t('planner.error.platforms');
    else if (field === 'minCreators') errors.minCreators ??= i18n.t('planner.error.min');
    else if (field === 'maxCreators') errors.maxCreators ??= i18n.t('planner.error.max');
    else {
      // The schema's cross-field rule; its English message is for stored-plan validation.
      const min = optional(state.minCreators);
      const max = optional(state.maxCreators);
      errors.form ??= min !== null && max !== null && min > max ? i18n.t('planner.error.minAboveMax') : issue.message;
    }
  }
  return { ok: false, errors };
}
