import { parseCount } from '../../core/page/count';
import { MAX_NAME, MAX_TEXT } from '../../core/page/snapshot-constants';
import type { CountField, FieldSource, Profile } from '../../core/page/snapshot';

/**
 * Small builders shared by the adapters: count fields that say where they came
 * from, page text kept as text and cut to the schema's limits.
 */

const MAX_RAW = 64;
const MAX_NOTE = 300;
const MAX_NOTES = 50;

/** A count the page states as a number (JSON, title="12,345"). */
export function exactField(value: number | null, source: FieldSource): CountField | null {
  return value === null ? null : { value, source, exact: true };
}

/** A count the page prints ("12.3K", "12,345 followers"). */
export function printedField(text: string | null | undefined, source: FieldSource): CountField | null {
  if (!text) return null;
  const raw = collapse(text);
  const parsed = parseCount(raw);
  if (!parsed) return null;
  return { value: parsed.value, source, exact: parsed.exact, raw: raw.slice(0, MAX_RAW) };
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Cuts without splitting a surrogate pair, so the result is still valid text. */
function clip(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  return /[\uD800-\uDBFF]$/u.test(cut) ? cut.slice(0, -1) : cut;
}

export const clipName = (text: string | null | undefined): string | null => clip(text, MAX_NAME);
export const clipText = (text: string | null | undefined): string | null => clip(text, MAX_TEXT);

/**
 * How the adapters word a profile field's note in `missing` ("Follower count:
 * not on the page", "Video count: …"): "What was read" finds a field's note by
 * it, and the API merge drops the notes of the fields the site's API answered.
 */
export const MISSING_NOTE_PREFIXES = {
  followers: ['Follower count'],
  following: ['Following count'],
  posts: ['Post count', 'Video count'],
  likesTotal: ['Total likes'],
  displayName: ['Display name'],
  bio: ['Bio'],
  verified: ['Verified badge'],
  isPrivate: ['Private or public'],
} as const satisfies Record<keyof Profile, readonly string[]>;

/** Notes for `missing`: deduplicated, each short, at most the schema's fifty. */
export function finishNotes(notes: string[]): string[] {
  return [...new Set(notes.map((n) => n.slice(0, MAX_NOTE)))].slice(0, MAX_NOTES);
}

/** Lower-cased handle if it has the schema's shape; page text is never trusted as is. */
export function validHandle(text: string | null | undefined): string | null {
  if (!text) return null;
  const lower = text.trim().replace(/^@/u, '').toLowerCase();
  return /^[a-z0-9._]{1,64}$/u.test(lower) ? lower : null;
}
