import { existsSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { shortlistEntrySchema } from '@/core/shortlist/shortlist';
import { currentFigures, listedOf } from '@/core/shortlist/shortlist-row';
import { creatorRowSchema, postCommentsRowSchema, ScoutDb, snapshotRowSchema } from './db';
import { SCHEMA_VERSIONS } from './db-schema';
import { ShortlistLive } from './shortlist-live';
import { rowContext } from './shortlist-compute';
import { listedOfRecord, readFullRows, ROW_BUCKETS } from './shortlist-rows';

/**
 * Migrations on frozen fixtures: for every schema version, a database built
 * with that version's schema and the records that version wrote is opened
 * with the current code, and every record must arrive intact.
 */
interface Frozen {
  version: number;
  tables: Record<string, unknown[]>;
}
const allBuckets = Array.from({ length: ROW_BUCKETS }, (_, i) => i);
const fixturePath = (version: number) => `tests/fixtures/db/v${version}.json`;
const load = (version: number): Frozen => JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Frozen;

/** A database exactly as `version` of the extension declared it. */
function databaseAt(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return old;
}

describe('schema history', () => {
  it('every declared version has a frozen fixture', () => {
    for (const { version } of SCHEMA_VERSIONS)
      expect(existsSync(fixturePath(version)), fixturePath(version)).toBe(true);
  });

  it('versions only grow', () => {
    const versions = SCHEMA_VERSIONS.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describe.each(SCHEMA_VERSIONS.map((s) => s.version))('a database written by version %i', (version) => {
  it('opens with the current code with every record intact', async () => {
    const frozen = load(version);
    expect(frozen.version).toBe(version);
    const name = `migrate-from-v${version}`;
    const old = databaseAt(name, version);
    await old.open();
    for (const [table, rows] of Object.entries(frozen.tables)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new ScoutDb(name);
    await db.open();
    // No upgrade so far changes a record's shape: each table must read back
    // exactly as frozen. An upgrade that does must state its expected result here.
    for (const [table, rows] of Object.entries(frozen.tables)) {
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    for (const entry of await db.shortlist.toArray()) expect(shortlistEntrySchema.safeParse(entry).success).toBe(true);
    for (const row of await db.creators.toArray()) expect(creatorRowSchema.safeParse(row).success).toBe(true);
    for (const row of await db.snapshots.toArray()) expect(snapshotRowSchema.safeParse(row).success).toBe(true);
    for (const row of await db.postComments.toArray()) expect(postCommentsRowSchema.safeParse(row).success).toBe(true);
    // List rows are derived data: each one that was stored reads back valid, both parts, none is dropped.
    const storedKeys = (await db.shortlistRows.toArray()).flatMap((r) => (r.list as { key: string[] }).key);
    expect(
      (await db.shortlistRows.toArray())
        .flatMap((r) => listedOfRecord(r))
        .map((r) => r.key)
        .sort(),
    ).toEqual([...storedKeys].sort());
    expect(
      [...(await readFullRows(db, allBuckets)).values()]
        .flat()
        .map((r) => r.key)
        .sort(),
    ).toEqual([...storedKeys].sort());
    const notes = (frozen.tables['shortlist'] as { note: string }[]).map((e) => e.note);
    expect(notes.length).toBeGreaterThan(0);
    expect((await db.shortlist.toArray()).map((e) => e.note)).toEqual(notes);
    db.close();
  });
});

describe.each(SCHEMA_VERSIONS.map((s) => s.version))(
  'the shortlist list after upgrading from version %i',
  (version) => {
    it('has a row with current figures for every entry, notes as saved', async () => {
      const frozen = load(version);
      const name = `rows-after-v${version}`;
      const old = databaseAt(name, version);
      await old.open();
      for (const [table, rows] of Object.entries(frozen.tables)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = new ScoutDb(name);
      await db.open();
      const live = new ShortlistLive(db);
      const ctx = rowContext(DEFAULT_SETTINGS);
      live.start();
      live.setContext(ctx);
      await live.waitFor((s) => s.reconciled && s.pending === 0);
      const { rows, unreadable } = live.getState();
      live.stop();
      const entries = frozen.tables['shortlist'] as { key: string; note: string }[];
      expect(unreadable).toEqual([]);
      expect(rows.map((r) => [r.key, r.note])).toEqual(entries.map((e) => [e.key, e.note]).sort());
      for (const row of rows) expect(currentFigures(row, ctx.fingerprint), row.key).not.toBeNull();
      // What the list computed is stored: the next opening reads it back as is.
      const stored = [...(await readFullRows(db, allBuckets)).values()].flat();
      expect(stored.sort((a, b) => (a.key < b.key ? -1 : 1)).map(listedOf)).toEqual(rows);
      db.close();
    });
  },
);
