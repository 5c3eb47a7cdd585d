import { parseCount } from '../../core/page/count';
import { MAX_TEXT } from '../../core/page/snapshot-constants';
import type { CountField, FieldConflict, FieldRead, FieldSource, ReadInfo } from '../../core/page/snapshot';

/**
 * What one page read used: each field's source and selector, sources that
 * disagree, selectors that matched, and limits a huge page hit. It becomes
 * `snapshot.read`, shown in "What was read" and copied into diagnostics.
 */

/** A count from one source, with the selector or JSON path it came through. */
export type CountCandidate = { field: CountField | null; via: string };
/** Any other value (name, bio, flags) from one source. */
export type ValueCandidate<T> = { value: T | null | undefined; source: FieldSource; via: string };

const MAX_FIELDS = 40;
const MAX_CONFLICTS = 20;
const MAX_MATCHED = 60;
const MAX_TRUNCATED = 20;

/** The values a count could have been before the page rounded it. */
function interval(field: CountField): [number, number] {
  if (field.exact || field.raw === undefined) return [field.value, field.value];
  const parsed = parseCount(field.raw);
  return parsed ? [parsed.low, parsed.high] : [field.value, field.value];
}

/** True when no single true count explains both printed values. */
function disagree(a: CountField, b: CountField): boolean {
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  return aHigh < bLow || bHigh < aLow;
}

const side = (f: CountField): FieldConflict['chosen'] => ({
  source: f.source,
  value: f.value,
  exact: f.exact,
  ...(f.raw === undefined ? {} : { raw: f.raw }),
});

export class ReadLog {
  private readonly fields: FieldRead[] = [];
  private readonly conflicts: FieldConflict[] = [];
  private readonly matched = new Set<string>();
  private readonly truncated: string[] = [];
  private statusDetail: string | undefined;

  /**
   * The first exact count in trust order, else the first abbreviated one: an
   * exact title="12,345" says more than a trusted but rounded "12K" in meta.
   * Every other source that cannot be the same number is reported.
   */
  count(name: string, ...candidates: CountCandidate[]): CountField | null {
    const present = candidates.filter((c): c is { field: CountField; via: string } => c.field !== null);
    for (const c of present) this.match(c.via);
    const chosen = present.find((c) => c.field.exact) ?? present[0];
    if (!chosen) return null;
    this.record({
      field: name,
      source: chosen.field.source,
      exact: chosen.field.exact,
      via: chosen.via,
      raw: chosen.field.raw,
    });
    for (const other of present) {
      if (other !== chosen && disagree(chosen.field, other.field) && this.conflicts.length < MAX_CONFLICTS) {
        this.conflicts.push({ field: name, chosen: side(chosen.field), other: side(other.field) });
      }
    }
    return chosen.field;
  }

  /** The first source that has a value (trust order). */
  value<T>(name: string, ...candidates: Array<ValueCandidate<T>>): T | null {
    const chosen = candidates.find((c) => c.value !== null && c.value !== undefined);
    if (!chosen || chosen.value === null || chosen.value === undefined) return null;
    this.match(chosen.via);
    this.record({ field: name, source: chosen.source, exact: true, via: chosen.via });
    return chosen.value;
  }

  match(via: string): void {
    if (this.matched.size < MAX_MATCHED) this.matched.add(via.slice(0, 160));
  }

  /** Notes a bio longer than the snapshot keeps (it is clipped to MAX_TEXT). */
  truncateBio(rawBio: string | null): void {
    if (rawBio !== null && rawBio.trim().length > MAX_TEXT) {
      this.truncate(
        `Bio: ${rawBio.length.toLocaleString('en-US')} characters on the page; the first ${MAX_TEXT.toLocaleString('en-US')} kept`,
      );
    }
  }

  truncate(note: string): void {
    if (this.truncated.length < MAX_TRUNCATED && !this.truncated.includes(note))
      this.truncated.push(note.slice(0, 300));
  }

  detail(note: string): void {
    this.statusDetail = note.slice(0, 300);
  }

  private record(read: FieldRead): void {
    if (this.fields.length >= MAX_FIELDS) return;
    const { raw, ...rest } = read;
    this.fields.push({ ...rest, via: rest.via.slice(0, 160), ...(raw === undefined ? {} : { raw: raw.slice(0, 64) }) });
  }

  finish(): ReadInfo {
    return {
      fields: this.fields,
      conflicts: this.conflicts,
      matched: [...this.matched],
      truncated: this.truncated,
      ...(this.statusDetail === undefined ? {} : { statusDetail: this.statusDetail }),
    };
  }
}
