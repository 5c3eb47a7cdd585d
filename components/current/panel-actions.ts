import { browser } from 'wxt/browser';

/** Firefox's sidebar API; absent from the Chrome-shaped `browser` types. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Open the side panel: `sidePanel.open` on Chrome (must run inside the click
 * handler's user gesture), `sidebarAction.open` on Firefox. Resolves false
 * when neither exists.
 */
export async function openSidePanel(windowId: number | null): Promise<boolean> {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar?.open) {
    await sidebar.open();
    return true;
  }
  const panel = (browser as { sidePanel?: { open(options: { windowId: number }): Promise<void> } }).sidePanel;
  if (panel?.open && windowId !== null) {
    await panel.open({ windowId });
    return true;
  }
  return false;
}

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The extension's keyboard commands as the browser has them (the user may have changed them). */
export async function readShortcuts(): Promise<Shortcut[]> {
  try {
    const commands = await browser.commands.getAll();
    return commands
      .filter((c) => c.name && c.name !== '_execute_action')
      .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
  } catch {
    return [];
  }
}
