/**
 * Resolve with the first non-null value of `check`, re-checked after DOM
 * mutations (at most once per `throttleMs`), or null after `timeoutMs` or when
 * `signal` aborts. No polling: a MutationObserver wakes it.
 */
export function waitFor<T>(
  check: () => T | null,
  signal: AbortSignal,
  { timeoutMs = 8000, throttleMs = 50, root = document.documentElement as Node } = {},
): Promise<T | null> {
  const first = check();
  if (first !== null || signal.aborted) return Promise.resolve(first);
  return new Promise((resolve) => {
    let scheduled: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(scheduled);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      if (scheduled !== undefined) return;
      scheduled = setTimeout(() => {
        scheduled = undefined;
        const value = check();
        if (value !== null) finish(value);
      }, throttleMs);
    });
    const timer = setTimeout(() => finish(check()), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}
