import type { ScoutDb } from './db';

/**
 * Persistent storage: without it a browser short of disk may evict the
 * extension's IndexedDB, and with it weeks of a marketer's shortlist.
 * `persist()` exists only in pages (not the worker, not content scripts), so
 * it is asked after a save from the popup or side panel and when they open
 * with a non-empty shortlist (the first save may come from the page overlay).
 */

type Storage = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

const storageOf = (): Partial<Storage> | undefined => globalThis.navigator?.storage;

/** true when persisted (already or now), false when refused, null where the browser has no API. */
export async function requestPersistence(storage: Partial<Storage> | undefined = storageOf()): Promise<boolean | null> {
  if (!storage?.persist || !storage.persisted) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Ask once there is something worth keeping. */
export async function persistIfShortlisted(
  db: ScoutDb,
  storage: Partial<Storage> | undefined = storageOf(),
): Promise<boolean | null> {
  return (await db.shortlist.count()) > 0 ? requestPersistence(storage) : null;
}

export interface StorageStatus {
  /** null: the browser does not say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function readStorageStatus(storage: Partial<Storage> | undefined = storageOf()): Promise<StorageStatus> {
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
