import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { fixtures } from '../../tests/fixtures/fixtures';
import { config } from '../lib/config';
import { EXTENSION_DIR, launchProfile } from '../lib/chromium';
import type { Figure } from '../lib/report';
import { summarize } from '../lib/stats';

/**
 * 3. SPA hops: profile-to-profile navigations inside one page, as the site
 * does (history.pushState, then the app swaps its DOM; the embedded JSON
 * still describes the first profile). Figure: URL change → overlay showing
 * the new creator. Leaks: event listeners (Memory.getDOMCounters) and live
 * MutationObservers in our content script's world, before and after.
 */

const SECTION = '3 SPA hops';
const HANDLES = ['janedoe', 'marco.rossi', 'mira.slowlife', 'lena.bakes', 'lucia.viaja'];

function profileFixture(handle: string) {
  const f = fixtures.find(
    (x) => x.platform === 'instagram' && x.pageKind === 'profile' && x.expected.handle === handle,
  );
  if (!f) throw new Error(`bench: no Instagram fixture for ${handle}`);
  return { ...f, html: readFileSync(`tests/fixtures/${f.file}`, 'utf8') };
}

/**
 * Live MutationObservers in the isolated world named `worldName` (after a GC).
 * The array queryObjects returns holds every observer it found: it must be
 * released, or the count itself keeps them alive (it did: one more observer
 * "leaked" per count taken).
 */
async function liveObservers(cdp: CDPSession, contextId: number): Promise<number> {
  const objectGroup = 'bench-counters';
  try {
    const proto = await cdp.send('Runtime.evaluate', {
      expression: 'MutationObserver.prototype',
      contextId,
      objectGroup,
    });
    const objects = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: proto.result.objectId ?? '',
      objectGroup,
    });
    const length = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objects.objectId ?? '',
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
      objectGroup,
    });
    return Number(length.result.value);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

async function counters(cdp: CDPSession, contextId: number) {
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { listeners: dom.jsEventListeners, observers: await liveObservers(cdp, contextId) };
}

async function hop(page: Page, url: string, html: string, handle: string): Promise<number> {
  return page.evaluate(
    ({ url: next, html: markup, handle: expected }) =>
      new Promise<number>((resolve) => {
        const parsed = new DOMParser().parseFromString(markup, 'text/html');
        for (const s of parsed.body.querySelectorAll('script')) s.remove();
        const host = document.querySelector('creator-scout-overlay');
        const shows = () => {
          const h = document.querySelector('creator-scout-overlay');
          const state = h?.getAttribute('data-state');
          return h?.getAttribute('data-handle') === expected && !!state && state !== 'loading';
        };
        const t0 = performance.now();
        const done = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - t0);
        };
        const observer = new MutationObserver(() => shows() && done());
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['data-state', 'data-handle'],
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(Number.NaN);
        }, 5_000);
        history.pushState({}, '', next);
        for (const child of [...document.body.children]) if (child !== host) child.remove();
        for (const child of [...parsed.body.children]) document.body.insertBefore(document.adoptNode(child), host);
      }),
    { url, html, handle },
  );
}

export async function spaHops(): Promise<Figure[]> {
  const browser = await launchProfile('ours', EXTENSION_DIR);
  const pages = HANDLES.map(profileFixture);
  for (const p of pages) browser.serve(p.url, p.html);
  const latencies: number[] = [];
  let before = { listeners: Number.NaN, observers: Number.NaN };
  let after = before;
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const contexts: { id: number; name: string; type: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) =>
      contexts.push({ id: e.context.id, name: e.context.name, type: String(e.context.auxData?.['type'] ?? '') }),
    );
    const first = pages[0];
    if (!first) throw new Error('bench: no SPA pages');
    await page.goto(first.url);
    await page.waitForFunction(
      (h) => document.querySelector('creator-scout-overlay')?.getAttribute('data-handle') === h,
      first.expected.handle,
      { timeout: 20_000 },
    );
    await cdp.send('Runtime.enable');
    await page.waitForTimeout(200);
    const ours = contexts.find((c) => c.type === 'isolated' && c.name === 'Creator Scout');
    if (!ours) throw new Error('bench: content script world not found');
    // One warm-up hop there and back, so "before" counts a page view that has already been replaced once.
    const second = pages[1] ?? first;
    await hop(page, second.url, second.html, second.expected.handle);
    await hop(page, first.url, first.html, first.expected.handle);
    await page.waitForTimeout(500);
    before = await counters(cdp, ours.id);
    for (let i = 0; i < config.spaHops; i++) {
      const next = pages[(i + 1) % pages.length] ?? first;
      latencies.push(await hop(page, next.url, next.html, next.expected.handle));
    }
    // Back to the profile "before" was counted on, so the DOM is comparable.
    const back = pages[config.spaHops % pages.length] === first ? null : first;
    if (back) await hop(page, back.url, back.html, back.expected.handle);
    await page.waitForTimeout(500);
    after = await counters(cdp, ours.id);
    await page.close();
  } finally {
    await browser.close();
  }
  const hops = `${config.spaHops} hops over ${HANDLES.length} Instagram profiles`;
  return [
    {
      section: SECTION,
      name: 'URL change → overlay shows new creator',
      unit: 'ms',
      summary: summarize(latencies),
      budget: { limit: 150, comparison: '<=' },
      note: `${hops}; ${latencies.filter((v) => !Number.isFinite(v)).length} timed out`,
    },
    {
      section: SECTION,
      name: 'event listeners after − before',
      unit: '',
      summary: summarize([after.listeners - before.listeners]),
      budget: { limit: 0, comparison: '<=' },
      note: `${before.listeners} → ${after.listeners}`,
    },
    {
      section: SECTION,
      name: 'live MutationObservers (ours) after − before',
      unit: '',
      summary: summarize([after.observers - before.observers]),
      budget: { limit: 0, comparison: '<=' },
      note: `${before.observers} → ${after.observers}`,
    },
  ];
}
