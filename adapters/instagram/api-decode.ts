/**
 * Turns a response text into JSON roots, defensively (SITE-DATA §1.1 "Body
 * quirks"): some bodies start with `for (;;);`, and GraphQL replies may come
 * as newline-delimited chunks whose later parts patch the first by `path`
 * (confirmed for the mobile app only; whether the web app streams is §4.5 [U]).
 * Never throws.
 */

/** Bodies beyond this are not a page of posts; the observer already refuses above 4 MB. */
const MAX_BODY_CHARS = 8_000_000;
/** A streamed reply has a handful of chunks; thousands of lines are not one. */
const MAX_CHUNKS = 500;
/** A patch path deeper than this is not one of the connections we read. */
const MAX_PATH = 32;
const XSSI_PREFIX = 'for (;;);';
/** Keys that would reach an object's prototype if used as patch steps. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Decoded = { roots: unknown[]; problems: string[] };

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripPrefix(text: string): string {
  const trimmed = text.replace(/^\uFEFF/u, '').trimStart();
  return trimmed.startsWith(XSSI_PREFIX) ? trimmed.slice(XSSI_PREFIX.length).trimStart() : trimmed;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // Not JSON, or nested beyond the engine's limit (a RangeError): both just mean "not this".
    return { ok: false };
  }
}

export function decodeBody(body: string): Decoded {
  if (body.length > MAX_BODY_CHARS)
    return { roots: [], problems: [`body: ${body.length} chars, larger than we parse`] };
  const text = stripPrefix(body);
  if (text.length === 0) return { roots: [], problems: [] };
  const whole = tryParse(text);
  if (whole.ok) return { roots: [whole.value], problems: [] };
  return decodeChunks(text);
}

/** JSON lines: parse each, keep what parses, then fold `path` patches into the chunk they extend. */
function decodeChunks(text: string): Decoded {
  const lines = text.split(/\r?\n/u).filter((line) => line.trim().length > 0);
  const problems: string[] = [];
  if (lines.length > MAX_CHUNKS) problems.push(`body: ${lines.length} lines, only the first ${MAX_CHUNKS} read`);
  const chunks: unknown[] = [];
  let failed = 0;
  for (const line of lines.slice(0, MAX_CHUNKS)) {
    const parsed = tryParse(stripPrefix(line));
    if (parsed.ok) chunks.push(parsed.value);
    else failed++;
  }
  if (chunks.length === 0) return { roots: [], problems: ['body: not JSON'] };
  if (failed > 0) problems.push(`body: ${failed} of ${Math.min(lines.length, MAX_CHUNKS)} lines not JSON`);
  const merged = mergeChunks(chunks);
  if (merged.unplaced > 0) problems.push(`body: ${merged.unplaced} streamed patches did not fit`);
  return { roots: merged.roots, problems };
}

type Patch = { path: unknown[]; data: unknown };

/** A chunk's patches: itself (`{path, data}`) or its `incremental` list (the GraphQL @defer/@stream form). */
function patchesOf(chunk: unknown): Patch[] | null {
  if (!isObj(chunk)) return null;
  if (Array.isArray(chunk.path) && 'data' in chunk) return [{ path: chunk.path, data: chunk.data }];
  if (Array.isArray(chunk.incremental)) {
    return chunk.incremental
      .filter(isObj)
      .flatMap((p) => (Array.isArray(p.path) && 'data' in p ? [{ path: p.path, data: p.data }] : []));
  }
  return null;
}

/**
 * Chunks without a path are roots; a patch applies to the latest root before
 * it (shallow-merged into the object its path names, as a deferred fragment
 * adds fields to a node). Patches that name no existing place are dropped.
 */
function mergeChunks(chunks: unknown[]): { roots: unknown[]; unplaced: number } {
  const roots: unknown[] = [];
  let unplaced = 0;
  for (const chunk of chunks) {
    const patches = patchesOf(chunk);
    const base = roots[roots.length - 1];
    if (patches === null) {
      roots.push(chunk);
      continue;
    }
    for (const patch of patches) if (!applyPatch(base, patch)) unplaced++;
  }
  return { roots, unplaced };
}

function applyPatch(base: unknown, patch: Patch): boolean {
  if (!isObj(base) || patch.path.length === 0 || patch.path.length > MAX_PATH) return false;
  // Paths are relative to `data` (a leading "data" step is allowed).
  const steps = patch.path[0] === 'data' ? patch.path.slice(1) : patch.path;
  let target: unknown = base.data;
  for (const step of steps.slice(0, -1)) target = stepInto(target, step);
  const last = steps[steps.length - 1];
  if (last === undefined) return false;
  const current = stepInto(target, last);
  if (isObj(current) && isObj(patch.data)) {
    for (const [key, value] of Object.entries(patch.data)) if (!UNSAFE_KEYS.has(key)) current[key] = value;
    return true;
  }
  if (
    Array.isArray(target) &&
    typeof last === 'number' &&
    Number.isInteger(last) &&
    last >= 0 &&
    last <= target.length
  ) {
    target[last] = patch.data;
    return true;
  }
  if (isObj(target) && typeof last === 'string' && !UNSAFE_KEYS.has(last)) {
    target[last] = patch.data;
    return true;
  }
  return false;
}

function stepInto(target: unknown, step: unknown): unknown {
  if (Array.isArray(target) && typeof step === 'number') return target[step];
  if (isObj(target) && typeof step === 'string' && !UNSAFE_KEYS.has(step) && Object.hasOwn(target, step))
    return target[step];
  return undefined;
}
