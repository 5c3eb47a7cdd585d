import { savedPlanSchema, type SavedPlan } from '@/core/planner/plan';
import { partitionValid, type ScoutDb } from './db';

/**
 * Saved campaign plans (table `plans`). Every read is validated; a record
 * that fails is counted and left in place, never deleted or shown half-read.
 */

export interface PlansRead {
  plans: SavedPlan[];
  unreadable: unknown[];
}

/** Newest first. */
export async function listPlans(db: ScoutDb): Promise<PlansRead> {
  const { valid, invalid } = partitionValid(await db.plans.orderBy('updatedAt').reverse().toArray(), savedPlanSchema);
  return { plans: valid, unreadable: invalid };
}

export async function readPlan(db: ScoutDb, id: string): Promise<SavedPlan | null> {
  const parsed = savedPlanSchema.safeParse(await db.plans.get(id));
  return parsed.success ? parsed.data : null;
}

/** Insert or replace; validated before it is written, so a bad plan never reaches storage. */
export async function savePlan(db: ScoutDb, plan: SavedPlan): Promise<SavedPlan> {
  const valid = savedPlanSchema.parse(plan);
  await db.plans.put(valid);
  return valid;
}

export async function deletePlan(db: ScoutDb, id: string): Promise<void> {
  await db.plans.delete(id);
}

/** A new plan id: time-ordered and random enough that two windows never collide. */
export function newPlanId(now: number, random: () => number = Math.random): string {
  return `plan-${now.toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}
