import { describe, expect, it } from 'vitest';
import { profileRoot, readInstagramPage, readTiles, renderedHandle } from '@/adapters/instagram';
import * as tiktok from '@/adapters/tiktok';
import { MAX_POSTS } from '@/core/page/snapshot';
import { fixtures } from '@/tests/fixtures/fixtures';
import { fixtureDocument } from '@/tests/fixtures/load';
import { PostTracker } from './incremental';
import { parseInstagramApi } from '@/adapters/instagram/api';
import { parseTikTokApi } from '@/adapters/tiktok/api';
import type { PlatformAdapter } from './types';

const NOW = Date.UTC(2025, 5, 15);
const instagram: PlatformAdapter = {
  platform: 'instagram',
  read: readInstagramPage,
  renderedHandle,
  profileRoot,
  readTiles,
  parseApi: parseInstagramApi,
};
const tiktokAdapter: PlatformAdapter = {
  platform: 'tiktok',
  read: tiktok.readTikTokPage,
  renderedHandle: tiktok.renderedHandle,
  profileRoot: tiktok.profileRoot,
  readTiles: tiktok.readTiles,
  parseApi: parseTikTokApi,
};
const fixture = (file: string) => {
  const f = fixtures.find((x) => x.file === file);
  if (!f) throw new Error(file);
  return f;
};

/** Appends a grid row of `ids` the way infinite scroll does, and returns the added element. */
function appendInstagramRow(doc: Document, handle: string, ids: string[]): Element {
  const grid = doc.querySelector('main a[href*="/p/"]')?.closest('div[style]') ?? doc.body;
  const row = doc.createElement('div');
  row.innerHTML = ids.map((id) => `<div><a href="/${handle}/p/${id}/" role="link"><img alt=""></a></div>`).join('');
  grid.append(row);
  return row;
}

describe('PostTracker', () => {
  it('adds the posts infinite scroll appends, reading only the added nodes', () => {
    const jane = fixture('instagram/janedoe.html');
    const doc = fixtureDocument(jane.file);
    const first = readInstagramPage(doc, jane.url, NOW);
    if (!first) throw new Error('unread');
    const tracker = new PostTracker(first);
    const row = appendInstagramRow(doc, 'janedoe', ['Cnew0000001', 'Cnew0000002', 'Cnew0000003']);
    const update = tracker.apply({ added: [row], overflow: false }, instagram, doc);
    expect(update.kind).toBe('snapshot');
    if (update.kind !== 'snapshot') return;
    expect(update.snapshot.posts.map((p) => p.id)).toEqual([
      ...first.posts.map((p) => p.id),
      'Cnew0000001',
      'Cnew0000002',
      'Cnew0000003',
    ]);
    // The JSON posts keep their counts; the new tiles have none yet (hover only).
    expect(update.snapshot.posts[0]).toEqual(first.posts[0]);
    expect(update.snapshot.posts.at(-1)).toMatchObject({ id: 'Cnew0000003', likes: null, comments: null });
    // The same row again changes nothing.
    expect(tracker.apply({ added: [row], overflow: false }, instagram, doc).kind).toBe('none');
  });

  it('does the same on TikTok', () => {
    const dan = fixture('tiktok/dan.diy.html');
    const doc = fixtureDocument(dan.file);
    const first = tiktok.readTikTokPage(doc, dan.url, NOW);
    if (!first) throw new Error('unread');
    const tracker = new PostTracker(first);
    const list = doc.querySelector('[data-e2e="user-post-item-list"]');
    const tile = doc.createElement('div');
    tile.innerHTML =
      '<div data-e2e="user-post-item"><a href="https://www.tiktok.com/@dan.diy/video/7399999999999999999"><strong data-e2e="video-views">12.5K</strong></a></div>';
    list?.append(tile);
    const update = tracker.apply({ added: [tile], overflow: false }, tiktokAdapter, doc);
    expect(update.kind === 'snapshot' && update.snapshot.posts.at(-1)).toMatchObject({
      id: '7399999999999999999',
      views: 12500,
    });
  });

  it('asks for a full read when the header changes, or a batch is too large to follow', () => {
    const jane = fixture('instagram/janedoe.html');
    const doc = fixtureDocument(jane.file);
    const tracker = new PostTracker(
      readInstagramPage(doc, jane.url, NOW) ??
        (() => {
          throw new Error('unread');
        })(),
    );
    const span = doc.createElement('span');
    doc.querySelector('header')?.append(span);
    expect(tracker.apply({ added: [span], overflow: false }, instagram, doc).kind).toBe('full');
    expect(tracker.apply({ added: [], overflow: true }, instagram, doc).kind).toBe('full');
  });

  it('keeps at most MAX_POSTS and says it stopped', () => {
    const jane = fixture('instagram/janedoe.html');
    const doc = fixtureDocument(jane.file);
    const first = readInstagramPage(doc, jane.url, NOW);
    if (!first) throw new Error('unread');
    const tracker = new PostTracker(first);
    const ids = Array.from({ length: MAX_POSTS + 50 }, (_, i) => `Cbulk${String(i).padStart(6, '0')}`);
    const row = appendInstagramRow(doc, 'janedoe', ids);
    const update = tracker.apply({ added: [row], overflow: false }, instagram, doc);
    expect(update.kind === 'snapshot' && update.snapshot.posts.length).toBe(MAX_POSTS);
    expect(update.kind === 'snapshot' && update.snapshot.read?.truncated).toContain(
      'Posts: more than 2,000 on the page; the first 2,000 read',
    );
  });
});
