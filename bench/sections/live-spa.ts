import type { Page } from 'playwright-core';
import * as X from '../../tests/fixtures/live/expected';
import { launch } from '../../tests/e2e/harness';
import { openInstagramHome, openTikTok, serveLiveSites } from '../../tests/e2e/live-site';
import { config } from '../lib/config';
import type { Figure } from '../lib/report';
import { summarize } from '../lib/stats';

/**
 * 8. Live SPA: in-site hops between profiles on the live fixture sites
 * (tests/fixtures/live), where the grid's counts exist only in the API
 * responses the site's own front-end fetches. Figure: from the URL change
 * (the site's pushState) until the overlay shows the new creator's API
 * figures (exact followers and the posts measured from the API's counts),
 * timed in the page with performance.now().
 */

const SECTION = '8 live SPA';
type Want = { handle: string; followers: string; measured: string };

/** Timestamps in the page: the site's pushState, and the overlay first showing what `__hopWant` names. */
const TIMER = `(() => {
  const w = window;
  const push = history.pushState;
  history.pushState = function (...args) { w.__hopAt = performance.now(); w.__hopDone = null; return push.apply(this, args); };
  const check = () => {
    const want = w.__hopWant;
    const host = document.querySelector('creator-scout-overlay');
    if (!want || !host || w.__hopDone != null) return;
    if (host.getAttribute('data-handle') === want.handle && host.getAttribute('data-followers') === want.followers && host.getAttribute('data-posts-measured') === want.measured) w.__hopDone = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-handle', 'data-followers', 'data-posts-measured'] });
})();`;

const want = (c: X.ExpectedCreator, measured: number): Want => ({
  handle: c.handle,
  followers: String(c.followers),
  measured: String(measured),
});

async function hop(page: Page, to: Want): Promise<number> {
  await page.evaluate((w) => Object.assign(window, { __hopWant: w, __hopDone: null, __hopAt: null }), to);
  await page.locator(`main a[href="/${to.handle}/"], a[href="/@${to.handle}"]`).first().click();
  await page.waitForFunction(() => (window as unknown as { __hopDone: number | null }).__hopDone != null, undefined, {
    timeout: 20_000,
    polling: 50,
  });
  return page.evaluate(() => {
    const w = window as unknown as { __hopDone: number; __hopAt: number };
    return w.__hopDone - w.__hopAt;
  });
}

async function hops(page: Page, cycle: readonly Want[], count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await hop(page, cycle[(i + 1) % cycle.length] as Want));
  return times;
}

export async function liveSpa(): Promise<Figure[]> {
  const session = await launch(new Map());
  const sites = await serveLiveSites(session.context);
  const half = Math.max(2, Math.round(config.liveHops / 2));
  let instagram: number[] = [];
  let tiktok: number[] = [];
  try {
    await session.context.addInitScript({ content: TIMER });
    const ig = await session.context.newPage();
    await openInstagramHome(ig);
    const igCycle = [want(X.A, X.A_ENGAGEMENT_BEFORE_SCROLL.postsMeasured), want(X.B, X.B_ENGAGEMENT.postsMeasured)];
    // From home to A first (not timed: the first visit of the tab), then A ↔ B.
    await hop(ig, igCycle[0] as Want);
    instagram = await hops(ig, igCycle, half);
    await ig.close();
    const tt = await session.context.newPage();
    await openTikTok(tt, X.D.handle);
    // The sidebar's links (E and F) stay as the first page drew them: D → E → F → E …
    // F's item_list answers with an empty body (unsigned call): its figures are the user detail's.
    const ttCycle = [want(X.F, X.F_ENGAGEMENT.postsMeasured), want(X.E, X.E_ENGAGEMENT.postsMeasured)];
    tiktok = await hops(tt, ttCycle, half);
    await tt.close();
    if (sites.foreignRequests().length > 0) throw new Error('bench 8: a request the page did not make');
  } finally {
    await sites.dispose();
    await session.close();
  }
  return [
    {
      section: SECTION,
      name: `instagram: URL change → overlay shows the new creator's API figures (${half} hops, lumen.trails ↔ moss.and.mug)`,
      unit: 'ms',
      summary: summarize(instagram),
      budget: { limit: 150, comparison: '<=' },
      note: 'profile + timeline over XHR GraphQL, parsed in the worker',
    },
    {
      section: SECTION,
      name: `tiktok: URL change → overlay shows the new creator's API figures (${half} hops, pebble.poems ↔ ferro.fit)`,
      unit: 'ms',
      summary: summarize(tiktok),
      budget: { limit: 150, comparison: '<=' },
      note: 'user/detail over XHR, item_list over fetch',
    },
  ];
}
