import { describe, expect, it, vi } from 'vitest';
import { janedoeSnapshot } from '@/tests/builders/snapshots';
import { ScoutDb } from './db';
import { persistIfShortlisted, readStorageStatus, requestPersistence } from './persist';

function fakeStorage(persisted: boolean, grant: boolean) {
  let state = persisted;
  return {
    persisted: vi.fn(async () => state),
    persist: vi.fn(async () => {
      state = grant;
      return grant;
    }),
    estimate: vi.fn(async () => ({ usage: 1234, quota: 10_000 })),
  };
}

describe('requestPersistence', () => {
  it('asks only when not yet persisted, and reports the answer', async () => {
    const already = fakeStorage(true, true);
    expect(await requestPersistence(already)).toBe(true);
    expect(already.persist).not.toHaveBeenCalled();
    const granted = fakeStorage(false, true);
    expect(await requestPersistence(granted)).toBe(true);
    expect(granted.persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistence(fakeStorage(false, false))).toBe(false);
  });

  it('says null where the browser has no API, and false when it throws', async () => {
    expect(await requestPersistence(undefined)).toBeNull();
    expect(await requestPersistence({})).toBeNull();
    const broken = { persisted: () => Promise.reject(new Error('no')), persist: () => Promise.resolve(true) };
    expect(await requestPersistence(broken)).toBe(false);
  });
});

describe('persistIfShortlisted', () => {
  it('asks once the shortlist has a creator, not before', async () => {
    const db = new ScoutDb('test-persist');
    const storage = fakeStorage(false, true);
    expect(await persistIfShortlisted(db, storage)).toBeNull();
    expect(storage.persist).not.toHaveBeenCalled();
    const snapshot = janedoeSnapshot();
    await db.shortlist.add({
      v: 1,
      key: 'instagram:janedoe',
      platform: 'instagram',
      handle: 'janedoe',
      note: '',
      tags: [],
      savedAt: 1,
      updatedAt: 1,
      snapshot,
    });
    expect(await persistIfShortlisted(db, storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });
});

describe('readStorageStatus', () => {
  it('reads persisted, usage and quota, or null for what is not there', async () => {
    expect(await readStorageStatus(fakeStorage(true, true))).toEqual({ persisted: true, usage: 1234, quota: 10_000 });
    expect(await readStorageStatus(undefined)).toEqual({ persisted: null, usage: null, quota: null });
  });
});
