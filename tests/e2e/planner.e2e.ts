import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, mergeComments } from '@/core/score/analyze';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { formatRange } from '@/core/text/format';
import { DEFAULT_PLAN_INPUTS, savedPlanSchema } from '@/core/planner/plan';
import { planCampaign } from '@/core/planner/planner';
import { shortlistEntrySchema } from '@/core/shortlist/shortlist';
import type { CommentSample } from '@/core/page/snapshot';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { extensionPage, launch, OverlayPage, type Session } from './harness';
import { readStore } from './idb';

/**
 * Shortlist creators from fixture pages, plan a campaign in the side panel,
 * and check the plan's figures against core's planner run on what the
 * extension stored.
 */

let session: Session;
beforeAll(async () => {
  session = await launch(fixtureRoutes);
});
afterAll(async () => {
  await session?.close();
});

// Nano, micro, macro and mega creators on both platforms.
const HANDLES = [
  'marco.rossi',
  'mira.slowlife',
  'evil.bio',
  'janedoe',
  'lena.bakes',
  'dan.diy',
  'maya.moves',
  'chef.tomas',
];

async function coreAnalyses() {
  const entries = (await readStore(session.worker, 'shortlist')).map((e) => shortlistEntrySchema.parse(e));
  const rows = (await readStore(session.worker, 'postComments')) as {
    key: string;
    postId: string;
    comments: CommentSample[];
  }[];
  const byKey = new Map<string, Map<string, CommentSample[]>>();
  for (const r of rows) byKey.set(r.key, (byKey.get(r.key) ?? new Map()).set(r.postId, r.comments));
  return entries.map((e) => analyze(mergeComments(e.snapshot, byKey.get(e.key) ?? new Map()), DEFAULT_SETTINGS));
}

describe('campaign planner in the side panel', () => {
  it('plans from a shortlist built on fixture pages, matching core', async () => {
    for (const handle of HANDLES) {
      const page = await session.context.newPage();
      await page.goto(fixtureFor(handle).url);
      await new OverlayPage(page).settled(handle);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Saved ✓' }).count()).toBe(1);
      await page.close();
    }
    await expect.poll(async () => (await readStore(session.worker, 'shortlist')).length).toBe(HANDLES.length);

    const panel = await extensionPage(session, 'sidepanel.html');
    await panel.getByRole('tab', { name: 'Plan' }).click();
    await panel.getByRole('textbox', { name: /Budget/ }).fill('2000');
    await panel.getByRole('combobox', { name: 'Maximum pod risk' }).selectOption('high');
    await panel.getByRole('checkbox', { name: /could not be judged/ }).check();
    await panel.getByRole('button', { name: 'Plan campaign' }).click();
    await panel.getByRole('table', { name: 'Chosen creators' }).waitFor();

    const inputs = { ...DEFAULT_PLAN_INPUTS, budget: 2_000, maxPodRisk: 'high' as const, allowUnjudged: true };
    const t0 = performance.now();
    const plan = planCampaign(await coreAnalyses(), inputs, DEFAULT_SETTINGS);
    const ms = performance.now() - t0;
    const locale = await panel.evaluate(() => navigator.language);
    const stat = (label: string) => panel.getByRole('group', { name: label }).locator('.cs-stat__value').innerText();
    expect(await stat('Total cost')).toBe(formatRange(plan.totals.cost, 'money', 'USD', locale));
    expect(await stat('Expected engagements')).toBe(formatRange(plan.totals.engagements.range, 'count', 'USD', locale));
    const shownKeys = await panel
      .locator('table[aria-label="Chosen creators"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(shownKeys.sort()).toEqual(plan.chosen.map((c) => c.key).sort());
    expect(await panel.locator('circle[data-chosen="true"]').count()).toBe(plan.chosen.length);
    expect(await panel.locator('circle[data-key]').count()).toBe(plan.points.length);

    // The worked plan, for the record (README / report).
    const alt = plan.alternatives;
    console.log(
      JSON.stringify(
        {
          planMs: Number(ms.toFixed(2)),
          budget: inputs.budget,
          goal: inputs.goal,
          picked: plan.chosen.map(
            (c) => `${c.key} (${c.tier}, $${c.cost.expected}, ${c.goal?.expected.toFixed(0)} eng.)`,
          ),
          cost: plan.totals.cost,
          followers: plan.totals.followers,
          reach: plan.totals.reach.range,
          engagements: plan.totals.engagements.range,
          conversions: plan.totals.conversions.range,
          split: plan.totals.split.filter((s) => s.creators > 0),
          allNano: {
            picked: alt.allNano.chosen.map((c) => c.key),
            cost: alt.allNano.totals.cost.expected,
            engagements: alt.allNano.totals.engagements.range?.expected,
          },
          allMicro: {
            picked: alt.allMicro.chosen.map((c) => c.key),
            cost: alt.allMicro.totals.cost.expected,
            engagements: alt.allMicro.totals.engagements.range?.expected,
          },
          singleModelled: alt.singleModelled && {
            platform: alt.singleModelled.platform,
            tier: alt.singleModelled.tier,
            followers: alt.singleModelled.followers,
            cost: alt.singleModelled.cost.expected,
            engagements: alt.singleModelled.engagements?.expected,
          },
          excluded: plan.excluded.map((e) => `${e.key}: ${e.reason}`),
        },
        null,
        1,
      ),
    );

    await panel.getByRole('textbox', { name: 'Plan name' }).fill('Fixture plan');
    await panel.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(async () => (await readStore(session.worker, 'plans')).length).toBe(1);
    const saved = savedPlanSchema.parse((await readStore(session.worker, 'plans'))[0]);
    expect(saved.picks.sort()).toEqual(plan.chosen.map((c) => c.key).sort());
    expect(saved.summary.cost).toEqual(plan.totals.cost);
  });
});
