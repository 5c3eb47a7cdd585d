import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { EN } from '@/core/text/i18n';
import { computeRow } from '@/core/shortlist/shortlist-row-compute';
import { getDb } from '@/lib/db';
import { saveSettings } from '@/lib/settings';
import { computeRows, rowContext } from '@/lib/shortlist-compute';
import { bucketOf, readFullRows } from '@/lib/shortlist-rows';
import { shortlistToCsv } from '@/core/shortlist/shortlist-csv';
import { clearDb } from '../../tests/builders/browser';
import { entryFor, seedShortlist, threeCreators } from '../../tests/builders/shortlist';
import { makeSnapshot } from '../../tests/builders/snapshots';
import { filterRows, listRows, sortRows, type ListRow } from './rows';
import { ShortlistView } from './ShortlistView';

beforeEach(clearDb);

function rowModel(): ListRow[] {
  const ctx = { settings: DEFAULT_SETTINGS, fingerprint: 'test', t: EN, english: true };
  return listRows(
    threeCreators().map((entry) => computeRow(entry, new Map(), ctx)),
    'test',
  );
}
const handles = (rows: ListRow[]) => rows.map((r) => r.row.handle);

function shownHandles(): string[] {
  const table = screen.getByRole('table', { name: 'Shortlist' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.cs-sl__handle')?.textContent ?? '');
}

describe('shortlist row model', () => {
  it('sorts by each column, missing figures last in both directions', () => {
    const rows = rowModel();
    expect(handles(sortRows(rows, { key: 'tier', direction: 'descending' }))).toEqual(['bravo', 'charlie', 'alpha']);
    expect(handles(sortRows(rows, { key: 'engagementRate', direction: 'descending' }))).toEqual([
      'alpha',
      'bravo',
      'charlie',
    ]);
    expect(handles(sortRows(rows, { key: 'engagementRate', direction: 'ascending' }))).toEqual([
      'bravo',
      'alpha',
      'charlie',
    ]);
    expect(handles(sortRows(rows, { key: 'costPerEngagement', direction: 'ascending' })).at(-1)).toBe('charlie');
  });

  it('filters on handle and display name', () => {
    expect(handles(filterRows(rowModel(), '@BRA'))).toEqual(['bravo']);
    expect(handles(filterRows(rowModel(), 'studio'))).toEqual(['alpha']);
  });
});

describe('ShortlistView', () => {
  it('shows rows with their figures and sorts by header buttons', async () => {
    await seedShortlist(threeCreators());
    render(<ShortlistView />);
    await screen.findByRole('table', { name: 'Shortlist' });
    await waitFor(() => expect(shownHandles()).toEqual(['@bravo', '@charlie', '@alpha']));
    const tierHeader = screen.getByRole('columnheader', { name: /Tier/ });
    expect(tierHeader.getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: /Engagement/ }));
    expect(shownHandles()).toEqual(['@alpha', '@bravo', '@charlie']);
    expect(screen.getByRole('columnheader', { name: /Engagement/ }).getAttribute('aria-sort')).toBe('descending');
    expect(tierHeader.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: /Engagement/ }));
    expect(shownHandles()).toEqual(['@bravo', '@alpha', '@charlie']);

    const charlie = screen.getAllByRole('row').find((r) => r.dataset.key === 'instagram:charlie');
    expect(within(charlie!).getByRole('cell', { name: 'Engagement rate' }).textContent).toBe('not on the page');
  });

  it('filters by handle or name', async () => {
    await seedShortlist(threeCreators());
    render(<ShortlistView />);
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Filter by handle or name' }), {
      target: { value: 'eats' },
    });
    await waitFor(() => expect(shownHandles()).toEqual(['@bravo']));
  });

  it('removes a row and undoes the removal, note intact', async () => {
    await seedShortlist(threeCreators());
    render(<ShortlistView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove @alpha' }));
    await waitFor(() => expect(shownHandles()).toEqual(['@bravo', '@charlie']));
    expect(await getDb().shortlist.get('instagram:alpha')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownHandles()).toContain('@alpha'));
    expect((await getDb().shortlist.get('instagram:alpha'))?.note).toBe('met at expo');
  });

  it('saves a note on blur', async () => {
    await seedShortlist(threeCreators());
    render(<ShortlistView />);
    const note = await screen.findByRole('textbox', { name: 'Note for @bravo' });
    fireEvent.focus(note);
    fireEvent.change(note, { target: { value: 'Ask for media kit' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await getDb().shortlist.get('instagram:bravo'))?.note).toBe('Ask for media kit'));
  });

  it('counts unreadable records', async () => {
    await seedShortlist(threeCreators());
    await getDb().shortlist.put({ key: 'instagram:broken', v: 99 } as never);
    render(<ShortlistView />);
    expect((await screen.findByRole('note')).textContent).toBe('1 saved creator could not be read — export it raw');
  });

  it('exports the shown rows as a dated CSV', async () => {
    await seedShortlist(threeCreators());
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^creator-scout-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    });
    render(<ShortlistView />);
    await screen.findByRole('table', { name: 'Shortlist' });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const csv = await blobs[0]!.text();
    // Cell for cell what core writes from the full entries, in the order shown.
    const byKey = new Map(threeCreators().map((e) => [e.key, e]));
    const shown = ['instagram:bravo', 'instagram:charlie', 'instagram:alpha'].map((k) => byKey.get(k)!);
    expect(csv).toBe(shortlistToCsv(shown, DEFAULT_SETTINGS));
  });

  it('re-tiers when the settings change, saying which figures are being updated meanwhile', async () => {
    await seedShortlist(threeCreators());
    render(<ShortlistView />);
    const alphaTier = async () =>
      within(await screen.findByRole('row', { name: /@alpha/ })).getAllByRole('cell')[1]?.textContent;
    await waitFor(async () => expect(await alphaTier()).toBe('Nano'));
    await saveSettings({ ...DEFAULT_SETTINGS, tierThresholds: { ...DEFAULT_SETTINGS.tierThresholds, nano: 3_000 } });
    await waitFor(async () => expect(await alphaTier()).toBe('Below nano'));
    // What the list computed is stored: it opens with it next time.
    const stored = await readFullRows(getDb(), [bucketOf('instagram:alpha')]);
    expect([...stored.values()].flat().find((r) => r.key === 'instagram:alpha')?.figures?.tier).toBe('below-nano');
  });

  it('renders only a window of 10,000 rows', async () => {
    const base = makeSnapshot({ posts: [] });
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entryFor({ ...base, handle: `creator${i}`, url: `https://www.instagram.com/creator${i}/` }),
    );
    // Saved the way the app saves: entries with their list rows.
    await act(async () => {
      await seedShortlist(many);
      await computeRows(
        getDb(),
        many.map((e) => e.key),
        rowContext(DEFAULT_SETTINGS),
      );
    });
    render(<ShortlistView />);
    const table = await screen.findByRole('table', { name: 'Shortlist' }, { timeout: 10_000 });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    const rendered = within(table).getAllByRole('row').length - 1;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(30);
  }, 20_000);
});
