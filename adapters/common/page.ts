/**
 * Page-wide helpers: visible text (for state phrases) without script bodies,
 * whose JSON often carries every UI string of the app.
 */

const MAX_VISIBLE_CHARS = 200_000;
const HIDDEN_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function visibleText(doc: Document): string {
  const body = doc.body;
  if (!body) return doc.title;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [doc.title];
  let length = doc.title.length;
  for (let node = walker.nextNode(); node && length < MAX_VISIBLE_CHARS; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && HIDDEN_PARENTS.has(parent.tagName)) continue;
    // One 5 MB text node must not make every phrase test scan 5 MB.
    const text = (node.textContent ?? '').slice(0, MAX_VISIBLE_CHARS - length);
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ');
}
