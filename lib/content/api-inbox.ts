import type { ApiBody, ApiFacts } from '@/adapters/common/api';
import { listenForBodies } from '@/lib/page-world/bridge';

/**
 * The isolated side of the page-world observer: bodies of the site's own API
 * responses arrive as strings (lib/page-world/bridge.ts) and are parsed here,
 * in idle time, one after another, so the site's own rendering of the same
 * response goes first. Parsing here costs the page's main thread less than
 * handing a 200 kB string to the worker would: the extension message's
 * serialisation alone took ~3 ms per body (bench section 7), the parse of a
 * 200 kB timeline takes ~0.5 ms.
 */

/** Bodies waiting at most; the newest describe what is on screen, so the oldest go first. */
const MAX_QUEUED = 30;
/** An idle callback comes at the latest after this, even on a busy page. */
const IDLE_TIMEOUT_MS = 50;

type Idle = (cb: (deadline?: { timeRemaining(): number }) => void, opts: { timeout: number }) => number;

export function startApiInbox(
  doc: Document,
  parse: (body: ApiBody) => ApiFacts,
  onFacts: (facts: ApiFacts) => void,
  signal?: AbortSignal,
): void {
  const queue: ApiBody[] = [];
  let scheduled = false;
  const view = doc.defaultView;
  const idle: Idle =
    view && 'requestIdleCallback' in view
      ? (cb, opts) => view.requestIdleCallback(cb, opts)
      : (cb) => Number(setTimeout(cb, 0));

  const run = (deadline?: { timeRemaining(): number }) => {
    scheduled = false;
    if (signal?.aborted) return;
    while (queue.length > 0) {
      const body = queue.shift();
      if (body) {
        try {
          onFacts(parse(body));
        } catch (error) {
          // The parsers never throw by contract; one that did must not stop the bodies after it.
          console.warn('[creator-scout] an API response could not be read:', error);
        }
      }
      if (deadline && deadline.timeRemaining() <= 0) break;
    }
    if (queue.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    idle(run, { timeout: IDLE_TIMEOUT_MS });
  };

  listenForBodies(
    doc,
    (body) => {
      if (queue.length >= MAX_QUEUED) queue.shift();
      queue.push(body);
      schedule();
    },
    signal,
  );
}
