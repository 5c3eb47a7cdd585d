import type { CDPSession } from 'playwright-core';
import { config } from '../lib/config';
import { timelineBody } from '../lib/api-bodies';
import { EXTENSION_DIR, launchProfile, type BenchBrowser } from '../lib/chromium';
import type { Figure } from '../lib/report';
import { paired, summarize } from '../lib/stats';

/**
 * 7. The page-world observer (lib/page-world/): what the site's own API calls
 * cost the page's main thread because we observe them. A page on
 * www.instagram.com makes the same XHRs in a browser without the extension and
 * in ours, alternating; each figure is the paired difference of main-thread
 * TaskDuration, divided by the number of responses:
 *  - a 200 kB timeline body we read: the clone, the root-key check, the
 *    hand-over to the isolated world, and there, at idle time, the parse
 *    (JSON.parse and zod, adapters/instagram/api.ts) and the facts kept;
 *  - a request we do not read (a notifications query): the URL and body filter only.
 * The page is /explore/ (no creator): the figure is the observer's, not a page read's.
 */

const SECTION = '7 API observer';
const PAGE = 'https://www.instagram.com/explore/';
const READ_NAME = 'PolarisProfilePostsQuery';
const SKIP_NAME = 'PolarisNotificationsBadgeQuery';

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/** Main-thread ms per response for `count` XHRs named `name`, after the page settled. */
async function round(browser: BenchBrowser, name: string, count: number): Promise<number> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(PAGE, { waitUntil: 'load' });
  await page.waitForTimeout(config.settleMs);
  const before = await taskMs(cdp);
  await page.evaluate(
    async ({ name: query, count: n }) => {
      for (let i = 0; i < n; i++) {
        await new Promise<void>((resolve) => {
          const xhr = new XMLHttpRequest();
          xhr.open('POST', '/graphql/query');
          xhr.setRequestHeader('content-type', 'application/x-www-form-urlencoded');
          xhr.addEventListener('loadend', () => resolve());
          xhr.send(`fb_api_req_friendly_name=${query}&variables=%7B%22id%22%3A%225550001%22%7D&doc_id=1`);
        });
      }
    },
    { name, count },
  );
  // Our share finishes after the site's: the clone is read, handed over, and the worker's facts come back.
  await page.waitForTimeout(config.settleMs);
  const after = await taskMs(cdp);
  await cdp.detach();
  await page.close();
  return (after - before) / count;
}

export async function apiObserver(): Promise<Figure[]> {
  const body = timelineBody(200_000);
  const skipped = JSON.stringify({ data: { viewer: { badge_count: 3 } }, status: 'ok' });
  const count = config.observerResponses;
  const browsers: Record<'none' | 'ours', BenchBrowser> = {
    none: await launchProfile('none', null),
    ours: await launchProfile('ours', EXTENSION_DIR),
  };
  const runs: Record<'none' | 'ours', { read: number[]; skip: number[] }> = {
    none: { read: [], skip: [] },
    ours: { read: [], skip: [] },
  };
  try {
    for (const b of Object.values(browsers)) {
      b.serve(PAGE, '<!doctype html><html><head><title>Explore</title></head><body><main>explore</main></body></html>');
      // Later routes win: the API answers from memory, as the site's would.
      await b.context.route('https://www.instagram.com/graphql/query', async (route) => {
        const form = route.request().postData() ?? '';
        await route.fulfill({ contentType: 'application/json', body: form.includes(READ_NAME) ? body : skipped });
      });
      await round(b, READ_NAME, 2); // warm-up, not recorded
    }
    const kinds: Array<'none' | 'ours'> = ['none', 'ours'];
    for (let run = 0; run < config.observerRuns; run++) {
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(run + k) % 2] as 'none' | 'ours';
        runs[kind].read.push(await round(browsers[kind], READ_NAME, count));
        runs[kind].skip.push(await round(browsers[kind], SKIP_NAME, count));
      }
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
  }
  const kb = Math.round(body.length / 1000);
  return [
    {
      section: SECTION,
      name: `ours − none: main-thread time per observed response (${kb} kB timeline, XHR)`,
      unit: 'ms',
      summary: summarize(paired(runs.ours.read, runs.none.read)),
      budget: { limit: 1, comparison: '<=' },
      note: `${count} responses a run; parsed in the content script (isolated world) at idle time`,
    },
    {
      section: SECTION,
      name: 'ours − none: main-thread time per request we do not read',
      unit: 'ms',
      summary: summarize(paired(runs.ours.skip, runs.none.skip)),
      budget: { limit: 0.05, comparison: '<=' },
      note: 'filtered on URL and form body before any clone',
    },
  ];
}
