/**
 * A seam for the lifecycle end-to-end test (tests/e2e/lifecycle.e2e.ts): it
 * holds a save in the worker, before or after it is stored, so the worker can
 * be stopped while the save is known to be in flight.
 *
 * The test sets `globalThis.__csTestGate` with Playwright's worker.evaluate.
 * Nothing else can: no page, content script or extension page reaches the
 * service worker's global, and the extension never sets it. Unset, a request
 * goes straight to its handler: one property read, no extra await. A stopped
 * worker starts with a fresh global, so the gate never outlives the test's
 * stop. It stays in the build on purpose: the end-to-end tests run the build
 * that ships, not a test build.
 */
type Gate = (message: unknown, tabId: number | null, run: () => Promise<unknown>) => Promise<unknown>;

export function withTestGate<D, R>(
  handler: (db: D, message: unknown, tabId: number | null, now: number) => Promise<R>,
): (db: D, message: unknown, tabId: number | null, now: number) => Promise<R> {
  return (db, message, tabId, now) => {
    const gate = (globalThis as { __csTestGate?: Gate }).__csTestGate;
    const run = () => handler(db, message, tabId, now);
    return typeof gate === 'function' ? (gate(message, tabId, run) as Promise<R>) : run();
  };
}
