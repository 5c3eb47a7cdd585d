import { analyze } from '@/core/score/analyze';
import { formatRange, formatRatioRange } from '@/core/text/format';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { creatorKey } from '@/core/page/snapshot';
import { EMPTY_MESSAGES } from '@/components/current/CurrentCreator';
import { clearDb, mockCommands, openActiveTab } from '@/tests/builders/browser';
import { makeSnapshot } from '@/tests/builders/snapshots';
import { recordPageLeft, recordPageRead } from '@/lib/creators';
import { getDb } from '@/lib/db';
import { App } from './App';

const PROFILE = 'https://www.instagram.com/jane.doe/';

beforeEach(async () => {
  await clearDb();
  mockCommands();
});

async function recordCreator() {
  const { tabId, windowId } = await openActiveTab(PROFILE);
  await recordPageRead(getDb(), makeSnapshot(), DEFAULT_SETTINGS, tabId, Date.now());
  return { tabId, windowId };
}

describe('popup', () => {
  it('shows the figures of the creator recorded for the active tab', async () => {
    await recordCreator();
    render(<App />);
    expect((await screen.findByRole('group', { name: 'Engagement rate' })).textContent).toContain('4.40%');
    expect(screen.getByRole('heading', { name: 'Jane Doe' })).toBeTruthy();
    const a = analyze(makeSnapshot(), DEFAULT_SETTINGS);
    expect(screen.getByRole('group', { name: 'Cost per post' }).textContent).toContain(
      formatRange(a.roi.costPerPost, 'money'),
    );
    expect(screen.getByRole('group', { name: 'ROAS (revenue ÷ cost)' }).textContent).toContain(
      formatRatioRange(a.roi.roas),
    );
    // The profile alone, no post opened: the pod verdict waits for comments and says what to open.
    expect(screen.getByText('Pod risk not judged yet')).toBeTruthy();
    expect(
      screen.getByText(
        'Not judged yet: open a post to read its comments (the verdict needs at least 10 comments by others)',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Low pod risk/)).toBeNull();
  });

  it('saves to the shortlist and shows Saved', async () => {
    await recordCreator();
    render(<App />);
    const save = (await screen.findByRole('button', { name: 'Save to shortlist' })) as HTMLButtonElement;
    // Enabled once the saved-state query has answered.
    await vi.waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    expect(await screen.findByText('Saved ✓ — in shortlist')).toBeTruthy();
    const entry = await getDb().shortlist.get(creatorKey('instagram', 'jane.doe'));
    expect(entry?.handle).toBe('jane.doe');
    expect(screen.queryByRole('button', { name: 'Save to shortlist' })).toBeNull();
  });

  it('asks for an Instagram or TikTok profile on other sites', async () => {
    await openActiveTab(undefined);
    render(<App />);
    expect(await screen.findByText(EMPTY_MESSAGES.otherSite)).toBeTruthy();
  });

  it('says when the page was read but is not a creator', async () => {
    const { tabId } = await openActiveTab('https://www.instagram.com/explore/');
    await recordPageLeft(getDb(), tabId, 'https://www.instagram.com/explore/', Date.now());
    render(<App />);
    expect(await screen.findByText(EMPTY_MESSAGES.notCreator)).toBeTruthy();
  });

  it('says when a supported page has not been read', async () => {
    await openActiveTab(PROFILE);
    render(<App />);
    expect(await screen.findByText(EMPTY_MESSAGES.notRead)).toBeTruthy();
  });

  it('lists the keyboard shortcuts', async () => {
    await openActiveTab(undefined);
    render(<App />);
    const list = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    expect(within(list).getByText('Alt+Shift+S')).toBeTruthy();
    expect(within(list).getByText('Alt+Shift+L')).toBeTruthy();
  });

  it('opens the side panel for the current window and closes', async () => {
    const { windowId } = await recordCreator();
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App />);
    await screen.findByRole('group', { name: 'Engagement rate' });
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(open).toHaveBeenCalledWith({ windowId });
  });
});
