import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

/**
 * Large profile pages generated at run time from the saved fixtures'
 * structure (tests/fixtures), so no megabytes are committed: the fixture's
 * embedded JSON and its grid are extended to `posts` posts, and the same
 * tiles can be appended later in batches, as infinite scroll does.
 */

export type BenchPlatform = 'instagram' | 'tiktok';

export interface GeneratedProfile {
  platform: BenchPlatform;
  handle: string;
  url: string;
  html: string;
  /** Grid tiles `from`…`from+count-1`, as HTML to append to the grid container. */
  tiles(from: number, count: number): string;
  /** A CSS-free recipe, run in the page, that finds the grid container. */
  containerScript: string;
}

interface Source {
  file: string;
  handle: string;
  url: string;
}

const SOURCES: Record<BenchPlatform, Source> = {
  instagram: { file: 'instagram/janedoe.html', handle: 'janedoe', url: 'https://www.instagram.com/janedoe/' },
  tiktok: { file: 'tiktok/maya.moves.html', handle: 'maya.moves', url: 'https://www.tiktok.com/@maya.moves' },
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function parse(html: string) {
  const window = new Window({ url: 'https://example.invalid/' });
  const doc = window.document;
  doc.write(html);
  return { window, doc: doc as unknown as Document };
}

function serialize(doc: Document): string {
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

/** Instagram-like shortcodes and TikTok-like numeric ids, unique per index. */
const igCode = (i: number) => `Bz${i.toString(36).padStart(8, '0')}`;
const ttId = (i: number) => String(7_390_000_000_000_000_000n + BigInt(i) * 7_919n);

/** Deterministic, varied metrics (a 12-post cycle of the fixture's own values, nudged). */
const nudge = (value: number, i: number) => Math.max(0, Math.round(value * (0.85 + ((i * 37) % 31) / 100)));

function findArray(root: Json, test: (value: Json[]) => boolean): Json[] | null {
  if (Array.isArray(root)) {
    if (test(root)) return root;
    for (const v of root) {
      const found = findArray(v, test);
      if (found) return found;
    }
  } else if (root && typeof root === 'object') {
    for (const v of Object.values(root)) {
      const found = findArray(v, test);
      if (found) return found;
    }
  }
  return null;
}

interface InstagramGrid {
  container: Element;
  rowOpen: string;
  tileTemplate: string;
}

function extendInstagram(doc: Document, posts: number): InstagramGrid {
  // Embedded JSON: the user's timeline edges, extended to `posts` media.
  for (const script of doc.querySelectorAll('script[type="application/json"]')) {
    const json = JSON.parse(script.textContent ?? 'null') as Json;
    const edges = findArray(
      json,
      (a) =>
        a.length > 0 &&
        a.every(
          (e) =>
            !!e && typeof e === 'object' && !Array.isArray(e) && 'node' in e && JSON.stringify(e).includes('shortcode'),
        ),
    );
    if (!edges) continue;
    const template = edges.slice();
    edges.length = 0;
    for (let i = 0; i < posts; i++) {
      const node = structuredClone((template[i % template.length] as { node: Record<string, Json> }).node);
      node.shortcode = igCode(i);
      node.id = String(3_400_000_000_000_000_000n + BigInt(i));
      node.taken_at_timestamp = 1_748_732_836 - i * 86_400;
      if (i > 0) node.pinned_for_users = [];
      for (const key of ['edge_liked_by', 'edge_media_preview_like', 'edge_media_to_comment']) {
        const count = node[key] as { count?: number } | undefined;
        if (count && typeof count.count === 'number') count.count = nudge(count.count, i);
      }
      edges.push({ node });
    }
    script.textContent = JSON.stringify(json);
  }
  // Grid: rows of three tiles (tile = the link's parent, row = its parent).
  const links = [...doc.querySelectorAll('main a[href*="/p/"]')];
  const row = links[0]?.parentElement?.parentElement;
  const container = row?.parentElement;
  const plain = links.find((a) => !a.querySelector('svg'))?.parentElement;
  if (!row || !container || !plain) throw new Error('bench: Instagram fixture grid not found');
  const emptyRow = (row.cloneNode(false) as Element).outerHTML;
  return { container, rowOpen: emptyRow.slice(0, -'</div>'.length), tileTemplate: plain.outerHTML };
}

export function generateProfile(platform: BenchPlatform, posts: number, gridPosts = posts): GeneratedProfile {
  const source = SOURCES[platform];
  const html = readFileSync(resolve('tests/fixtures', source.file), 'utf8');
  const { window, doc } = parse(html);
  try {
    return platform === 'instagram' ? instagram(doc, source, posts, gridPosts) : tiktok(doc, source, posts, gridPosts);
  } finally {
    void window.happyDOM.close();
  }
}

function instagram(doc: Document, source: Source, posts: number, gridPosts: number): GeneratedProfile {
  const grid = extendInstagram(doc, posts);
  // Tiles of the JSON's first posts keep their fixture codes, so grid and JSON agree.
  const codeInTemplate = /\/p\/([A-Za-z0-9_-]+)\//u.exec(grid.tileTemplate)?.[1] ?? '';
  const tile = (i: number) => grid.tileTemplate.replaceAll(codeInTemplate, igCode(i));
  const tiles = (from: number, count: number) => {
    const out: string[] = [];
    for (let i = from; i < from + count; i += 3) {
      const cells = Array.from({ length: Math.min(3, from + count - i) }, (_, k) => tile(i + k)).join('');
      out.push(`${grid.rowOpen}${cells}</div>`);
    }
    return out.join('');
  };
  grid.container.innerHTML = tiles(0, gridPosts);
  return {
    platform: 'instagram',
    handle: source.handle,
    url: source.url,
    html: serialize(doc),
    tiles,
    containerScript: `document.querySelector('main a[href*="/p/"]').parentElement.parentElement.parentElement`,
  };
}

function tiktok(doc: Document, source: Source, posts: number, gridPosts: number): GeneratedProfile {
  const script = doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__');
  const json = JSON.parse(script?.textContent ?? 'null') as Json;
  const items = findArray(
    json,
    (a) =>
      a.length > 0 &&
      a.every((e) => !!e && typeof e === 'object' && !Array.isArray(e) && 'stats' in e && 'createTime' in e),
  );
  if (!script || !items) throw new Error('bench: TikTok fixture JSON not found');
  const template = items.slice() as Record<string, Json>[];
  items.length = 0;
  for (let i = 0; i < posts; i++) {
    const item = structuredClone(template[i % template.length] as Record<string, Json>);
    item.id = ttId(i);
    item.createTime = String(1_748_726_805 - i * 86_400);
    item.isPinnedItem = i === 0;
    for (const statsKey of ['stats', 'statsV2']) {
      const stats = item[statsKey] as Record<string, Json> | undefined;
      for (const k of ['diggCount', 'commentCount', 'playCount', 'shareCount']) {
        if (stats && stats[k] !== undefined)
          stats[k] = statsKey === 'stats' ? nudge(Number(stats[k]), i) : String(nudge(Number(stats[k]), i));
      }
    }
    items.push(item);
  }
  script.textContent = JSON.stringify(json);
  const list = doc.querySelector('[data-e2e="user-post-item-list"]');
  const wrappers = [...(list?.children ?? [])];
  const plain = wrappers.find((w) => !w.querySelector('[data-e2e="video-card-badge"]'));
  if (!list || !plain) throw new Error('bench: TikTok fixture grid not found');
  const templateHtml = plain.outerHTML;
  const idInTemplate = /\/video\/(\d+)/u.exec(templateHtml)?.[1] ?? '';
  const tiles = (from: number, count: number) =>
    Array.from({ length: count }, (_, k) => templateHtml.replaceAll(idInTemplate, ttId(from + k))).join('');
  list.innerHTML = tiles(0, gridPosts);
  return {
    platform: 'tiktok',
    handle: source.handle,
    url: source.url,
    html: serialize(doc),
    tiles,
    containerScript: `document.querySelector('[data-e2e="user-post-item-list"]')`,
  };
}
