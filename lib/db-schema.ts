import type { Transaction } from 'dexie';

/**
 * The IndexedDB schema history, append-only. Each entry is one Dexie version;
 * a new one needs an upgrade (when records change shape) and a frozen fixture
 * `tests/fixtures/db/v<N>.json` (lib/db-migrations.test.ts fails without it).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      snapshots: '++id, key, capturedAt, [key+capturedAt]',
      creators: 'key, updatedAt',
      shortlist: 'key, platform, savedAt, updatedAt',
      postComments: '[key+postId], key',
      tabViews: 'tabId, key',
    },
  },
  {
    // Saved campaign plans. No record changes shape: no upgrade needed.
    version: 2,
    stores: { plans: 'id, updatedAt' },
  },
  {
    // The shortlist's list rows (lib/shortlist-rows.ts), in buckets by key:
    // what the list shows, and apart from it what only the CSV report needs.
    // Derived data only: no record changes shape, so no upgrade. Rows that are
    // missing after the upgrade are built from the entries by the list.
    version: 3,
    stores: { shortlistRows: 'bucket', shortlistCsv: 'bucket' },
  },
];
