import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/core/score/analyze';
import { compareCreators } from '@/core/shortlist/compare';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { getDb } from '@/lib/db';
import { clearDb } from '../../tests/builders/browser';
import { seedShortlist, threeCreators } from '../../tests/builders/shortlist';
import { useCompareSelection } from '../shortlist/selection';
import { ShortlistView } from '../shortlist/ShortlistView';
import { CompareView } from './CompareView';

beforeEach(async () => {
  await clearDb();
  useCompareSelection.getState().clear();
});

describe('CompareView', () => {
  it('asks for two to six creators until enough are ticked', async () => {
    await seedShortlist(threeCreators());
    render(<CompareView />);
    expect(await screen.findByText(/Tick 2–6 creators on the Shortlist tab/)).toBeTruthy();
  });

  it('shows ticked creators side by side with the core figures and the best marked', async () => {
    const entries = threeCreators();
    await seedShortlist(entries);
    render(<ShortlistView />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Compare @alpha' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare @bravo' }));
    expect(useCompareSelection.getState().keys).toEqual(['instagram:alpha', 'instagram:bravo']);

    render(<CompareView />);
    const table = await screen.findByRole('table', { name: 'Compare creators' });
    const expected = compareCreators(
      entries.slice(0, 2).map((e) => analyze(e.snapshot, DEFAULT_SETTINGS)),
      DEFAULT_SETTINGS,
      navigator.language,
    );
    for (const row of expected.rows) {
      const tr = table.querySelector(`tr[data-row="${row.id}"]`) as HTMLElement;
      const cells = within(tr).getAllByRole('cell');
      row.cells.forEach((cell, i) => {
        expect(cells[i]?.textContent).toContain(cell.text);
        expect(cells[i]?.textContent?.includes('Best')).toBe(cell.best);
      });
    }
    // No comments read for either: the pod row says "not judged yet" and what to open, never a green score.
    const pod = table.querySelector('tr[data-row="pod"]') as HTMLElement;
    for (const c of within(pod).getAllByRole('cell')) {
      expect(c.textContent).toContain('Pod risk not judged yet');
      expect(c.textContent).toContain('Not judged yet: open a post to read its comments');
      expect(c.textContent).not.toMatch(/Low pod risk|Best/);
    }
    expect(table.querySelector('tr[data-row="audience"]')).not.toBeNull();
    // alpha (nano, ~5.4 %) beats bravo (macro, ~2.1 %) on engagement rate.
    const rate = table.querySelector('tr[data-row="engagementRate"]') as HTMLElement;
    expect(within(rate).getAllByRole('cell')[0]?.textContent).toContain('Best');

    fireEvent.click(screen.getByRole('button', { name: 'Remove @bravo from compare' }));
    expect(await screen.findByText(/\(1 ticked\)/)).toBeTruthy();
  });

  it('stops at six ticked creators', async () => {
    const { entryFor } = await import('../../tests/builders/shortlist');
    const { makeSnapshot } = await import('../../tests/builders/snapshots');
    await seedShortlist(Array.from({ length: 7 }, (_, i) => entryFor(makeSnapshot({ handle: `c${i}` }))));
    render(<ShortlistView />);
    for (let i = 0; i < 6; i++) fireEvent.click(await screen.findByRole('checkbox', { name: `Compare @c${i}` }));
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Compare @c6' }) as HTMLInputElement).disabled).toBe(true),
    );
    act(() => useCompareSelection.getState().toggle('instagram:c6'));
    expect(useCompareSelection.getState().keys).toHaveLength(6);
  });

  it('reads only the ticked creators, and follows a change to one of them', async () => {
    const entries = threeCreators();
    await seedShortlist(entries);
    act(() => {
      useCompareSelection.getState().toggle('instagram:alpha');
      useCompareSelection.getState().toggle('instagram:charlie');
    });
    const db = getDb();
    const all = vi.spyOn(db.shortlist, 'toArray');
    const some = vi.spyOn(db.shortlist, 'bulkGet');
    render(<CompareView />);
    const table = await screen.findByRole('table', { name: 'Compare creators' });
    expect(all).not.toHaveBeenCalled();
    expect(some.mock.calls.map(([keys]) => [...keys].sort())).toEqual([['instagram:alpha', 'instagram:charlie']]);

    // A newer read of alpha (more followers) shows without reading the others.
    const grown = structuredClone(entries[0]!);
    grown.snapshot.profile.followers = { value: 50_000, source: 'json', exact: true };
    await act(() => db.shortlist.put({ ...grown, updatedAt: grown.updatedAt + 1 }));
    await waitFor(() =>
      expect(
        within(table.querySelector('tr[data-row="followers"]') as HTMLElement).getAllByRole('cell')[0]?.textContent,
      ).toContain('50,000'),
    );
    expect(some.mock.calls.slice(1).map(([keys]) => [...keys])).toEqual([['instagram:alpha']]);
  });
});
