import { describe, it } from 'vitest';
import { builtMatches, EXTENSION_DIR, launchProfile, writeFloorExtension, type BenchBrowser } from './lib/chromium';
import { generateProfile } from './lib/pages';
import { startTrace, type TraceEvent } from './lib/trace';

/**
 * Diagnostic, not a figure: where the page's main-thread time goes, by trace
 * event (self time), floor against Creator Scout, on the page-overhead page.
 * `BENCH_TRACE=1 npx vitest run --project bench bench/trace-breakdown.bench-run.ts`
 */

const RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 5);

function selfTimes(events: readonly TraceEvent[]): Map<string, number> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name));
  // The page's renderer main thread: the CrRendererMain with the most task time.
  const busy = new Map<string, number>();
  for (const e of events) {
    const id = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && names.get(id) === 'CrRendererMain')
      busy.set(id, (busy.get(id) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const spans = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out = new Map<string, number>();
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const pop = () => {
    const top = stack.pop();
    if (!top) return;
    out.set(top.name, (out.get(top.name) ?? 0) + (top.dur - top.child) / 1000);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += top.dur;
  };
  for (const e of spans) {
    while (stack.length && (stack[stack.length - 1]?.end ?? 0) <= e.ts) pop();
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, child: 0, dur: e.dur ?? 0 });
  }
  while (stack.length) pop();
  return out;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** CPU profile self time (ms) of our extension's functions, by name and line. */
const functions = new Map<string, number>();

function addProfile(
  profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] },
  prefix: string,
): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] ?? -1);
    if (!node || !node.callFrame.url.startsWith(prefix)) continue;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.slice(prefix.length)}:${node.callFrame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000 / RUNS);
  }
}

async function traced(browser: BenchBrowser, url: string, record = false): Promise<Map<string, number>> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const profiling = record && browser.extensionId !== null;
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const stop = profiling ? null : await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1_500);
  const events = stop ? await stop() : [];
  if (profiling)
    addProfile((await cdp.send('Profiler.stop')).profile as never, `chrome-extension://${browser.extensionId}/`);
  await cdp.detach();
  await page.close();
  return selfTimes(events);
}

describe.skipIf(process.env.BENCH_TRACE !== '1')('trace breakdown (diagnostic)', () => {
  it('prints main-thread self time by trace event, ours − floor', async () => {
    const profile = generateProfile('instagram', 72);
    const floor = await launchProfile('floor', await writeFloorExtension(builtMatches()));
    const ours = await launchProfile('ours', EXTENSION_DIR);
    const totals = { floor: new Map<string, number>(), ours: new Map<string, number>() };
    try {
      for (const b of [floor, ours]) {
        b.serve(profile.url, profile.html);
        await traced(b, profile.url);
      }
      for (let run = 0; run < RUNS; run++) {
        for (const [kind, b] of [
          ['floor', floor],
          ['ours', ours],
        ] as const) {
          for (const [name, ms] of await traced(b, profile.url))
            totals[kind].set(name, (totals[kind].get(name) ?? 0) + ms / RUNS);
          if (kind === 'ours') await traced(b, profile.url, true);
        }
      }
    } finally {
      await floor.close();
      await ours.close();
    }
    const names = new Set([...totals.floor.keys(), ...totals.ours.keys()]);
    const rows = [...names]
      .map((n) => ({ n, floor: totals.floor.get(n) ?? 0, ours: totals.ours.get(n) ?? 0 }))
      .sort((a, b) => b.ours - b.floor - (a.ours - a.floor));
    const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_TRACE_TOP ?? 40));
    console.log(
      `Our functions, self time per load (CPU profile; build with CS_MINIFY=0 for names):\n${top.map(([k, ms]) => `${ms.toFixed(2).padStart(8)} ms  ${k}`).join('\n')}`,
    );
    console.log(
      rows
        .slice(0, 30)
        .map(
          (r) =>
            `${(r.ours - r.floor).toFixed(2).padStart(8)} ms  ${r.ours.toFixed(2).padStart(8)} ${r.floor.toFixed(2).padStart(8)}  ${r.n}`,
        )
        .join('\n'),
    );
  });
});
