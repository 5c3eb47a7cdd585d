import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, launchArgs as chromiumArgs } from '../../scripts/chromium.mjs';

/**
 * Real Chromium (Debian's package) with the built extension loaded. No
 * internet: every http(s) request is aborted except the fixture pages, which
 * are served at their real URLs.
 */
export const EXTENSION_DIR = resolve(process.env.CS_OUT_DIR || '.output', 'chrome-mv3');
export { CHROMIUM };
const FIXTURES_DIR = resolve('tests/fixtures');

export function launchArgs(extensionDir = EXTENSION_DIR): string[] {
  return chromiumArgs(extensionDir);
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Every request that did not go to a served fixture (should be none from us). */
  strayRequests: string[];
  close(): Promise<void>;
}

/** Fixture pages keyed by their real URL (no query, no trailing slash). */
export type FixtureRoutes = ReadonlyMap<string, string>;

export function routeKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

export async function launch(routes: FixtureRoutes, userDataDir?: string): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'creator-scout-e2e-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: launchArgs(),
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  const strayRequests: string[] = [];
  // The catch-all first: the route registered later wins.
  await context.route(/^https?:\/\//, (route) => {
    strayRequests.push(route.request().url());
    return route.abort();
  });
  await context.route(/^https:\/\/www\.(instagram|tiktok)\.com\//, async (route) => {
    const request = route.request();
    const file = routes.get(routeKey(request.url()));
    if (request.resourceType() !== 'document' || file === undefined) return route.abort();
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: await readFile(join(FIXTURES_DIR, file), 'utf8'),
    });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir: dir,
    strayRequests,
    async close() {
      await context.close();
      if (!userDataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Page object for the overlay on a site page. */
export class OverlayPage {
  constructor(readonly page: Page) {}

  host() {
    return this.page.locator('creator-scout-overlay');
  }

  /** Wait until the overlay settles (ready, partial or unavailable) for `handle`. */
  async settled(handle?: string, timeout = 15_000): Promise<Record<string, string>> {
    await this.page.waitForFunction(
      (expected) => {
        const host = document.querySelector('creator-scout-overlay');
        const state = host?.getAttribute('data-state');
        if (!host || !state || state === 'loading') return false;
        return expected === undefined || host.getAttribute('data-handle') === expected;
      },
      handle,
      { timeout },
    );
    return this.contract();
  }

  async contract(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const host = document.querySelector('creator-scout-overlay');
      const out: Record<string, string> = {};
      for (const attr of host?.getAttributeNames() ?? [])
        if (attr.startsWith('data-')) out[attr] = host?.getAttribute(attr) ?? '';
      return out;
    });
  }

  text(): Promise<string> {
    return this.host().locator('div').first().innerText();
  }
}

export function extensionPage(session: Session, path: string): Promise<Page> {
  return session.context.newPage().then(async (page) => {
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    return page;
  });
}
