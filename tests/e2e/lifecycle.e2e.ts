import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '@/core/defaults';
import { collectExceptions, countStore, enableDeveloperMode, readAll, readLocalStorage, stopServiceWorkers } from './cdp';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { extensionPage, launch, OverlayPage, type Session } from './harness';
import { instagramVariant, servePages } from './served';

/**
 * MV3 and browser lifecycle faults in real Chromium: the worker stopped in
 * the middle of a burst of saves, a browser restart, an extension reload
 * under an open tab, and three views editing one note at once. Each test
 * prints its row of the fault table (fault, check, records before → after).
 */

const BURST = 50;
const handles = Array.from({ length: BURST }, (_, i) => `burst.${String(i).padStart(2, '0')}`);
let session: Session;

async function launchWithVariants(dir?: string): Promise<Session> {
  const s = await launch(fixtureRoutes, dir);
  const pages = new Map<string, string>();
  for (const handle of handles) {
    const { url, html } = await instagramVariant(handle);
    pages.set(url, html);
  }
  await servePages(s.context, pages);
  return s;
}

const profiles: string[] = [];
beforeAll(async () => {
  session = await launchWithVariants();
  profiles.push(session.userDataDir);
});
afterAll(async () => {
  await session?.close();
  // The restarted session reuses the first profile folder: harness leaves it behind.
  await Promise.all(profiles.map((dir) => rm(dir, { recursive: true, force: true })));
});

const table = (fault: string, check: string, before: string, after: string) =>
  console.info(`fault-table | ${fault} | ${check} | ${before} | ${after}`);

/** Tab ids of the open site tabs, by URL (asked from an extension page; the worker may be stopped). */
function tabIds(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await api.tabs.query({ url: 'https://www.instagram.com/*' });
    return Object.fromEntries(tabs.filter((t) => t.id !== undefined && t.url).map((t) => [t.url, t.id]));
  });
}

describe('MV3 worker stopped mid-burst', () => {
  it(`${BURST} saves from the page overlay and the side panel: all stored, none twice`, async () => {
    const sites: Page[] = [];
    for (const handle of handles) {
      const page = await session.context.newPage();
      await page.goto(`https://www.instagram.com/${handle}/`);
      await new OverlayPage(page).settled(handle);
      sites.push(page);
    }
    const counter = await extensionPage(session, 'options.html');
    const ids = await tabIds(counter);
    // Half are saved from the page (overlay → message → worker), half from the
    // side panel (lib/shortlist.ts straight into IndexedDB).
    const fromPage = sites.slice(0, BURST / 2);
    const panels: Page[] = [];
    for (const handle of handles.slice(BURST / 2)) {
      const panel = await extensionPage(session, `sidepanel.html?tab=${ids[`https://www.instagram.com/${handle}/`]}`);
      await panel.getByRole('button', { name: 'Save to shortlist' }).waitFor();
      panels.push(panel);
    }
    const exceptions = await Promise.all(sites.map((page) => collectExceptions(page)));
    const before = await countStore(counter, 'shortlist');

    // Interleaved, so page saves (through the worker) are in flight at each stop.
    const clicks = fromPage.flatMap((page, i) => [
      page.getByRole('button', { name: 'Save', exact: true }).click(),
      panels[i]!.getByRole('button', { name: 'Save to shortlist' }).click(),
    ]);
    // Stopped twice: as the clicks go out, and again as soon as saves land.
    const atStop: number[] = [];
    for (const threshold of [0, 1]) {
      await expect.poll(() => countStore(counter, 'shortlist'), { interval: 5, timeout: 30_000 }).toBeGreaterThanOrEqual(threshold);
      atStop.push(await countStore(counter, 'shortlist'));
      expect(await stopServiceWorkers(counter)).toContain('stopped');
    }
    await Promise.all(clicks);
    // Mid-burst: the clicks were out and saves were still to land when the worker was stopped.
    expect(Math.min(...atStop)).toBeLessThan(BURST);

    // A page save the worker never answered must not be silently dropped.
    await expect.poll(() => countStore(counter, 'shortlist'), { timeout: 15_000 }).toBe(BURST).catch(() => undefined);
    const unsaved: string[] = [];
    for (const [i, page] of fromPage.entries()) {
      if ((await page.getByRole('button', { name: 'Saved ✓' }).count()) > 0) continue;
      const overlay = new OverlayPage(page);
      const lastLine = (await overlay.text()).split('\n').filter(Boolean).slice(-2).join(' / ');
      unsaved.push(`${handles[i]} (${(await overlay.contract())['data-state']}: ${lastLine})`);
    }
    expect(unsaved, 'overlays whose save was lost').toEqual([]);
    for (const panel of panels) await panel.getByText('Saved ✓ — in shortlist').waitFor({ timeout: 30_000 });
    const stored = (await readAll(counter, 'shortlist')) as { key: string; handle: string; savedAt: number }[];
    expect(stored.map((e) => e.key).sort()).toEqual(handles.map((h) => `instagram:${h}`).sort());
    expect(new Set(stored.map((e) => e.handle)).size).toBe(BURST);
    expect(exceptions.flat()).toEqual([]);
    table('worker stopped twice (CDP ServiceWorker.stopAllWorkers) during 50 saves', 'all 50 stored once; overlays and panels say saved', `${before} (${atStop.join(' and ')} when stopped)`, `${stored.length}`);
    await Promise.all([...panels, ...sites.slice(1)].map((p) => p.close()));
    await counter.close();
  });
});

describe('browser restart', () => {
  it('keeps the shortlist, notes, settings and cached analyses', async () => {
    const panel = await extensionPage(session, 'sidepanel.html');
    await panel.getByRole('tab', { name: 'Shortlist' }).click();
    await panel.getByRole('textbox', { name: 'Note for @burst.00' }).fill('call back in May, "budget", =ask');
    await panel.getByRole('textbox', { name: 'Note for @burst.00' }).blur();
    // A changed setting, written where the settings page writes it.
    const settings = { ...DEFAULT_SETTINGS, tierThresholds: { ...DEFAULT_SETTINGS.tierThresholds, micro: 12_000 } };
    await panel.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value }), settings);
    await expect.poll(async () => ((await readAll(panel, 'shortlist')) as { key: string; note: string }[]).find((e) => e.key === 'instagram:burst.00')?.note).toContain('budget');

    const stores = ['shortlist', 'creators', 'snapshots', 'postComments'] as const;
    const before = Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await readAll(panel, s)] as const)));
    const settingsBefore = await readLocalStorage(panel);
    const dir = session.userDataDir;
    await session.context.close();
    const restarted = await launchWithVariants(dir);
    try {
      const again = await extensionPage(restarted, 'sidepanel.html');
      for (const store of stores) expect(await readAll(again, store), store).toEqual(before[store]);
      expect(await readLocalStorage(again)).toEqual(settingsBefore);
      await again.getByRole('tab', { name: 'Shortlist' }).click();
      await expect.poll(() => again.getByRole('textbox', { name: 'Note for @burst.00' }).inputValue()).toBe('call back in May, "budget", =ask');
      const opts = await extensionPage(restarted, 'options.html');
      const micro = opts.getByRole('group', { name: /Tier thresholds/ }).getByRole('textbox', { name: 'Micro' });
      await expect.poll(() => micro.inputValue()).toBe('12000');
      const counts = stores.map((s) => `${s} ${(before[s] ?? []).length}`).join(', ');
      table('browser profile restarted', 'every IndexedDB record and storage.local setting deep-equal; note and setting shown', counts, counts);
    } catch (error) {
      await restarted.close();
      throw error;
    }
    // The next tests go on with the restarted browser and its shortlist.
    session = restarted;
  });
});

describe('extension reloaded under an open tab', () => {
  it('the old overlay says "reload the page", throws nothing; after a reload one new overlay attaches', async () => {
    const fixture = fixtureFor('janedoe');
    const page = await session.context.newPage();
    const exceptions = await collectExceptions(page);
    await page.goto(fixture.url);
    const overlay = new OverlayPage(page);
    await overlay.settled('janedoe');
    const other = await session.context.newPage();
    const otherExceptions = await collectExceptions(other);
    await other.goto(fixtureFor('maya.moves').url);
    await new OverlayPage(other).settled('maya.moves');
    await enableDeveloperMode(session);
    const newWorker = session.context.waitForEvent('serviceworker');
    await session.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    session.worker = await newWorker;

    // Coming back to a tab (visibility or focus) is enough for the old script to notice, without any click.
    await other.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await other.waitForFunction(() => document.querySelector('creator-scout-overlay')?.getAttribute('data-state') === 'disconnected', undefined, { timeout: 15_000 });
    expect(otherExceptions).toEqual([]);

    // The old content script also finds out when it next talks to the extension: here, the marketer clicks Save.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('creator-scout-overlay')?.getAttribute('data-state') === 'disconnected', undefined, { timeout: 15_000 });
    expect(await overlay.text()).toMatch(/reload the page/i);
    expect(exceptions).toEqual([]);

    await page.reload();
    const contract = await overlay.settled('janedoe');
    expect(['ready', 'partial']).toContain(contract['data-state']);
    expect(await page.locator('creator-scout-overlay').count()).toBe(1);
    expect(exceptions).toEqual([]);
    table('extension reloaded (chrome.runtime.reload) with a profile tab open', 'old overlay data-state=disconnected, no uncaught error; one overlay after page reload', 'overlay ready', 'disconnected → ready (1 host)');
    await page.close();
  });
});

describe('three views edit one note at once', () => {
  it('no duplicate, the last edit wins, every view converges', async () => {
    const views = await Promise.all(['tab A', 'tab B', 'side panel'].map(() => extensionPage(session, 'sidepanel.html')));
    const notes = await Promise.all(
      views.map(async (view) => {
        await view.getByRole('tab', { name: 'Shortlist' }).click();
        const note = view.getByRole('textbox', { name: 'Note for @burst.01' });
        await note.waitFor();
        return note;
      }),
    );
    const texts = ['edit from tab A', 'edit from tab B', 'edit from the side panel'];
    await Promise.all(notes.map((note, i) => note.fill(texts[i] ?? '')));
    // Blurred in this order: the side panel's edit is the last one.
    for (const note of notes) await note.blur();
    const storedNote = async () => ((await readAll(views[0]!, 'shortlist')) as { key: string; note: string }[]).filter((e) => e.key === 'instagram:burst.01');
    await expect.poll(async () => (await storedNote()).map((e) => e.note)).toEqual(['edit from the side panel']);
    for (const note of notes) await expect.poll(() => note.inputValue()).toBe('edit from the side panel');

    // Truly at once: whichever lands last, there is one record and every view shows it.
    await Promise.all(notes.map((note, i) => note.fill(`${texts[i]} (2)`)));
    await Promise.all(notes.map((note) => note.blur()));
    await expect.poll(async () => (await storedNote()).length).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    const [final] = await storedNote();
    expect(texts.map((t) => `${t} (2)`)).toContain(final?.note);
    for (const note of notes) await expect.poll(() => note.inputValue()).toBe(final?.note);
    expect(await countStore(views[0]!, 'shortlist')).toBe(BURST);
    table('two tabs and the side panel save one note concurrently', 'one record; last blur wins; all views show the stored note', `${BURST} entries`, `${BURST} entries, note "${final?.note}"`);
    await Promise.all(views.map((v) => v.close()));
  });
});

describe('a corrupt record in IndexedDB', () => {
  it('is skipped, counted and shown with a raw export; the list still works and nothing is deleted', async () => {
    const panel = await extensionPage(session, 'sidepanel.html');
    await panel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('creator-scout');
          open.onsuccess = () => {
            const tx = open.result.transaction('shortlist', 'readwrite');
            tx.objectStore('shortlist').put({ key: 'instagram:corrupt', handle: 42, note: { nested: true } });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await panel.getByRole('tab', { name: 'Shortlist' }).click();
    await panel.getByText('@burst.00').first().waitFor();
    const notice = panel.getByRole('note').filter({ hasText: 'could not be read' });
    await expect.poll(() => notice.textContent()).toBe('1 saved creator could not be read — export it raw');
    const [download] = await Promise.all([panel.waitForEvent('download'), notice.getByRole('button', { name: 'export it raw' }).click()]);
    const raw = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { records: unknown[] };
    expect(raw.records).toEqual([{ key: 'instagram:corrupt', handle: 42, note: { nested: true } }]);
    expect(await countStore(panel, 'shortlist')).toBe(BURST + 1);
    table('a schema-invalid shortlist record', 'skipped and counted in the list, exported raw, never deleted', `${BURST} valid + 1 corrupt`, `${BURST} shown, notice, ${BURST + 1} stored`);
    await panel.close();
  });
});
