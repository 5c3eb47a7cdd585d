import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { routeKey } from './harness';

/**
 * Pages made at test time (variants of the saved fixtures), served at real
 * URLs. Registered after the harness's routes, so these win; any other URL
 * falls back to the harness (fixtures, or aborted).
 */
export async function servePages(context: BrowserContext, pages: ReadonlyMap<string, string>): Promise<void> {
  const byKey = new Map([...pages].map(([url, html]) => [routeKey(url), html]));
  await context.route(/^https:\/\/www\.(instagram|tiktok)\.com\//, (route) => {
    const request = route.request();
    const html = byKey.get(routeKey(request.url()));
    if (request.resourceType() !== 'document' || html === undefined) return route.fallback();
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
}

export function readFixture(file: string): Promise<string> {
  return readFile(join('tests/fixtures', file), 'utf8');
}

/** The janedoe fixture as another creator: every "janedoe" (URL, JSON, header) becomes `handle`. */
export async function instagramVariant(handle: string): Promise<{ url: string; html: string }> {
  const html = (await readFixture('instagram/janedoe.html')).replaceAll('janedoe', handle);
  return { url: `https://www.instagram.com/${handle}/`, html };
}
