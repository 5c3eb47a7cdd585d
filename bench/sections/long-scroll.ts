import { config } from '../lib/config';
import { EXTENSION_DIR, launchProfile, type BenchBrowser } from '../lib/chromium';
import { generateProfile, type BenchPlatform } from '../lib/pages';
import { PROBE_SCRIPT } from '../lib/probe';
import type { Figure } from '../lib/report';
import { summarize } from '../lib/stats';
import { marksOf, startTrace, tasksOf } from '../lib/trace';

/**
 * 2. Long scroll: a profile grid that grows by batches of 12 posts to 1,000,
 * as infinite scroll does. Our main-thread time per batch comes from a trace:
 * the tasks that ran our content script (bench/lib/trace.ts) between one
 * batch's mark and the next. (Subtracting a floor run's TaskDuration per
 * batch was tried first: on a shared 2-core machine its noise, ±20 ms per
 * batch, buried a few-ms signal.)
 */

const SECTION = '2 long scroll';
const BATCH = 12;
const EDGE = 10; // batches averaged at each end for "first" and "last"

async function scrollRun(
  browser: BenchBrowser,
  platform: BenchPlatform,
): Promise<{ perBatch: number[]; measured: string }> {
  const profile = generateProfile(platform, BATCH, BATCH);
  browser.serve(profile.url, profile.html);
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(profile.url, { waitUntil: 'load' });
  await page.waitForFunction(
    (k) => {
      const probe = (window as unknown as { __benchProbe?: { hostAt: number | null; settledAt: number | null } })
        .__benchProbe;
      return k === 'floor' ? probe?.hostAt != null : probe?.settledAt != null;
    },
    browser.kind,
    { timeout: 20_000, polling: 50 },
  );
  await page.waitForTimeout(config.settleMs);
  const stop = await startTrace(cdp);
  let batch = 0;
  for (let from = BATCH; from < config.scrollPosts; from += BATCH, batch++) {
    const html = profile.tiles(from, Math.min(BATCH, config.scrollPosts - from));
    // The site's own work (parsing and inserting the tiles) is not ours and is not counted.
    await page.evaluate(
      ({ html: tiles, container, mark }) => {
        performance.mark(mark);
        // The container recipe comes from the page generator (bench/lib/pages.ts).
        const target = new Function(`return ${container}`)() as Element;
        target.insertAdjacentHTML('beforeend', tiles);
        window.scrollTo(0, document.body.scrollHeight);
      },
      { html, container: profile.containerScript, mark: `bench:batch:${batch}` },
    );
    await page.waitForTimeout(config.scrollIntervalMs);
  }
  await page.evaluate((mark) => performance.mark(mark), `bench:batch:${batch}`);
  const events = await stop();
  const marks = marksOf(events);
  const tasks = tasksOf(events, browser.extensionId ?? '').filter((t) => t.ours);
  const perBatch: number[] = [];
  for (let i = 0; i < batch; i++) {
    const start = marks.get(`bench:batch:${i}`);
    const end = marks.get(`bench:batch:${i + 1}`);
    if (start === undefined || end === undefined) throw new Error(`bench: batch mark ${i} missing from the trace`);
    perBatch.push(tasks.filter((t) => t.start >= start && t.start < end).reduce((sum, t) => sum + t.oursMs, 0));
  }
  await page.waitForTimeout(config.settleMs);
  const measured = await page.evaluate(
    () => document.querySelector('creator-scout-overlay')?.getAttribute('data-posts-measured') ?? '',
  );
  await cdp.detach();
  await page.close();
  return { perBatch, measured };
}

export async function longScroll(): Promise<Figure[]> {
  const ours = await launchProfile('ours', EXTENSION_DIR);
  const figures: Figure[] = [];
  try {
    await ours.context.addInitScript({ content: PROBE_SCRIPT });
    for (const platform of ['tiktok', 'instagram'] as const) {
      const { perBatch, measured } = await scrollRun(ours, platform);
      const edge = Math.max(1, Math.min(EDGE, Math.floor(perBatch.length / 4)));
      const first = summarize(perBatch.slice(0, edge));
      const last = summarize(perBatch.slice(-edge));
      // Floored at 0.5 ms: below that, "flat" is met whatever the ratio says.
      const ratio = Math.max(last.median, 0.5) / Math.max(first.median, 0.5);
      const total = `${perBatch.length} batches to ${config.scrollPosts} posts; overlay posts-measured ${measured}`;
      figures.push(
        {
          section: SECTION,
          name: `${platform}: our main-thread time per batch, first ${edge}`,
          unit: 'ms',
          summary: first,
          budget: { limit: 4, comparison: '<=' },
          note: total,
        },
        {
          section: SECTION,
          name: `${platform}: our main-thread time per batch, last ${edge}`,
          unit: 'ms',
          summary: last,
          budget: { limit: 4, comparison: '<=' },
        },
        {
          section: SECTION,
          name: `${platform}: last / first (medians, floored at 0.5 ms)`,
          unit: '×',
          summary: summarize([ratio]),
          budget: { limit: 1.5, comparison: '<=' },
        },
        {
          section: SECTION,
          name: `${platform}: our time over all batches`,
          unit: 'ms',
          summary: summarize(perBatch),
          budget: { limit: 4, comparison: '<=' },
        },
      );
    }
  } finally {
    await ours.close();
  }
  return figures;
}
