import { z } from 'zod/mini';
import { MAX_COUNT } from '../../core/page/snapshot-constants';

/**
 * Field-level validation for TikTok's /api/… bodies (adapters/tiktok/api.ts).
 * Each field is checked on its own by a zod schema, so one odd value costs that
 * value, never its item or the rest of the body.
 */

/** A key whose value we check ourselves, one field at a time. */
export const loose = z.optional(z.unknown());

/**
 * Counts: numbers in `stats`, digit strings in `statsV2` (SITE-DATA §2.1); `collectCount` may be a
 * string even in `stats`. Two schemas picked by type rather than one union: a union tries the
 * number branch first and builds an issue for every string, ten times per item.
 */
const countNumberSchema = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));
const countStringSchema = z.string().check(z.regex(/^\d{1,14}$/u));

/** statusCode / status_code: an integer, sometimes sent as a digit string. */
export const codeSchema = z.union([z.int(), z.string().check(z.regex(/^-?\d{1,9}$/u))]);

/** Video ids: 19 digits today; as a JSON number they would already have lost precision, so strings only. */
export const postIdSchema = z.string().check(z.regex(/^\d{8,25}$/u));

/** User ids: digit strings; small safe integers are accepted (old shapes), large numbers are not (precision). */
export const userIdSchema = z.union([z.string().check(z.regex(/^\d{1,25}$/u)), z.int().check(z.minimum(1))]);

/** secUid: base64url-like ("MS4wLjABAAAA…"); anything else is not an id we pass on. */
export const secUidSchema = z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,256}$/u));

export const textSchema = z.string();
export const boolSchema = z.boolean();

/** A rough name for a value's type, for notes: never the value itself (it is page data). */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (value < 0) return 'negative number';
    if (!Number.isInteger(value)) return 'fraction';
    return Number.isSafeInteger(value) && value <= MAX_COUNT ? 'number' : 'number out of range';
  }
  return typeof value;
}

/** Notes for ApiFacts.problems: short, deduplicated, bounded so a hostile body cannot grow them. */
export class Problems {
  private readonly notes = new Set<string>();
  private dropped = 0;
  constructor(private readonly max = 40) {}

  add(note: string): void {
    if (this.notes.has(note)) return;
    if (this.notes.size < this.max) this.notes.add(note.slice(0, 200));
    else this.dropped++;
  }

  finish(): string[] {
    const out = [...this.notes];
    if (this.dropped > 0) out.push(`${this.dropped} more problems not listed`);
    return out;
  }
}

/** The Standard Schema surface every zod schema has (`schema['~standard']`). */
type StandardResult<T> = { value: T; issues?: undefined } | { issues: ReadonlyArray<unknown> };
type Schema<T> = { '~standard': { validate(value: unknown): StandardResult<T> | Promise<StandardResult<T>> } };

/**
 * zod validation through its Standard Schema entry point rather than safeParse:
 * the same checks, but zod 4's safeParse wraps every failure in a lazy-error
 * accessor object that costs ~5 µs (measured: 4.9 µs against 0.14 µs), and a
 * hostile 2 MB item list full of wrong types made that half a second.
 */
export function valid<T>(schema: Schema<T>, value: unknown): T | null {
  const result = schema['~standard'].validate(value);
  // Our schemas have no async refinements; a Promise would mean a schema bug, not data.
  if (result instanceof Promise || result.issues !== undefined) return null;
  return result.value;
}

/**
 * The value when it passes `schema`; null when absent (undefined or null: TikTok
 * sends null for "none"), or when it fails, with a note naming the path.
 */
export function read<T>(schema: Schema<T>, value: unknown, where: string, problems: Problems): T | null {
  if (value === undefined || value === null) return null;
  const result = valid(schema, value);
  if (result === null) problems.add(`${where}: unexpected ${kindOf(value)}`);
  return result;
}

export function readCount(value: unknown, where: string, problems: Problems): number | null {
  const raw =
    typeof value === 'string'
      ? read(countStringSchema, value, where, problems)
      : read(countNumberSchema, value, where, problems);
  if (raw === null) return null;
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (n <= MAX_COUNT) return n;
  problems.add(`${where}: unexpected number out of range`);
  return null;
}

/** Unix seconds beyond this (year ~5138) are not a post date; ms must stay a safe integer. */
const MAX_SECONDS = 1e11;

/** createTime / create_time: seconds as a number or a string (§2.3, §4.10) → ms. 0 is TikTok's "unknown". */
export function readSeconds(value: unknown, where: string, problems: Problems): number | null {
  const seconds = readCount(value, where, problems);
  if (seconds === null || seconds === 0) return null;
  if (seconds > MAX_SECONDS) {
    problems.add(`${where}: not a date in seconds`);
    return null;
  }
  return seconds * 1000;
}

export { pickCount } from './stats-exactness';

// C0 controls (but tab and newline), DEL, and bidi overrides/isolates: no meaning in a name, bio or
// comment, and a way to mangle logs and CSV or to make text read backwards next to ours.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/gu;
// Lone surrogates (JSON "\ud800" parses to one) break TextEncoder round-trips and storage.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Page text as plain, well-formed text; still to be clipped by the caller. */
export function plain(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(CONTROLS, '').replace(LONE_SURROGATES, '\uFFFD');
}
