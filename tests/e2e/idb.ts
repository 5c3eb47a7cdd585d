import type { Worker } from 'playwright-core';

/**
 * Read one store of the extension's IndexedDB from its service worker or an
 * extension page (the extension's origin; a site page's IndexedDB is the
 * site's, not ours).
 */
export function readStore(context: Pick<Worker, 'evaluate'>, store: string): Promise<unknown[]> {
  return context.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as unknown[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** The tab id of the first tab whose URL matches (host permission lets us see it). */
export function tabIdOf(worker: Worker, urlPattern: string): Promise<number> {
  return worker.evaluate(async (pattern) => {
    // Runs in the service worker, where `chrome` is the extension API.
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }
    ).chrome;
    const [tab] = await api.tabs.query({ url: pattern });
    if (tab?.id === undefined) throw new Error(`no tab matches ${pattern}`);
    return tab.id;
  }, urlPattern);
}
