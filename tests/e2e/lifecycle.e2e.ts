import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import {
  collectExceptions,
  countStore,
  enableDeveloperMode,
  readAll,
  readLocalStorage,
  stopServiceWorkers,
} from './cdp';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { extensionPage, launch, OverlayPage, type Session } from './harness';
import { instagramVariant, servePages } from './served';

/**
 * MV3 and browser lifecycle faults in real Chromium: the worker stopped while
 * page saves are held in it (entrypoints/background/test-gate.ts), a browser
 * restart, an extension reload under an open tab, and three views editing one
 * note at once. Each test
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
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
    ).chrome;
    const tabs = await api.tabs.query({ url: 'https://www.instagram.com/*' });
    return Object.fromEntries(tabs.filter((t) => t.id !== undefined && t.url).map((t) => [t.url, t.id]));
  });
}

/**
 * Installs the worker's test gate (entrypoints/background/test-gate.ts): every
 * page-routed save is held, those from `storedFirst` tabs after they are
 * stored (their answer withheld), the rest before anything is written. The
 * gate lives in this worker's global only; the worker the stop brings back
 * starts without it.
 */
function holdSaves(worker: Worker, storedFirst: number[]): Promise<void> {
  return worker.evaluate((after) => {
    const state = { before: [] as number[], after: [] as number[] };
    const g = globalThis as unknown as { __csTestGate?: unknown; __csHeld?: typeof state };
    g.__csHeld = state;
    g.__csTestGate = async (message: { type?: string } | null, tabId: number | null, run: () => Promise<unknown>) => {
      if (message?.type !== 'save-current' || tabId === null) return run();
      if (!after.includes(tabId)) {
        state.before.push(tabId);
        return new Promise(() => undefined);
      }
      await run();
      state.after.push(tabId);
      return new Promise(() => undefined);
    };
  }, storedFirst);
}

const held = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { __csHeld: { before: number[]; after: number[] } }).__csHeld);

type StoredEntry = { key: string; handle: string; savedAt: number; updatedAt: number };

describe('MV3 worker stopped mid-burst', () => {
  it(`${BURST} saves, the worker stopped while ${BURST / 2} page saves are held in it: all stored once, savedAt kept`, async () => {
    const sites: Page[] = [];
    for (const handle of handles) {
      const page = await session.context.newPage();
      await page.goto(`https://www.instagram.com/${handle}/`);
      await new OverlayPage(page).settled(handle);
      sites.push(page);
    }
    const counter = await extensionPage(session, 'options.html');
    const ids = await tabIds(counter);
    const tabOf = (handle: string) => ids[`https://www.instagram.com/${handle}/`]!;
    // Half are saved from the page (overlay → message → worker), half from the
    // side panel (lib/shortlist.ts straight into IndexedDB).
    const fromPage = sites.slice(0, BURST / 2);
    const pageHandles = handles.slice(0, BURST / 2);
    const panelHandles = handles.slice(BURST / 2);
    const panels: Page[] = [];
    for (const handle of panelHandles) {
      const panel = await extensionPage(session, `sidepanel.html?tab=${tabOf(handle)}`);
      await panel.getByRole('button', { name: 'Save to shortlist' }).waitFor();
      panels.push(panel);
    }
    const exceptions = await Promise.all(sites.map((page) => collectExceptions(page)));
    const before = await countStore(counter, 'shortlist');
    expect(before).toBe(0);

    // Every other page save is stored and its answer held; the others are held before any write.
    const storedFirst = pageHandles.filter((_, i) => i % 2 === 0);
    const heldBefore = pageHandles.filter((_, i) => i % 2 === 1);
    await holdSaves(session.worker, storedFirst.map(tabOf));
    const clicks = fromPage.flatMap((page, i) => [
      page.getByRole('button', { name: 'Save', exact: true }).click(),
      panels[i]!.getByRole('button', { name: 'Save to shortlist' }).click(),
    ]);
    await Promise.all(clicks);
    // Known to be in flight: every page save has reached the worker and is held there.
    await expect
      .poll(
        async () => {
          const h = await held(session.worker);
          return [[...h.before].sort((a, b) => a - b), [...h.after].sort((a, b) => a - b)];
        },
        { timeout: 30_000 },
      )
      .toEqual([heldBefore.map(tabOf).sort((a, b) => a - b), storedFirst.map(tabOf).sort((a, b) => a - b)]);
    await expect
      .poll(() => countStore(counter, 'shortlist'), { timeout: 30_000 })
      .toBe(panelHandles.length + storedFirst.length);
    const atStop = (await readAll(counter, 'shortlist')) as StoredEntry[];
    // At the stop: the panel saves and the page saves let through to storage, none of the held ones.
    expect(atStop.map((e) => e.handle).sort()).toEqual([...panelHandles, ...storedFirst].sort());
    for (const page of fromPage) expect(await page.getByRole('button', { name: 'Saved ✓' }).count()).toBe(0);
    expect(await stopServiceWorkers(counter)).toContain('stopped');

    // A page save the worker never answered must not be silently dropped: the content script sends it again.
    await expect
      .poll(() => countStore(counter, 'shortlist'), { timeout: 15_000 })
      .toBe(BURST)
      .catch(() => undefined);
    const savedShown = () => Promise.all(fromPage.map((page) => page.getByRole('button', { name: 'Saved ✓' }).count()));
    await expect
      .poll(async () => (await savedShown()).every((n) => n > 0), { timeout: 10_000 })
      .toBe(true)
      .catch(() => undefined);
    const unsaved: string[] = [];
    for (const [i, page] of fromPage.entries()) {
      if ((await page.getByRole('button', { name: 'Saved ✓' }).count()) > 0) continue;
      const overlay = new OverlayPage(page);
      const lastLine = (await overlay.text()).split('\n').filter(Boolean).slice(-2).join(' / ');
      unsaved.push(`${handles[i]} (${(await overlay.contract())['data-state']}: ${lastLine})`);
    }
    expect(unsaved, 'overlays whose save was lost').toEqual([]);
    for (const panel of panels) await panel.getByText('Saved ✓ — in shortlist').waitFor({ timeout: 30_000 });
    const stored = (await readAll(counter, 'shortlist')) as StoredEntry[];
    expect(stored.map((e) => e.key).sort()).toEqual(handles.map((h) => `instagram:${h}`).sort());
    // None twice: a save stored before the stop and sent again after it kept its
    // entry (savedAt as it was); the retry did reach storage (updatedAt moved on).
    const then = new Map(atStop.map((e) => [e.handle, e]));
    const savedAtChanged = stored
      .filter((e) => then.has(e.handle) && then.get(e.handle)!.savedAt !== e.savedAt)
      .map((e) => e.handle);
    expect(savedAtChanged, 'entries whose savedAt a retry reset').toEqual([]);
    const rewritten = storedFirst.filter((h) => stored.find((e) => e.handle === h)!.updatedAt > then.get(h)!.updatedAt);
    expect(rewritten, 'stored-then-stopped saves that were sent again').toEqual(storedFirst);
    expect(exceptions.flat()).toEqual([]);
    table(
      `worker stopped (CDP ServiceWorker.stopAllWorkers) with ${BURST / 2} page saves held in it (${storedFirst.length} stored, answer withheld; ${heldBefore.length} not yet stored)`,
      'exactly the panel and stored-first saves at the stop; all 50 stored once after retries; savedAt unchanged; overlays and panels say saved',
      `${before} (${atStop.length} at the stop)`,
      `${stored.length}`,
    );
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
    await panel.evaluate(
      (value) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ settings: value }),
      settings,
    );
    await expect
      .poll(
        async () =>
          ((await readAll(panel, 'shortlist')) as { key: string; note: string }[]).find(
            (e) => e.key === 'instagram:burst.00',
          )?.note,
      )
      .toContain('budget');

    const stores = ['shortlist', 'creators', 'snapshots', 'postComments'] as const;
    const before = Object.fromEntries(
      await Promise.all(stores.map(async (s) => [s, await readAll(panel, s)] as const)),
    );
    const settingsBefore = await readLocalStorage(panel);
    const dir = session.userDataDir;
    await session.context.close();
    const restarted = await launchWithVariants(dir);
    try {
      const again = await extensionPage(restarted, 'sidepanel.html');
      for (const store of stores) expect(await readAll(again, store), store).toEqual(before[store]);
      expect(await readLocalStorage(again)).toEqual(settingsBefore);
      await again.getByRole('tab', { name: 'Shortlist' }).click();
      await expect
        .poll(() => again.getByRole('textbox', { name: 'Note for @burst.00' }).inputValue())
        .toBe('call back in May, "budget", =ask');
      const opts = await extensionPage(restarted, 'options.html');
      const micro = opts.getByRole('group', { name: /Tier thresholds/ }).getByRole('textbox', { name: 'Micro' });
      await expect.poll(() => micro.inputValue()).toBe('12000');
      const counts = stores.map((s) => `${s} ${(before[s] ?? []).length}`).join(', ');
      table(
        'browser profile restarted',
        'every IndexedDB record and storage.local setting deep-equal; note and setting shown',
        counts,
        counts,
      );
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
    await session.worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);
    session.worker = await newWorker;

    // Coming back to a tab (visibility or focus) is enough for the old script to notice, without any click.
    await other.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await other.waitForFunction(
      () => document.querySelector('creator-scout-overlay')?.getAttribute('data-state') === 'disconnected',
      undefined,
      { timeout: 15_000 },
    );
    expect(otherExceptions).toEqual([]);

    // The old content script also finds out when it next talks to the extension: here, the marketer clicks Save.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('creator-scout-overlay')?.getAttribute('data-state') === 'disconnected',
      undefined,
      { timeout: 15_000 },
    );
    expect(await overlay.text()).toMatch(/reload the page/i);
    expect(exceptions).toEqual([]);

    await page.reload();
    const contract = await overlay.settled('janedoe');
    expect(['ready', 'partial']).toContain(contract['data-state']);
    expect(await page.locator('creator-scout-overlay').count()).toBe(1);
    expect(exceptions).toEqual([]);
    table(
      'extension reloaded (chrome.runtime.reload) with a profile tab open',
      'old overlay data-state=disconnected, no uncaught error; one overlay after page reload',
      'overlay ready',
      'disconnected → ready (1 host)',
    );
    await page.close();
  });
});

describe('three views edit one note at once', () => {
  it('no duplicate, the last edit wins, every view converges', async () => {
    const views = await Promise.all(
      ['tab A', 'tab B', 'side panel'].map(() => extensionPage(session, 'sidepanel.html')),
    );
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
    const storedNote = async () =>
      ((await readAll(views[0]!, 'shortlist')) as { key: string; note: string }[]).filter(
        (e) => e.key === 'instagram:burst.01',
      );
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
    table(
      'two tabs and the side panel save one note concurrently',
      'one record; last blur wins; all views show the stored note',
      `${BURST} entries`,
      `${BURST} entries, note "${final?.note}"`,
    );
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
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      notice.getByRole('button', { name: 'export it raw' }).click(),
    ]);
    const raw = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { records: unknown[] };
    expect(raw.records).toEqual([{ key: 'instagram:corrupt', handle: 42, note: { nested: true } }]);
    expect(await countStore(panel, 'shortlist')).toBe(BURST + 1);
    table(
      'a schema-invalid shortlist record',
      'skipped and counted in the list, exported raw, never deleted',
      `${BURST} valid + 1 corrupt`,
      `${BURST} shown, notice, ${BURST + 1} stored`,
    );
    await panel.close();
  });
});
