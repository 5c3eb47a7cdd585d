import { browser, type Browser } from 'wxt/browser';
import type { ScoutDb } from '@/lib/db';
import type { TabEvent } from '@/lib/messages';
import { saveTabCreator } from './handle-request';

/** Keyboard commands declared in wxt.config.ts (manifest `commands`). */
export async function handleCommand(db: ScoutDb, command: string, tab: Browser.tabs.Tab | null): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (command === 'save-creator') {
    const result = await saveTabCreator(db, target?.id ?? null, Date.now());
    if (result.ok && target?.id !== undefined) {
      const event: TabEvent = { type: 'saved-changed', key: result.key, saved: true };
      await browser.tabs.sendMessage(target.id, event).catch(() => undefined);
    }
    return;
  }
  if (command === 'open-side-panel') await openSidePanel(target?.windowId);
}

export async function openSidePanel(windowId: number | undefined): Promise<void> {
  // Chrome has sidePanel; Firefox maps the side panel to its sidebar.
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && windowId !== undefined) await api.sidePanel.open({ windowId });
  else if (api.sidebarAction) await api.sidebarAction.open();
}
