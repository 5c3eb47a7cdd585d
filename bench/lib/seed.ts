import type { Worker } from 'playwright-core';
import { analyze, mergeComments } from '@/core/score/analyze';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { SHORTLIST_VERSION, type ShortlistEntry } from '@/core/shortlist/shortlist';
import type { Snapshot } from '@/core/page/snapshot';
import { janedoeSnapshot } from '../../tests/builders/snapshots';

/**
 * Fills the extension's IndexedDB, from its service worker, with `creators`
 * saved creators (shortlist + creators rows, a few with stored comments) and
 * `snapshots` snapshot rows spread over them: a marketer's months of use.
 * Records are valid (templates built here with core), varied by index in the
 * worker so nothing large crosses the CDP pipe. The database must already
 * exist at the current version (open an extension page first).
 *
 * No list rows (the `shortlistRows` store) are written: the database is as a
 * version-2 one looks after the upgrade, and the first opening of the list
 * builds every row through the app's own code (bench/sections/shortlist.ts
 * times that, then measures openings with every row stored).
 */
export async function seedShortlist(worker: Worker, creators: number, snapshots: number): Promise<void> {
  const snapshot: Snapshot = janedoeSnapshot({ handle: 'creator_0', url: 'https://www.instagram.com/creator_0/' });
  const analysis = analyze(mergeComments(snapshot, new Map()), DEFAULT_SETTINGS);
  const entry: ShortlistEntry = {
    v: SHORTLIST_VERSION,
    key: 'instagram:creator_0',
    platform: 'instagram',
    handle: 'creator_0',
    note: '',
    tags: [],
    savedAt: 1_750_000_000_000,
    updatedAt: 1_750_000_000_000,
    snapshot,
  };
  await worker.evaluate(
    async ({ entry: e, analysis: a, creators: n, snapshots: m }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const vary = (i: number) => {
        const handle = `creator_${i}`;
        const s = structuredClone(e.snapshot);
        s.handle = handle;
        s.url = `https://www.instagram.com/${handle}/`;
        s.profile.displayName = `Creator ${i}`;
        if (s.profile.followers) s.profile.followers.value = 800 + ((i * 7919) % 2_000_000);
        s.posts.forEach((p, k) => {
          p.id = `P${i}x${k}`;
          if (p.likes !== null) p.likes = 50 + ((i * 31 + k * 97) % 40_000);
          if (p.comments !== null) p.comments = 2 + ((i * 13 + k * 7) % 900);
        });
        return { key: `instagram:${handle}`, handle, snapshot: s };
      };
      const write = (store: string, rows: unknown[]) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const r of rows) os.put(r);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const CHUNK = 1_000;
      for (let from = 0; from < n; from += CHUNK) {
        const shortlist: unknown[] = [];
        const creatorRows: unknown[] = [];
        const comments: unknown[] = [];
        for (let i = from; i < Math.min(n, from + CHUNK); i++) {
          const { key, handle, snapshot: s } = vary(i);
          shortlist.push({
            ...e,
            key,
            handle,
            snapshot: s,
            note: i % 5 === 0 ? `note ${i}` : '',
            savedAt: e.savedAt + i,
            updatedAt: e.updatedAt + i,
          });
          creatorRows.push({ key, updatedAt: e.updatedAt + i, snapshot: s, analysis: { ...a, handle } });
          // One creator in five has opened posts with stored comments.
          if (i % 5 === 0) {
            for (const post of s.posts.slice(0, 2)) {
              comments.push({
                key,
                postId: post.id,
                updatedAt: e.updatedAt + i,
                comments: Array.from({ length: 20 }, (_, k) => ({
                  author: `fan_${(i + k) % 300}`,
                  text: k % 2 ? 'so good 🔥' : `love it ${k}`,
                })),
              });
            }
          }
        }
        await write('shortlist', shortlist);
        await write('creators', creatorRows);
        await write('postComments', comments);
      }
      for (let from = 0; from < m; from += CHUNK) {
        const rows: unknown[] = [];
        for (let j = from; j < Math.min(m, from + CHUNK); j++) {
          const { key, snapshot: s } = vary(j % n);
          s.capturedAt = e.snapshot.capturedAt - j * 60_000;
          rows.push({ key, capturedAt: s.capturedAt, snapshot: s });
        }
        await write('snapshots', rows);
      }
      db.close();
    },
    { entry, analysis, creators, snapshots },
  );
}
