import type { Page } from 'playwright-core';

/**
 * Where hostile page text must never end up as markup: a scan of a view's DOM
 * for anything that could run code or navigate to script. It checks what was
 * rendered, not whether a payload ran: in the popup, side panel and settings
 * page MV3's CSP blocks inline handlers, so a trap on window cannot fire there
 * even when a name was rendered as HTML. Every view also gets a positive
 * control (`scanControl`): a handler and a script URL put into the view's own
 * DOM must be reported, so a scan that looks at the wrong root fails.
 */

/** `document`: an extension page (the page's own module scripts in <head> excepted); `overlay`: our shadow root on a site page. */
export type ScanTarget = 'document' | 'overlay';

/** Runs in the page (serialised by Playwright): every hazard under the target root, open shadow roots included. */
function scanInPage(target: ScanTarget): string[] {
  const root: ParentNode | null | undefined =
    target === 'overlay' ? document.querySelector('creator-scout-overlay')?.shadowRoot : document.documentElement;
  if (!root) return [`no ${target} root`];
  const found: string[] = [];
  const ELEMENTS = ['script', 'iframe', 'frame', 'object', 'embed', 'portal'];
  const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
  // Browsers drop ASCII tabs, newlines and controls from URLs: "java\tscript:" runs.
  const scriptUrl = (value: string) => {
    const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
    return (
      squeezed.startsWith('javascript:') || squeezed.startsWith('vbscript:') || squeezed.startsWith('data:text/html')
    );
  };
  const describe = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      const ownScript =
        target === 'document' &&
        el.localName === 'script' &&
        el.parentElement === document.head &&
        (el as HTMLScriptElement).src.startsWith(location.origin + '/');
      if (ELEMENTS.includes(el.localName) && !ownScript) found.push(describe(el));
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name) ?? '';
        if (name.toLowerCase().startsWith('on')) found.push(`${describe(el)}[${name}]`);
        if (name === 'srcdoc') found.push(`${describe(el)}[srcdoc]`);
        if (URL_ATTRS.includes(name.toLowerCase()) && scriptUrl(value))
          found.push(`${describe(el)}[${name}=${value.slice(0, 24)}]`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Hazards in a view: empty when it rendered page text as text only. */
export function scanView(page: Page, target: ScanTarget = 'document'): Promise<string[]> {
  return page.evaluate(scanInPage, target);
}

/**
 * Positive control: puts `<img onerror>` and `<a href="javascript:…">` into the
 * view's root (the overlay's shadow root, or the extension page's body), scans,
 * and takes them out again. Returns what the scan reported beyond what it
 * found before; the caller expects exactly those two. The handler does nothing if it ever runs.
 */
export async function scanControl(page: Page, target: ScanTarget = 'document'): Promise<string[]> {
  // Only what the control adds counts: the view may hold hazards of its own (the main scan reports those).
  const before = await scanView(page, target);
  await page.evaluate((t) => {
    const root = t === 'overlay' ? document.querySelector('creator-scout-overlay')?.shadowRoot : document.body;
    if (!root) throw new Error(`no ${t} root for the control`);
    const box = document.createElement('div');
    box.id = 'cs-scan-control';
    const img = document.createElement('img');
    img.setAttribute('onerror', 'void 0');
    const link = document.createElement('a');
    link.setAttribute('href', ' JaVa\tScRiPt:void 0');
    link.textContent = 'control';
    box.append(img, link);
    // Deep inside the view, not at its top: the scan must reach nested nodes.
    (root.querySelector('main, section, article, div') ?? root).append(box);
  }, target);
  try {
    const after = await scanView(page, target);
    for (const hazard of before) {
      const at = after.indexOf(hazard);
      if (at >= 0) after.splice(at, 1);
    }
    return after;
  } finally {
    await page.evaluate((t) => {
      const root = t === 'overlay' ? document.querySelector('creator-scout-overlay')?.shadowRoot : document;
      root?.querySelector('#cs-scan-control')?.remove();
    }, target);
  }
}
