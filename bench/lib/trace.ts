import type { CDPSession } from 'playwright-core';

/**
 * Chromium tracing over CDP, to find which main-thread tasks are ours: a task
 * (`RunTask`) is ours when something inside it runs a script of our extension
 * (EvaluateScript, v8.compile, FunctionCall… whose URL is chrome-extension://ID/).
 * Promise continuations carry no URL, so this can only under-count: the
 * main-thread totals therefore come from Performance.getMetrics instead.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; message?: string }; fileName?: string };
}

export interface Task {
  start: number;
  /** Milliseconds. */
  duration: number;
  ours: boolean;
  /**
   * Milliseconds from the first of our scripts in the task to its end: a
   * mutation observer of ours runs at the end of the task that changed the
   * DOM, so the site's own work earlier in that task (parsing, inserting,
   * the layout its scroll forces) is not counted as ours. 0 when not ours.
   */
  oursMs: number;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.fileName ?? '';

/** Top-level tasks of the renderer main thread that ran our extension's scripts. */
export function tasksOf(events: readonly TraceEvent[], extensionId: string): Task[] {
  const prefix = `chrome-extension://${extensionId}/`;
  const ourEvents = events.filter((e) => e.ph === 'X' && urlOf(e).startsWith(prefix));
  const thread = ourEvents[0];
  if (!thread) return [];
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.tid === thread.tid && e.pid === thread.pid)
    .sort((a, b) => a.ts - b.ts);
  const mine = ourEvents.filter((e) => e.tid === thread.tid && e.pid === thread.pid).sort((a, b) => a.ts - b.ts);
  let j = 0;
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    while (j < mine.length && (mine[j]?.ts ?? 0) < task.ts) j++;
    const firstOurs = mine[j]?.ts ?? Infinity;
    const ours = j < mine.length && firstOurs <= end;
    return { start: task.ts, duration: (task.dur ?? 0) / 1000, ours, oursMs: ours ? (end - firstOurs) / 1000 : 0 };
  });
}

/** performance.mark() timestamps in the trace (trace clock), by name. */
export function marksOf(events: readonly TraceEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) {
    if ((e.ph === 'R' || e.ph === 'I' || e.ph === 'n') && typeof e.name === 'string' && e.name.startsWith('bench:'))
      out.set(e.name, e.ts);
  }
  return out;
}
