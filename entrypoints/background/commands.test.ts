import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { recordPageRead } from '@/lib/creators';
import { ScoutDb } from '@/lib/db';
import { janedoeSnapshot } from '@/tests/builders/snapshots';
import { handleCommand } from './commands';

let db: ScoutDb;
let n = 0;
beforeEach(() => {
  db = new ScoutDb(`test-commands-${n++}`);
});

describe('keyboard commands', () => {
  it('save-creator saves what the tab shows and tells the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/janedoe/', active: true });
    await recordPageRead(db, janedoeSnapshot(), DEFAULT_SETTINGS, tab.id ?? -1, 1);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await handleCommand(db, 'save-creator', tab);
    expect((await db.shortlist.get('instagram:janedoe'))?.handle).toBe('janedoe');
    expect(sent).toHaveBeenCalledWith(tab.id, { type: 'saved-changed', key: 'instagram:janedoe', saved: true });
  });

  it('save-creator on a tab that shows no creator saves nothing', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/explore/', active: true });
    await handleCommand(db, 'save-creator', tab);
    expect(await db.shortlist.count()).toBe(0);
  });

  it('open-side-panel opens the panel of the tab’s window', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as unknown as { sidePanel: { open: typeof open } }).sidePanel = { open };
    await handleCommand(db, 'open-side-panel', { id: 4, windowId: 9 } as never);
    expect(open).toHaveBeenCalledWith({ windowId: 9 });
  });
});
