import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { clearDb, mockCommands, openActiveTab } from '@/tests/builders/browser';
import { seedShortlist, threeCreators } from '@/tests/builders/shortlist';
import { makeSnapshot } from '@/tests/builders/snapshots';
import { recordPageRead } from '@/lib/creators';
import { getDb } from '@/lib/db';
import { App } from './App';

beforeEach(async () => {
  await clearDb();
  mockCommands();
});

const rowHandles = () =>
  within(screen.getByRole('table', { name: 'Shortlist' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.dataset.key);

describe('side panel', () => {
  it('shows the current creator and follows tab switches', async () => {
    const { tabId } = await openActiveTab('https://www.instagram.com/jane.doe/');
    await recordPageRead(getDb(), makeSnapshot(), DEFAULT_SETTINGS, tabId, Date.now());
    render(<App />);
    expect((await screen.findByRole('group', { name: 'Engagement rate' })).textContent).toContain('4.40%');

    const other = await openActiveTab('https://www.tiktok.com/@someone');
    await recordPageRead(
      getDb(),
      makeSnapshot({ platform: 'tiktok', handle: 'someone', url: 'https://www.tiktok.com/@someone' }),
      DEFAULT_SETTINGS,
      other.tabId,
      Date.now(),
    );
    expect(await screen.findByText('TikTok · @someone')).toBeTruthy();
  });

  it('switches to the shortlist with the keyboard, sorts, edits a note and removes', async () => {
    await openActiveTab(undefined);
    await seedShortlist(threeCreators());
    render(<App />);
    const current = screen.getByRole('tab', { name: 'Current' });
    fireEvent.keyDown(current, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Shortlist' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(rowHandles()).toEqual(['instagram:bravo', 'instagram:charlie', 'instagram:alpha']));

    fireEvent.click(screen.getByRole('button', { name: /Pod risk/ }));
    expect(screen.getByRole('columnheader', { name: /Pod risk/ }).getAttribute('aria-sort')).toBe('descending');
    expect(rowHandles().at(-1)).toBe('instagram:charlie');

    const note = screen.getByRole('textbox', { name: 'Note for @alpha' });
    fireEvent.change(note, { target: { value: 'Great fit' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await getDb().shortlist.get('instagram:alpha'))?.note).toBe('Great fit'));

    fireEvent.click(screen.getByRole('button', { name: 'Remove @bravo' }));
    await waitFor(() => expect(rowHandles()).not.toContain('instagram:bravo'));
    expect(screen.getByRole('status').textContent).toContain('Removed @bravo.');
  });

  it('has Compare and Plan tabs that follow the shortlist', async () => {
    await openActiveTab(undefined);
    await seedShortlist(threeCreators());
    render(<App />);
    fireEvent.click(screen.getByRole('tab', { name: 'Shortlist' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Compare @alpha' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare @bravo' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    expect(await screen.findByRole('table', { name: 'Compare creators' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Compare' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('button', { name: 'Plan campaign' })).toBeTruthy();
  });

  it('opens the settings page', async () => {
    await openActiveTab(undefined);
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptions).toHaveBeenCalledOnce();
  });
});
