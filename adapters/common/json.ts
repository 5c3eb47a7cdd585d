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

/** Parses every script the selector finds; a bad one is skipped and named in `missing`. */
export function readJsonScripts(doc: Document, selector: string, label: string, missing: string[]): Json[] {
  const roots: Json[] = [];
  doc.querySelectorAll(selector).forEach((script, i) => {
    const text = script.textContent ?? '';
    if (text.trim().length === 0) return;
    if (text.length > MAX_SCRIPT_CHARS) {
      missing.push(`${label} #${i + 1}: larger than we parse, skipped`);
      return;
    }
    try {
      roots.push(JSON.parse(text) as Json);
    } catch {
      missing.push(`${label} #${i + 1}: not valid JSON, skipped`);
    }
  });
  return roots;
}

/**
 * Visits every object under the roots, depth-first, each once. Stops after a
 * fixed budget so a hostile or huge blob cannot hang the page.
 */
export function walkObjects(roots: Json[], visit: (obj: JsonObject) => void): void {
  const stack: Json[] = [...roots];
  let budget = WALK_BUDGET;
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
}
