/**
 * Collects the elements added to the page (infinite scroll, late rendering)
 * and hands them over in batches once the DOM has been quiet for `quietMs`,
 * or at the latest every `maxWaitMs` while it keeps changing (a long scroll
 * must not starve the overlay). A batch holds at most `maxPending` roots;
 * beyond that it says `overflow` and the caller reads the page once instead.
 * Stops when `signal` aborts.
 */
export type AddedBatch = { added: Element[]; overflow: boolean };

export function observeAdded(
  onBatch: (batch: AddedBatch) => void,
  signal: AbortSignal,
  { quietMs = 300, maxWaitMs = 1500, maxPending = 500, root = document.body as Node } = {},
): void {
  let pending: Element[] = [];
  let overflow = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    const batch = { added: pending, overflow };
    pending = [];
    overflow = false;
    if (!signal.aborted && (batch.added.length > 0 || batch.overflow)) onBatch(batch);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (pending.length < maxPending) pending.push(node as Element);
        else overflow = true;
      }
    }
    if (pending.length === 0 && !overflow) return;
    clearTimeout(quiet);
    quiet = setTimeout(flush, quietMs);
    deadline ??= setTimeout(flush, maxWaitMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  // once: an aborted signal that something still holds must not keep this
  // observer (and the page view it closes over) alive through its listener.
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(deadline);
    },
    { once: true },
  );
}
