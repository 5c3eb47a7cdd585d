/**
 * Main-world probe installed in every benchmarked page (identical in all three
 * browser profiles, so its own small cost cancels out): records when the
 * overlay host appears and when its data-state first settles, in ms since
 * navigation start (performance.now()).
 */
export interface ProbeResult {
  hostAt: number | null;
  settledAt: number | null;
  state: string | null;
  handleAt: Record<string, number>;
}

export const PROBE_SCRIPT = `(() => {
  const probe = { hostAt: null, settledAt: null, state: null, handleAt: {} };
  window.__benchProbe = probe;
  const watchHost = (host) => {
    if (probe.hostAt === null) probe.hostAt = performance.now();
    const check = () => {
      const state = host.getAttribute('data-state');
      if (state && state !== 'loading') {
        if (probe.settledAt === null) { probe.settledAt = performance.now(); probe.state = state; }
        const handle = host.getAttribute('data-handle');
        if (handle && !(handle in probe.handleAt)) probe.handleAt[handle] = performance.now();
      }
    };
    check();
    new MutationObserver(check).observe(host, { attributes: true, attributeFilter: ['data-state', 'data-handle'] });
  };
  const start = () => {
    const found = document.querySelector('creator-scout-overlay');
    if (found) return watchHost(found);
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeName === 'CREATOR-SCOUT-OVERLAY') { observer.disconnect(); watchHost(n); return; }
      }
    });
    observer.observe(document.body, { childList: true });
  };
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start, { once: true });
})();`;
