import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { siteOf } from '@/adapters/detect';

export interface ActiveTab {
  loaded: boolean;
  tabId: number | null;
  windowId: number | null;
  /**
   * The tab's URL. We have no `tabs` permission, only host permissions for
   * Instagram and TikTok: the URL is visible on those sites and null elsewhere.
   */
  url: string | null;
}

const NONE: ActiveTab = { loaded: false, tabId: null, windowId: null, url: null };

/**
 * `popup.html?tab=ID` / `sidepanel.html?tab=ID` pins the view to one tab. The
 * end-to-end tests use it: they open these pages as ordinary tabs, where the
 * "active tab" would be the extension page itself.
 */
function pinnedTabId(): number | null {
  const raw = new URLSearchParams(globalThis.location?.search ?? '').get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

async function queryActive(): Promise<ActiveTab> {
  const pinned = pinnedTabId();
  const [tab] =
    pinned !== null
      ? [await browser.tabs.get(pinned)]
      : await browser.tabs.query({ active: true, currentWindow: true });
  return { loaded: true, tabId: tab?.id ?? null, windowId: tab?.windowId ?? null, url: tab?.url ?? null };
}

/**
 * The active tab of the current window. With `follow` (the side panel, which
 * stays open while the user switches tabs and navigates) it re-reads on tab
 * activation and on URL changes of the active tab.
 */
export function useActiveTab({ follow = false }: { follow?: boolean } = {}): ActiveTab {
  const [tab, setTab] = useState<ActiveTab>(NONE);

  useEffect(() => {
    let live = true;
    const refresh = () => {
      queryActive().then(
        (next) => live && setTab(next),
        () => live && setTab({ ...NONE, loaded: true }),
      );
    };
    refresh();
    if (!follow) return () => void (live = false);

    const onActivated = () => refresh();
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url !== undefined || change.status === 'complete') refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [follow]);

  return tab;
}

/** Instagram or TikTok: the only sites whose URL we can see, and the only ones we read. */
export function isSupportedSite(url: string | null): boolean {
  return siteOf(url) !== null;
}
