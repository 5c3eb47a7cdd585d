/**
 * Hostile variants of the saved fixture pages, made at test time: every text
 * field a creator controls (display name, bio, captions, comments) is set to
 * one hostile string, in the embedded JSON (escaped as the sites escape it)
 * and in the visible HTML (HTML-escaped, as the sites render it). Objects
 * that get one also get prototype-pollution keys.
 */

/** JSON keys of creator-written text, on both sites. */
const TEXT_KEYS = new Set(['full_name', 'biography', 'text', 'nickname', 'signature', 'desc', 'title']);
/** Name and bio only: where a very long string goes (in every comment it would make a huge page). */
const PROFILE_KEYS = new Set(['full_name', 'biography', 'nickname', 'signature']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** As sites embed JSON in a script: nothing in it can end the script element. */
const scriptJson = (value: Json) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

function pollute(obj: { [key: string]: Json }): void {
  for (const [key, value] of [
    ['__proto__', { polluted: 'yes', toString: 'owned' }],
    ['constructor', { prototype: { polluted: 'yes' } }],
  ] as const) {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  }
}

/** Replaces creator text in place, collecting the original strings it replaced. */
function replaceText(value: Json, hostile: string, keys: ReadonlySet<string>, originals: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) replaceText(item, hostile, keys, originals);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  let touched = false;
  for (const [key, child] of Object.entries(value)) {
    if (keys.has(key) && typeof child === 'string') {
      if (child.length >= 3) originals.add(child);
      value[key] = hostile;
      touched = true;
    } else replaceText(child, hostile, keys, originals);
  }
  if (touched) pollute(value);
}

/** Text fields now holding the hostile string. */
function countReplaced(data: Json, hostile: string): number {
  let n = 0;
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object')
      for (const [k, c] of Object.entries(v))
        typeof c === 'string' ? c === hostile && TEXT_KEYS.has(k) && n++ : walk(c);
  };
  walk(data);
  return n;
}

export interface HostileVariant {
  html: string;
  /** How many JSON text fields and visible-HTML occurrences were replaced. */
  jsonFields: number;
  htmlFields: number;
}

const SCRIPT = /(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g;

export function hostileVariant(html: string, hostile: string, fields: 'all' | 'profile-only' = 'all'): HostileVariant {
  const keys = fields === 'all' ? TEXT_KEYS : PROFILE_KEYS;
  const originals = new Set<string>();
  let jsonFields = 0;
  const withJson = html.replace(SCRIPT, (whole, open: string, body: string, close: string) => {
    if (!/type="application\/json"/.test(open)) return whole;
    const data = JSON.parse(body) as Json;
    replaceText(data, hostile, keys, originals);
    jsonFields += countReplaced(data, hostile);
    return `${open}${scriptJson(data)}${close}`;
  });
  // Outside scripts, the same text as the page renders it.
  let htmlFields = 0;
  const parts = withJson.split(SCRIPT);
  const out = parts.map((part, i) => {
    // split() with 3 groups: [text, open, body, close, text, …]; only text parts are HTML.
    if (i % 4 !== 0) return part;
    let text = part;
    for (const original of [...originals].sort((a, b) => b.length - a.length)) {
      // Text nodes escape & < >; attributes also quotes.
      for (const needle of new Set([escapeHtml(original), escapeText(original)])) {
        const count = text.split(needle).length - 1;
        if (count === 0) continue;
        htmlFields += count;
        text = text.split(needle).join(escapeHtml(hostile));
      }
    }
    return text;
  });
  return { html: out.join(''), jsonFields, htmlFields };
}

export interface Carried {
  /** JSON fields (by key) whose value is exactly the hostile string, read back from the variant's script JSON. */
  json: Record<string, number>;
  /** Occurrences of the string, HTML-escaped, in the variant's markup outside scripts (null for an empty string). */
  html: number | null;
}

/**
 * What a variant really carries, found by reading its output back rather than
 * trusting the replacement's own count: each application/json script parsed
 * again (its \u003c escapes undone by JSON.parse), and the visible markup
 * searched for the string as the page renders it.
 */
export function carried(html: string, hostile: string): Carried {
  const json: Record<string, number> = {};
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) {
        if (c === hostile && TEXT_KEYS.has(k)) json[k] = (json[k] ?? 0) + 1;
        else if (typeof c === 'object') walk(c);
      }
    }
  };
  let markup = '';
  const parts = html.split(SCRIPT);
  for (const [i, part] of parts.entries()) {
    if (i % 4 === 0) markup += part;
    else if (i % 4 === 2 && /type="application\/json"/.test(parts[i - 1] ?? '')) walk(JSON.parse(part) as Json);
  }
  return { json, html: hostile === '' ? null : markup.split(escapeHtml(hostile)).length - 1 };
}
