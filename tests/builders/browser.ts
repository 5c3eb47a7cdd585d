import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db';

/** Empty every table of the shared test database (fake-indexeddb lives for the whole file). */
export async function clearDb(): Promise<void> {
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** A focused window with one active tab at `url` (undefined: a site we have no host permission for). */
export async function openActiveTab(url: string | undefined): Promise<{ tabId: number; windowId: number }> {
  const win = await fakeBrowser.windows.create({ focused: true });
  if (win?.id === undefined) throw new Error('fake window without id');
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win.id });
  return { tabId: tab.id ?? -1, windowId: win.id };
}

/** The manifest's commands, as `browser.commands.getAll()` reports them. */
export function mockCommands(): void {
  const commands = [
    { name: 'save-creator', description: 'Save the current creator to the shortlist', shortcut: 'Alt+Shift+S' },
    { name: 'open-side-panel', description: 'Open the Creator Scout side panel', shortcut: 'Alt+Shift+L' },
  ];
  // `browser` is the fake here. getAll is overloaded (promise / callback), and
  // spyOn types the last overload, hence the cast to the promise form.
  vi.spyOn(browser.commands, 'getAll').mockImplementation((() =>
    Promise.resolve(commands)) as typeof browser.commands.getAll);
}
