import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { EXTENSION_DIR, extensionPage, launch, OverlayPage, type Session } from './harness';
import { tabIdOf } from './idb';

/**
 * The extension makes no network request at all. Every request in the browser
 * is recorded (pages, extension pages, the service worker); a control request
 * from the worker and from an extension page proves the recorder sees them.
 */

interface Seen {
  url: string;
  /** Who asked: the frame's URL, or "worker:<url>" for the service worker. */
  from: string;
  resourceType: string;
}

function describeRequest(request: Request): Seen {
  const worker = request.serviceWorker();
  let from = worker ? `worker:${worker.url()}` : 'unknown';
  if (!worker) {
    try {
      from = request.frame().url();
    } catch {
      // A request without a frame (e.g. a worker we do not know): keep "unknown".
    }
  }
  return { url: request.url(), from, resourceType: request.resourceType() };
}

let session: Session;
const seen: Seen[] = [];
beforeAll(async () => {
  session = await launch(fixtureRoutes);
  session.context.on('request', (request) => seen.push(describeRequest(request)));
});
afterAll(async () => {
  await session?.close();
});

/** Every URL a fixture page itself references (images, links, its web manifest): the page's own requests. */
async function pageOwnUrls(fixtures: readonly { file: string; url: string }[]): Promise<Set<string>> {
  const urls = new Set<string>();
  for (const { file, url } of fixtures) {
    const html = await readFile(join('tests/fixtures', file), 'utf8');
    for (const match of html.matchAll(/https?:\/\/[^\s"'<>)]+/g)) urls.add(match[0].replace(/&amp;/g, '&'));
    for (const [, ref] of html.matchAll(/\s(?:href|src)="([^"]+)"/g))
      urls.add(new URL((ref ?? '').replace(/&amp;/g, '&'), url).href);
  }
  return urls;
}

describe('network', () => {
  it('the recorder sees requests from the worker and from extension pages (control)', async () => {
    await session.worker.evaluate(() => fetch('https://control-worker.invalid/ping').catch(() => undefined));
    const options = await extensionPage(session, 'options.html');
    await options.evaluate(() => fetch('https://control-page.invalid/ping').catch(() => undefined));
    await expect
      .poll(() => seen.map((s) => s.url))
      .toEqual(expect.arrayContaining(['https://control-worker.invalid/ping', 'https://control-page.invalid/ping']));
    expect(seen.find((s) => s.url === 'https://control-worker.invalid/ping')?.from).toMatch(
      /^worker:chrome-extension:\/\//,
    );
    expect(seen.find((s) => s.url === 'https://control-page.invalid/ping')?.from).toMatch(/^chrome-extension:\/\//);
    await options.close();
    seen.length = 0;
  });

  it('a whole session — pages read, saves, popup, side panel, settings, backup — requests nothing outside the extension', async () => {
    const visited = [fixtureFor('janedoe'), fixtureFor('maya.moves'), fixtureFor('maya.moves', 'post')];
    for (const fixture of visited) {
      const page = await session.context.newPage();
      await page.goto(fixture.url);
      await new OverlayPage(page).settled(fixture.expected.handle);
      if (fixture.pageKind === 'profile') {
        await page.getByRole('button', { name: 'Save' }).click();
        await expect.poll(() => page.getByRole('button', { name: 'Saved ✓' }).count()).toBe(1);
      }
    }
    const tabId = await tabIdOf(session.worker, 'https://www.tiktok.com/*');
    const popup = await extensionPage(session, `popup.html?tab=${tabId}`);
    await popup.getByText('Saved ✓ — in shortlist').waitFor();
    const panel = await extensionPage(session, 'sidepanel.html');
    await panel.getByRole('tab', { name: 'Shortlist' }).click();
    await panel.getByText('@janedoe').first().waitFor();
    const [csv] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: /Export CSV/ }).click(),
    ]);
    await csv.path();
    const options = await extensionPage(session, 'options.html');
    const [backup] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export backup (JSON)' }).click(),
    ]);
    await backup.path();

    const extensionOrigin = `chrome-extension://${session.extensionId}/`;
    const siteDocuments = new Set(visited.map((f) => f.url));
    const pageOwn = await pageOwnUrls(visited);
    const fromExtension = seen.filter((s) => s.from.startsWith('worker:') || s.from.startsWith('chrome-extension://'));
    const fromSites = seen.filter((s) => !fromExtension.includes(s));
    // The extension's own pages load their own files, nothing else.
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(
      fromExtension.filter((s) => !s.url.startsWith(extensionOrigin) && !s.url.startsWith('blob:chrome-extension://')),
    ).toEqual([]);
    // On the sites, only what the page itself asks for: no request from our content scripts.
    // (Content-script styles come from chrome-extension://<random id>/: WXT's use_dynamic_url.)
    expect(
      fromSites.filter(
        (s) => !siteDocuments.has(s.url) && !pageOwn.has(s.url) && !s.url.startsWith('chrome-extension://'),
      ),
    ).toEqual([]);
    console.info(
      `privacy: ${seen.length} requests seen, ${fromExtension.length} from the extension (all ${extensionOrigin}), ${fromSites.length} from the sites' own pages`,
    );
  });
});

describe('manifest', () => {
  it('asks for the two sites only, no tabs, no <all_urls>, and loads no remote code', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      permissions: string[];
      host_permissions: string[];
      content_scripts: { matches: string[] }[];
      content_security_policy?: unknown;
    };
    expect(manifest.host_permissions).toEqual(['https://www.instagram.com/*', 'https://www.tiktok.com/*']);
    expect(new Set(manifest.permissions)).toEqual(new Set(['storage', 'unlimitedStorage', 'sidePanel']));
    expect(
      manifest.content_scripts
        .flatMap((c) => c.matches)
        .every((m) => m === 'https://www.instagram.com/*' || m === 'https://www.tiktok.com/*'),
    ).toBe(true);
    // MV3's default CSP (script-src 'self') forbids remote and inline script; we do not loosen it.
    expect(manifest.content_security_policy).toBeUndefined();
    for (const page of ['popup.html', 'sidepanel.html', 'options.html']) {
      const html = await readFile(join(EXTENSION_DIR, page), 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
        expect(src, page).toMatch(/^\/(chunks|assets)\/|^\.\//);
    }
  });
});
