import { readStore } from './idb';
import type { BrowserContext, Page } from 'playwright-core';

/** Chrome DevTools Protocol helpers for faults Playwright has no API for. */

/**
 * Stop every service worker of the page's storage partition, as Chrome does
 * to an idle MV3 worker (or DevTools' "Stop" button), whatever it is doing.
 * `page` must be an extension page so the extension's worker is in scope.
 * Resolves once the worker reports "stopped", with every status it reported.
 */
export async function stopServiceWorkers(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const statuses: string[] = [];
  let stopped: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (stopped = resolve));
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      statuses.push(v.runningStatus);
      if (v.runningStatus === 'stopped') stopped();
    }
  });
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([
      done,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`worker did not stop: ${statuses.join(', ')}`)), 15_000),
      ),
    ]);
    return statuses;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Chromium 156 disables an unpacked extension that reloads itself unless
 * developer mode is on (disable reason "unsupportedDeveloperExtension"), as
 * it is for anyone who loads one unpacked.
 */
export async function enableDeveloperMode(session: { context: BrowserContext }): Promise<void> {
  const page = await session.context.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
        }
      ).chrome;
      await api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
    });
  } finally {
    await page.close();
  }
}

/**
 * Uncaught exceptions in every JavaScript world of the page, content-script
 * worlds included (Playwright's `pageerror` sees the main world only).
 */
export async function collectExceptions(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (event) => {
    const details = event.exceptionDetails;
    errors.push(`${details.executionContextId}: ${details.exception?.description ?? details.text}`);
  });
  await cdp.send('Runtime.enable');
  return errors;
}

/** Count a store of the extension's IndexedDB from one of its pages (works while the worker is stopped). */
export function countStore(extensionPage: Page, store: string): Promise<number> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Every record of a store, read from an extension page. */
export const readAll = (extensionPage: Page, store: string): Promise<unknown[]> => readStore(extensionPage, store);

/** The extension's storage.local (settings and flags), read from an extension page. */
export function readLocalStorage(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(() => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return api.storage.local.get(null);
  });
}
