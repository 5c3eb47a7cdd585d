import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, launchArgs } from '../../tests/e2e/harness';

/**
 * The three browser profiles of the page-overhead comparison, launched the way
 * the end-to-end tests launch Chromium (tests/e2e/harness.ts). Pages are
 * served from memory at their real URLs; every other request is aborted.
 */
export type ProfileKind = 'none' | 'floor' | 'ours';

export interface BenchBrowser {
  kind: ProfileKind;
  context: BrowserContext;
  worker: Worker | null;
  extensionId: string | null;
  /** Serve `html` at `url` (document requests only). */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

export { CHROMIUM, EXTENSION_DIR };

/** The content-script `matches` of the extension under test, from its built manifest. */
export function builtMatches(extensionDir = EXTENSION_DIR): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[] }[];
  };
  return [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []))];
}

/**
 * The floor: a minimal MV3 extension whose content script has our matches and
 * only attaches an empty <creator-scout-overlay> shadow host, i.e. what any
 * content script showing any overlay costs. Written to a temp dir per run.
 */
export async function writeFloorExtension(matches: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'creator-scout-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Creator Scout floor (benchmark)',
    version: '1.0.0',
    content_scripts: [{ matches, run_at: 'document_idle', js: ['floor.js'] }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(
    join(dir, 'floor.js'),
    "const host = document.createElement('creator-scout-overlay');\nhost.attachShadow({ mode: 'open' });\ndocument.body.append(host);\n",
  );
  return dir;
}

const BASE_ARGS = launchArgs('').filter(
  (a) => !a.startsWith('--disable-extensions-except') && !a.startsWith('--load-extension'),
);

export async function launchProfile(kind: ProfileKind, extensionDir: string | null): Promise<BenchBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it or set CHROMIUM_PATH.`);
  const userDataDir = await mkdtemp(join(tmpdir(), `creator-scout-bench-${kind}-`));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: extensionDir ? launchArgs(extensionDir) : BASE_ARGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const pages = new Map<string, string>();
  await context.route(/^https?:\/\//, (route) => route.abort());
  await context.route(/^https:\/\/www\.(instagram|tiktok)\.com\//, (route) => {
    const request = route.request();
    const u = new URL(request.url());
    const html = pages.get(`${u.origin}${u.pathname.replace(/\/+$/, '')}`);
    if (request.resourceType() !== 'document' || html === undefined) return route.abort();
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
  let worker: Worker | null = null;
  let extensionId: string | null = null;
  if (kind === 'ours') {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  // Let start-up work (extension install, first worker run) finish before any measurement.
  await new Promise((r) => setTimeout(r, 500));
  return {
    kind,
    context,
    worker,
    extensionId,
    serve(url, html) {
      const u = new URL(url);
      pages.set(`${u.origin}${u.pathname.replace(/\/+$/, '')}`, html);
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
