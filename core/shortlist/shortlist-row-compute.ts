import { analyze, entryInput } from '../score/analyze';
import { EN, type Translate } from '../text/i18n';
import type { Settings } from '../settings/settings';
import type { ShortlistEntry } from './shortlist';
import { figuresOf } from './shortlist-columns';
import { entryStamp, rowOfEntry, type ShortlistRow } from './shortlist-row';
import type { PostEvidence } from '../page/merge-comments';

/** What a row's figures are computed under. `fingerprint` must be rowFingerprint() of the same settings and t's locale. */
export interface RowContext {
  settings: Settings;
  fingerprint: string;
  /** The list's language (tooltips and reasons). The CSV's pod reasons are always English. */
  t: Translate;
  /** `t` writes what EN writes (English words, en-US numbers): one analysis then serves the list and the CSV. */
  english: boolean;
}

/** The full row of an entry: its own fields and its figures, from its snapshot and stored comments. */
export function computeRow(
  entry: ShortlistEntry,
  comments: ReadonlyMap<string, PostEvidence>,
  ctx: RowContext,
): ShortlistRow {
  const input = entryInput(entry, comments);
  const analysis = analyze(input, ctx.settings, ctx.t);
  const english = ctx.english || ctx.t === EN ? analysis : analyze(input, ctx.settings, EN);
  const stamp = entryStamp(entry);
  return rowOfEntry(entry, figuresOf({ input, analysis, english, fingerprint: ctx.fingerprint, stamp }), stamp);
}
