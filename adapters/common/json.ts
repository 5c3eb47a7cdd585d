/**
 * Embedded JSON, read defensively: pages ship several blobs whose shape moves
 * between deploys, so we walk them (bounded) instead of trusting one path.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A page blob larger than this is not a profile payload we want to parse. */
const MAX_SCRIPT_CHARS = 8_000_000;
/** Objects visited per walk; a real profile page has a few thousand. */
const WALK_BUDGET = 400_000;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows keys through objects; undefined as soon as one is missing. */
export function at(value: Json | undefined, ...path: string[]): Json | undefined {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** Counts arrive as numbers or, in TikTok's statsV2, as digit strings. */
export function asCount(value: Json | undefined): number | null {
  const n = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= 1e13 ? n : null;
}

export function asString(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function asBoolean(value: Json | undefined): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** Scripts parsed per page; the sites ship a few dozen, a hostile page could ship thousands. */
const MAX_SCRIPTS = 200;

/**
 * Parses are cached per script element and text length: the blobs are written
 * once at page load, so re-reads after SPA navigation or scrolling reuse them.
 */
const parsedCache = new WeakMap<Element, { length: number; value: Json | Error }>();

function parseOnce(script: Element, text: string): Json | Error {
  const cached = parsedCache.get(script);
  if (cached && cached.length === text.length) return cached.value;
  let value: Json | Error;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    value = error instanceof Error ? error : new Error('not valid JSON');
  }
  parsedCache.set(script, { length: text.length, value });
  return value;
}

export type ScriptLog = { missing: string[]; truncate?: (note: string) => void; match?: (via: string) => void };

/** How a page view is read. */
export type ReadOptions = {
  /**
   * False after an in-site hop: the page's embedded JSON was written for the
   * page first loaded, and is not read for another one (a stale suggestion or
   * an old count would stand in for this creator's). Default true.
   */
  embeddedJson?: boolean;
};

/** The page's embedded JSON blobs, or none (with a note saying why) when `options` says they describe another page. */
export function readEmbeddedJson(
  doc: Document,
  selector: string,
  label: string,
  log: ScriptLog,
  options: ReadOptions,
): Json[] {
  if (options.embeddedJson === false) {
    log.missing.push(`${label}: written for the page first loaded, not this one (in-site navigation): not used`);
    return [];
  }
  return readJsonScripts(doc, selector, label, log);
}

/** Parses every script the selector finds; a bad one is skipped and named in `missing`. */
function readJsonScripts(doc: Document, selector: string, label: string, log: ScriptLog | string[]): Json[] {
  const { missing, truncate, match } = Array.isArray(log)
    ? { missing: log, truncate: undefined, match: undefined }
    : log;
  const roots: Json[] = [];
  const scripts = doc.querySelectorAll(selector);
  if (scripts.length > MAX_SCRIPTS)
    truncate?.(`${label}: ${scripts.length} scripts, only the first ${MAX_SCRIPTS} read`);
  for (let i = 0; i < Math.min(scripts.length, MAX_SCRIPTS); i++) {
    const script = scripts[i];
    if (!script) continue;
    const text = script.textContent ?? '';
    if (text.trim().length === 0) continue;
    if (text.length > MAX_SCRIPT_CHARS) {
      const note = `${label} #${i + 1}: ${(text.length / 1e6).toFixed(1)} MB, larger than we parse (${MAX_SCRIPT_CHARS / 1e6} MB), skipped`;
      missing.push(note);
      truncate?.(note);
      continue;
    }
    const value = parseOnce(script, text);
    if (value instanceof Error) missing.push(`${label} #${i + 1}: not valid JSON, skipped`);
    else {
      roots.push(value);
      match?.(`${label} #${i + 1}`);
    }
  }
  return roots;
}

/**
 * Visits every object under the roots, depth-first, each once. Stops after a
 * fixed budget so a hostile or huge blob cannot hang the page; returns false
 * when it stopped before the end.
 */
export function walkObjects(roots: Json[], visit: (obj: JsonObject) => void, budget = WALK_BUDGET): boolean {
  const stack: Json[] = [...roots];
  while (stack.length > 0 && budget-- > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i] ?? null);
    } else if (isObject(value)) {
      visit(value);
      const values = Object.values(value);
      for (let i = values.length - 1; i >= 0; i--) {
        const child = values[i];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
  return stack.length === 0;
}
