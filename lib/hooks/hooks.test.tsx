import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { clearDb, openActiveTab } from '@/tests/builders/browser';
import { makeSnapshot } from '@/tests/builders/snapshots';
import { recordPageRead } from '../creators';
import { getDb } from '../db';
import { saveSettings, settingsItem } from '../settings';
import { saveToShortlist } from '../shortlist';
import { isSupportedSite, useActiveTab } from './use-active-tab';
import { useSettings } from './use-settings';
import { useIsSaved, useShortlist } from './use-shortlist';
import { useTabCreator } from './use-tab-creator';

beforeEach(clearDb);

describe('useSettings', () => {
  it('hydrates from storage, repairs a bad field alone, and follows changes', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, averageOrderValue: 'oops', currency: 'EUR' });
    const { result } = renderHook(() => useSettings());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.settings.currency).toBe('EUR');
    expect(result.current.repaired).toEqual(['averageOrderValue']);
    await act(() => saveSettings({ ...DEFAULT_SETTINGS, currency: 'GBP' }));
    await waitFor(() => expect(result.current.settings.currency).toBe('GBP'));
  });
});

describe('useActiveTab', () => {
  it('reads the active tab and, when following, the next one', async () => {
    const first = await openActiveTab('https://www.instagram.com/a/');
    const { result } = renderHook(() => useActiveTab({ follow: true }));
    await waitFor(() => expect(result.current.tabId).toBe(first.tabId));
    const second = await act(() => openActiveTab(undefined));
    await waitFor(() => expect(result.current.tabId).toBe(second.tabId));
    expect(result.current.url).toBeNull();
  });

  it('knows which sites we can read', () => {
    expect(isSupportedSite('https://www.instagram.com/jane/')).toBe(true);
    expect(isSupportedSite('https://www.tiktok.com/@jane')).toBe(true);
    expect(isSupportedSite('https://instagram.com.evil.example/')).toBe(false);
    expect(isSupportedSite(null)).toBe(false);
  });
});

describe('useTabCreator', () => {
  it('recomputes the analysis when the settings change', async () => {
    await recordPageRead(getDb(), makeSnapshot(), DEFAULT_SETTINGS, 7, 1);
    const { result } = renderHook(() => useTabCreator(7));
    await waitFor(() => expect(result.current.status).toBe('creator'));
    if (result.current.status !== 'creator') throw new Error('unreachable');
    expect(result.current.analysis.tier.id).toBe('micro');
    await act(() =>
      saveSettings({ ...DEFAULT_SETTINGS, tierThresholds: { nano: 100, micro: 1_000, macro: 20_000, mega: 900_000 } }),
    );
    await waitFor(() => expect(result.current.status === 'creator' && result.current.analysis.tier.id).toBe('macro'));
  });

  it('reports a tab without a record as not read', async () => {
    const { result } = renderHook(() => useTabCreator(99));
    await waitFor(() => expect(result.current.status).toBe('not-read'));
  });
});

describe('useShortlist / useIsSaved', () => {
  it('follow saves live', async () => {
    await recordPageRead(getDb(), makeSnapshot(), DEFAULT_SETTINGS, null, 1);
    const { result } = renderHook(() => ({ list: useShortlist(), saved: useIsSaved('instagram:jane.doe') }));
    await waitFor(() => expect(result.current.saved).toBe(false));
    await act(() => saveToShortlist(getDb(), 'instagram:jane.doe', 2));
    await waitFor(() => expect(result.current.saved).toBe(true));
    // Two live queries: each follows the save in its own time.
    await waitFor(() => expect(result.current.list?.entries.map((e) => e.handle)).toEqual(['jane.doe']));
  });
});
