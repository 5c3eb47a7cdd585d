import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/core/score/analyze';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { formatRange, formatRatioRange } from '@/core/text/format';
import { DEFAULT_PLAN_INPUTS } from '@/core/planner/plan';
import { planCampaign } from '@/core/planner/planner';
import { getDb } from '@/lib/db';
import { savedPlanSchema } from '@/core/planner/plan';
import { clearDb } from '../../tests/builders/browser';
import { entryFor, seedShortlist, threeCreators } from '../../tests/builders/shortlist';
import { makePost, makeSnapshot } from '../../tests/builders/snapshots';
import { PlannerView } from './PlannerView';

beforeEach(clearDb);

/** alpha (nano), bravo (macro), charlie (hidden likes), plus two micro creators. */
function shortlist() {
  const micro = (handle: string, likes: number) =>
    entryFor(
      makeSnapshot({
        handle,
        posts: Array.from({ length: 8 }, (_, i) => makePost(i, { likes: likes + i, comments: 10 })),
      }),
    );
  return [...threeCreators(), micro('delta', 900), micro('echo', 400)];
}

function stat(label: string): string {
  return screen.getByRole('group', { name: label }).querySelector('.cs-stat__value')?.textContent ?? '';
}

describe('PlannerView', () => {
  it('plans from the shortlist and shows the core totals, alternatives and chart', async () => {
    const entries = shortlist();
    await seedShortlist(entries);
    render(<PlannerView />);
    const budget = await screen.findByRole('textbox', { name: /Budget/ });
    fireEvent.change(budget, { target: { value: '700' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Maximum pod risk' }), { target: { value: 'high' } });
    // Creators whose pod risk is not judged yet are planned by default (most have no comments read).
    expect((screen.getByRole('checkbox', { name: /could not be judged/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Plan campaign' }));

    const inputs = { ...DEFAULT_PLAN_INPUTS, budget: 700, maxPodRisk: 'high' as const, allowUnjudged: true };
    const plan = planCampaign(
      entries.map((e) => analyze(e.snapshot, DEFAULT_SETTINGS)),
      inputs,
      DEFAULT_SETTINGS,
    );
    expect(plan.chosen.length).toBeGreaterThan(0);
    await screen.findByRole('table', { name: 'Chosen creators' });
    expect(stat('Total cost')).toBe(formatRange(plan.totals.cost, 'money', 'USD', navigator.language));
    expect(stat('Expected engagements')).toBe(
      formatRange(plan.totals.engagements.range, 'count', 'USD', navigator.language),
    );
    const chosenRows = within(screen.getByRole('table', { name: 'Chosen creators' }))
      .getAllByRole('row')
      .slice(1);
    expect(chosenRows.map((r) => r.dataset.key).sort()).toEqual(plan.chosen.map((c) => c.key).sort());
    const alts = screen.getByRole('table', { name: 'Alternatives' });
    expect(alts.querySelector('tr[data-alt="micro"]')?.textContent).toContain(
      formatRange(plan.alternatives.allMicro.totals.cost, 'money', 'USD', navigator.language),
    );
    // The single big creator is priced by the same model: the biggest the budget buys.
    const big = plan.alternatives.singleModelled;
    expect(alts.querySelector('tr[data-alt="rate-card"]')?.textContent).toContain(
      big ? formatRange(big.cost, 'money', 'USD', navigator.language) : 'The budget buys no macro or mega creator',
    );
    expect(stat('ROAS (revenue ÷ cost)')).toBe(formatRatioRange(plan.totals.roas, navigator.language));
    expect(screen.getByText(/Chance of going over budget/)).toBeTruthy();
    const dots = document.querySelectorAll('circle[data-key]');
    expect(dots).toHaveLength(plan.points.length);
    expect([...dots].filter((d) => d.getAttribute('data-chosen') === 'true')).toHaveLength(plan.chosen.length);
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('Micro');
    expect(screen.getByText(/Exact optimisation over/)).toBeTruthy();
  });

  it('marks a bad budget inline and plans nothing', async () => {
    await seedShortlist(shortlist());
    render(<PlannerView />);
    fireEvent.change(await screen.findByRole('textbox', { name: /Budget/ }), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan campaign' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a budget of 0 or more');
    expect(screen.queryByRole('table', { name: 'Chosen creators' })).toBeNull();
  });

  it('saves a plan, exports it as CSV, reopens and deletes it', async () => {
    await seedShortlist(shortlist());
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<PlannerView />);
    fireEvent.change(await screen.findByRole('textbox', { name: /Budget/ }), { target: { value: '1000' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Maximum pod risk' }), { target: { value: 'high' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan campaign' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Plan name' }), { target: { value: '=Spring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(async () => expect(await getDb().plans.count()).toBe(1));
    const [stored] = await getDb().plans.toArray();
    const saved = savedPlanSchema.parse(stored);
    expect(saved.name).toBe('=Spring');
    expect(saved.inputs.budget).toBe(1_000);

    fireEvent.click(screen.getByRole('button', { name: 'Export plan CSV' }));
    const csv = await blobs[0]!.text();
    expect(csv).toContain("'=Spring");
    expect(csv.split('\r\n')[0]).toContain('row,plan,goal,budget');

    fireEvent.change(screen.getByRole('textbox', { name: /Budget/ }), { target: { value: '50' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Open plan =Spring' }));
    expect((screen.getByRole('textbox', { name: /Budget/ }) as HTMLInputElement).value).toBe('1000');
    expect(screen.getByRole('status').textContent).toMatch(/Opened “=Spring”/);
    const rows = within(screen.getByRole('table', { name: 'Chosen creators' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.dataset.key)).toEqual(saved.picks);

    fireEvent.click(screen.getByRole('button', { name: 'Delete plan =Spring' }));
    await waitFor(async () => expect(await getDb().plans.count()).toBe(0));
  });
});
