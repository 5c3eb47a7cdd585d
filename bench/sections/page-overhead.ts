import type { CDPSession, Page } from 'playwright-core';
import { config } from '../lib/config';
import {
  builtMatches,
  EXTENSION_DIR,
  launchProfile,
  writeFloorExtension,
  type BenchBrowser,
  type ProfileKind,
} from '../lib/chromium';
import { generateProfile } from '../lib/pages';
import { PROBE_SCRIPT, type ProbeResult } from '../lib/probe';
import type { Figure } from '../lib/report';
import { paired, summarize } from '../lib/stats';
import { startTrace, tasksOf } from '../lib/trace';

/**
 * 1. Page overhead: one large profile page loaded in three browser profiles
 * (no extension, the floor extension, Creator Scout), alternating, with the
 * order rotated every run. Each figure is a median of paired differences.
 */

interface Load {
  taskMs: number;
  scriptMs: number;
  heapMb: number;
  probe: ProbeResult;
}

const SECTION = '1 page overhead';
const metric = (metrics: { name: string; value: number }[], name: string) =>
  metrics.find((m) => m.name === name)?.value ?? Number.NaN;

async function waitForOverlay(page: Page, kind: ProfileKind): Promise<void> {
  if (kind === 'none') return;
  await page.waitForFunction(
    (k) => {
      const probe = (window as unknown as { __benchProbe?: ProbeResult }).__benchProbe;
      return k === 'floor' ? probe?.hostAt != null : probe?.settledAt != null;
    },
    kind,
    { timeout: 20_000, polling: 50 },
  );
}

async function loadOnce(
  browser: BenchBrowser,
  url: string,
  traced: boolean,
): Promise<Load & { longestOursMs: number | null }> {
  const page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const stop = traced ? await startTrace(cdp) : null;
  await page.goto(url, { waitUntil: 'load' });
  await waitForOverlay(page, browser.kind);
  await page.waitForTimeout(config.settleMs);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const probe = await page.evaluate(() => (window as unknown as { __benchProbe: ProbeResult }).__benchProbe);
  let longestOursMs: number | null = null;
  if (stop && browser.extensionId) {
    const ours = tasksOf(await stop(), browser.extensionId).filter((t) => t.ours);
    longestOursMs = Math.max(0, ...ours.map((t) => t.duration));
  }
  await cdp.detach();
  await page.close();
  return {
    taskMs: metric(metrics, 'TaskDuration') * 1000,
    scriptMs: metric(metrics, 'ScriptDuration') * 1000,
    heapMb: metric(metrics, 'JSHeapUsedSize') / 2 ** 20,
    probe,
    longestOursMs,
  };
}

export async function pageOverhead(): Promise<Figure[]> {
  const profile = generateProfile('instagram', 72);
  const floorDir = await writeFloorExtension(builtMatches());
  const browsers: Record<ProfileKind, BenchBrowser> = {
    none: await launchProfile('none', null),
    floor: await launchProfile('floor', floorDir),
    ours: await launchProfile('ours', EXTENSION_DIR),
  };
  const runs: Record<ProfileKind, Load[]> = { none: [], floor: [], ours: [] };
  const longest: number[] = [];
  const kinds: ProfileKind[] = ['none', 'floor', 'ours'];
  try {
    for (const b of Object.values(browsers)) {
      b.serve(profile.url, profile.html);
      await b.context.addInitScript({ content: PROBE_SCRIPT });
      await loadOnce(b, profile.url, false); // warm-up, not recorded
    }
    for (let run = 0; run < config.overheadRuns; run++) {
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(run + k) % kinds.length] as ProfileKind;
        runs[kind].push(await loadOnce(browsers[kind], profile.url, false));
      }
    }
    // Traced loads are separate: tracing slows every task, so it must not touch the figures above.
    const tracedRuns = Math.max(2, Math.ceil(config.overheadRuns / 3));
    for (let run = 0; run < tracedRuns; run++)
      longest.push((await loadOnce(browsers.ours, profile.url, true)).longestOursMs ?? Number.NaN);
  } finally {
    for (const b of Object.values(browsers)) await b.close();
  }
  const pick = (kind: ProfileKind, f: (l: Load) => number) => runs[kind].map(f);
  const oursVsFloor = (f: (l: Load) => number) => summarize(paired(pick('ours', f), pick('floor', f)));
  const floorVsNone = (f: (l: Load) => number) => summarize(paired(pick('floor', f), pick('none', f)));
  const states = [...new Set(runs.ours.map((l) => l.probe.state))].join('/');
  const page = `${profile.platform} @${profile.handle}, 72 posts`;
  return [
    {
      section: SECTION,
      name: 'floor − none: main-thread TaskDuration',
      unit: 'ms',
      summary: floorVsNone((l) => l.taskMs),
      budget: null,
      note: 'any content script',
    },
    {
      section: SECTION,
      name: 'ours − floor: main-thread TaskDuration',
      unit: 'ms',
      summary: oursVsFloor((l) => l.taskMs),
      budget: { limit: 16, comparison: '<=' },
      note: page,
    },
    {
      section: SECTION,
      name: 'ours − floor: ScriptDuration',
      unit: 'ms',
      summary: oursVsFloor((l) => l.scriptMs),
      budget: { limit: 16, comparison: '<=' },
    },
    {
      section: SECTION,
      name: 'longest task of ours (traced loads)',
      unit: 'ms',
      summary: summarize(longest),
      budget: { limit: 50, comparison: '<=' },
      judge: 'max',
    },
    {
      section: SECTION,
      name: 'ours − floor: JS heap after GC',
      unit: 'MB',
      summary: oursVsFloor((l) => l.heapMb),
      budget: { limit: 5, comparison: '<=' },
    },
    {
      section: SECTION,
      name: 'overlay settled − floor host appeared',
      unit: 'ms',
      summary: summarize(
        paired(
          pick('ours', (l) => l.probe.settledAt ?? Number.NaN),
          pick('floor', (l) => l.probe.hostAt ?? Number.NaN),
        ),
      ),
      budget: { limit: 100, comparison: '<=' },
      note: `state ${states}`,
    },
    {
      section: SECTION,
      name: 'navigation → overlay settled (ours)',
      unit: 'ms',
      summary: summarize(pick('ours', (l) => l.probe.settledAt ?? Number.NaN)),
      budget: null,
    },
  ];
}
