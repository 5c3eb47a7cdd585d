import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_INPUTS, type SavedPlan } from '@/core/planner/plan';
import { clearDb } from '@/tests/builders/browser';
import { getDb } from './db';
import { deletePlan, listPlans, newPlanId, readPlan, savePlan } from './plans';

beforeEach(clearDb);

const plan = (id: string, updatedAt: number, name = 'Spring launch'): SavedPlan => ({
  v: 1,
  id,
  name,
  createdAt: 1,
  updatedAt,
  inputs: { ...DEFAULT_PLAN_INPUTS, budget: 1_500, mustInclude: ['instagram:janedoe'] },
  picks: ['instagram:janedoe', 'tiktok:maya.moves'],
  summary: {
    creators: 2,
    cost: { low: 35, expected: 370, high: 625 },
    goalValue: { low: 900, expected: 1_400, high: 2_000 },
    followers: 90_000,
    currency: 'USD',
    method: 'exact',
  },
});

describe('plans', () => {
  it('saves, lists newest first, reopens and deletes', async () => {
    const db = getDb();
    await savePlan(db, plan('a', 10));
    await savePlan(db, plan('b', 20, 'Summer'));
    expect((await listPlans(db)).plans.map((p) => p.id)).toEqual(['b', 'a']);
    expect(await readPlan(db, 'a')).toEqual(plan('a', 10));
    await savePlan(db, { ...plan('a', 30), name: 'Spring launch v2' });
    expect((await listPlans(db)).plans.map((p) => p.name)).toEqual(['Spring launch v2', 'Summer']);
    await deletePlan(db, 'b');
    expect((await listPlans(db)).plans.map((p) => p.id)).toEqual(['a']);
    expect(await readPlan(db, 'b')).toBeNull();
  });

  it('refuses to write an invalid plan', async () => {
    await expect(
      savePlan(getDb(), { ...plan('x', 1), inputs: { ...DEFAULT_PLAN_INPUTS, budget: -1 } }),
    ).rejects.toThrow();
    expect(await getDb().plans.count()).toBe(0);
  });

  it('counts unreadable records without deleting them', async () => {
    const db = getDb();
    await savePlan(db, plan('ok', 1));
    await db.plans.put({ id: 'broken', updatedAt: 2, inputs: 'nope' });
    const read = await listPlans(db);
    expect(read.plans.map((p) => p.id)).toEqual(['ok']);
    expect(read.unreadable).toHaveLength(1);
    expect(await readPlan(db, 'broken')).toBeNull();
    expect(await db.plans.count()).toBe(2);
  });

  it('makes distinct, time-ordered ids', () => {
    expect(newPlanId(1_700_000_000_000, () => 0.5)).toMatch(/^plan-[0-9a-z]+-[0-9a-z]{6}$/);
    expect(newPlanId(1, () => 0.1)).not.toBe(newPlanId(1, () => 0.2));
  });
});

describe('the frozen version-2 fixture', () => {
  it('holds plans that the current schema reads', async () => {
    const { readFileSync } = await import('node:fs');
    const frozen = JSON.parse(readFileSync('tests/fixtures/db/v2.json', 'utf8')) as { tables: { plans: unknown[] } };
    expect(frozen.tables.plans.length).toBeGreaterThan(0);
    await getDb().plans.bulkPut(frozen.tables.plans as never[]);
    const read = await listPlans(getDb());
    expect(read.unreadable).toEqual([]);
    expect(read.plans).toEqual(frozen.tables.plans);
  });
});
