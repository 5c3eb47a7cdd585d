import { z } from 'zod/mini';
import { rangeSchema } from '../score/analysis';
import { platformSchema } from '../page/snapshot';
import { EN, type Translate } from '../text/i18n';

/**
 * A campaign plan: what the marketer asked for (inputs), which creators were
 * picked, and the totals at the time it was saved. Stored in IndexedDB
 * (`plans`) and validated on every read.
 */

export const GOALS = ['reach', 'engagements', 'conversions'] as const;
const goalSchema = z.enum(GOALS);
export type Goal = z.infer<typeof goalSchema>;

/** English names, for the plan CSV (its cells stay English; see plan-csv.ts). */
export const GOAL_LABELS: Readonly<Record<Goal, string>> = {
  reach: 'Reach',
  engagements: 'Engagements',
  conversions: 'Conversions',
};

/** "Engagements": a goal's name on its own. */
export function goalLabel(goal: Goal, t: Translate = EN): string {
  return t(`goal.label.${goal}`);
}

/** "engagements": a goal inside a sentence. */
export function goalInline(goal: Goal, t: Translate = EN): string {
  return t(`goal.inline.${goal}`);
}

/** The highest pod-risk level a creator may have to be planned ('high' = any judged level). */
const maxPodRiskSchema = z.enum(['low', 'medium', 'high']);
export type MaxPodRisk = z.infer<typeof maxPodRiskSchema>;

/** Shortlists are planned exactly up to this size (see planner-solve.ts). */
const MAX_PLAN_CREATORS = 500;

export const planInputsSchema = z
  .object({
    /** In the settings' currency. */
    budget: z.number().check(z.minimum(0), z.maximum(1e10)),
    goal: goalSchema,
    platforms: z.array(platformSchema).check(z.minLength(1), z.maxLength(2)),
    maxPodRisk: maxPodRiskSchema,
    /** A creator whose pod risk could not be judged may be planned. */
    allowUnjudged: z.boolean(),
    minCreators: z.nullable(z.int().check(z.minimum(0), z.maximum(10_000))),
    maxCreators: z.nullable(z.int().check(z.minimum(1), z.maximum(10_000))),
    /**
     * The percentile of cost the plan must fit the budget at: 0.5 plans at
     * median prices (and shows the chance of going over), 0.9 keeps a 90 %
     * chance of staying within budget. Absent in plans saved before it: 0.5.
     */
    costPercentile: z.optional(z.number().check(z.minimum(0.5), z.maximum(0.99))),
    /** Creator keys that must be in the plan. */
    mustInclude: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(MAX_PLAN_CREATORS)),
  })
  .check(
    z.refine((p) => new Set(p.platforms).size === p.platforms.length, 'a platform is listed twice'),
    z.refine(
      (p) => p.minCreators === null || p.maxCreators === null || p.minCreators <= p.maxCreators,
      'the minimum number of creators is above the maximum',
    ),
  );
export type PlanInputs = z.infer<typeof planInputsSchema>;

export const DEFAULT_PLAN_INPUTS: PlanInputs = {
  budget: 1_000,
  goal: 'engagements',
  platforms: ['instagram', 'tiktok'],
  maxPodRisk: 'medium',
  // Most creators have no comments read yet: "not judged" is not a risk, so they are planned unless the user says otherwise.
  allowUnjudged: true,
  minCreators: null,
  maxCreators: null,
  costPercentile: 0.5,
  mustInclude: [],
};

export const PLAN_VERSION = 1;

const planSummarySchema = z.object({
  creators: z.int().check(z.minimum(0)),
  cost: rangeSchema,
  goalValue: z.nullable(rangeSchema),
  followers: z.number().check(z.minimum(0)),
  currency: z.string(),
  method: z.enum(['exact', 'heuristic']),
});

export const savedPlanSchema = z.object({
  v: z.literal(PLAN_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.maxLength(200)),
  createdAt: z.int().check(z.minimum(0)),
  updatedAt: z.int().check(z.minimum(0)),
  inputs: planInputsSchema,
  /** Keys of the picked creators, as planned. */
  picks: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(MAX_PLAN_CREATORS * 20)),
  /** Totals when saved, for the list of plans (reopening recomputes them). */
  summary: planSummarySchema,
});
export type SavedPlan = z.infer<typeof savedPlanSchema>;
