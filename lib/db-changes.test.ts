import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { changedKeys } from './db-changes';

/** What Dexie itself reports for a few kinds of writes, read back by changedKeys. */

let db: Dexie;
let n = 0;
afterEach(() => db.close());

async function reported(write: (t: Dexie.Table) => Promise<unknown>): Promise<ObservabilitySet> {
  db = new Dexie(`changes-${n++}`);
  db.version(1).stores({ things: 'key' });
  await db.open();
  await db.table('things').bulkPut(Array.from({ length: 60 }, (_, i) => ({ key: `k${i}` })));
  const parts: ObservabilitySet[] = [];
  const listen = (p: ObservabilitySet) => void parts.push(p);
  Dexie.on('storagemutated', listen);
  try {
    await write(db.table('things'));
  } finally {
    Dexie.on.storagemutated.unsubscribe(listen);
  }
  expect(parts).toHaveLength(1);
  // As another page receives it: through a BroadcastChannel, structured-cloned.
  return structuredClone(parts[0]!);
}

describe('changedKeys', () => {
  it('names the keys of small writes and deletes', async () => {
    // One transaction, as every writer in lib/ makes: one event.
    const parts = await reported((t) =>
      db.transaction('rw', t, async () => {
        await t.put({ key: 'k1', v: 1 });
        await t.delete('k2');
        await t.update('k3', { v: 2 });
      }),
    );
    expect(changedKeys(parts, db.name, 'things')).toEqual(new Set(['k1', 'k2', 'k3']));
    expect(changedKeys(parts, db.name, 'other')).toEqual(new Set());
  });

  it('says "all" for a clear, a range delete, or a write of 50 records and more', async () => {
    expect(changedKeys(await reported((t) => t.clear()), db.name, 'things')).toBe('all');
    expect(changedKeys(await reported((t) => t.where('key').between('k1', 'k3').delete()), db.name, 'things')).toBe(
      'all',
    );
    const big = await reported((t) => t.bulkPut(Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, v: 3 }))));
    expect(changedKeys(big, db.name, 'things')).toBe('all');
  });

  it('says "all" when a page comes back from the back/forward cache', () => {
    expect(changedKeys({ all: { d: 0 } } as unknown as ObservabilitySet, 'any', 'things')).toBe('all');
  });
});
