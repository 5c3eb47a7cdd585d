import Papa from 'papaparse';
import { z } from 'zod';
import { BACKUP_CSV_COLUMNS as C, BACKUP_CSV_REQUIRED, decodeText } from '@/core/shortlist/backup-csv';
import { SHORTLIST_CSV_HEADER } from '@/core/shortlist/shortlist-columns';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist/shortlist';
import { creatorKey } from '@/core/page/snapshot';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHistory } from './backup-json';
import { postCommentsRowSchema, snapshotRowSchema } from './db';

/**
 * Reading a backup file (JSON or CSV) into entries to restore. Nothing here
 * trusts the file: every row goes through zod, and a row that fails is kept
 * in `rejected` with the reason, never silently dropped.
 */

export interface Candidate {
  /** Where it was in the file: "row 7" (CSV, as a spreadsheet numbers it) or "entry 3" (JSON). */
  label: string;
  entry: ShortlistEntry;
}

export interface Rejected {
  label: string;
  /** The row's handle, when it had a readable one. */
  handle: string | null;
  reason: string;
}

export type ReadBackup =
  | { ok: true; format: 'json' | 'csv'; candidates: Candidate[]; rejected: Rejected[]; history: BackupHistory }
  | { ok: false; error: string };

/** An entry as import accepts it: schema-valid, and its key, platform and handle agree. */
const importEntrySchema = shortlistEntrySchema.check(
  z.superRefine((entry: ShortlistEntry, ctx) => {
    if (entry.key !== creatorKey(entry.platform, entry.handle)) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'does not match platform and handle' });
    }
    if (entry.snapshot.platform !== entry.platform || entry.snapshot.handle !== entry.handle) {
      ctx.addIssue({
        code: 'custom',
        path: ['snapshot'],
        message: 'is for another creator than platform and handle say',
      });
    }
  }),
);

/** A history snapshot as imported: the row without its IndexedDB id (a new one is given). */
const { id: _storedId, ...historySnapshotShape } = snapshotRowSchema.shape;
const historySnapshotSchema = z.object(historySnapshotShape);

/** "snapshot.profile.bio: Too big…; note: …" — at most three issues, paths named. */
function describeIssues(error: z.core.$ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - 3;
  return more > 0 ? `${parts.join('; ')} (and ${more} more)` : parts.join('; ');
}

function handleOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const handle = (value as { handle?: unknown }).handle;
  return typeof handle === 'string' && handle.length <= 64 ? decodeText(handle) : null;
}

function validate(
  label: string,
  raw: unknown,
  schema: z.core.$ZodType<ShortlistEntry>,
  out: { candidates: Candidate[]; rejected: Rejected[] },
) {
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) out.candidates.push({ label, entry: parsed.data });
  else out.rejected.push({ label, handle: handleOf(raw), reason: describeIssues(parsed.error) });
}

const ms = z
  .string()
  .trim()
  .regex(/^\d{1,16}$/, 'not a whole number of milliseconds')
  .transform(Number);

function jsonCell(label: string) {
  return z.string().transform((cell, ctx) => {
    try {
      return JSON.parse(decodeText(cell)) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: `${label} is not valid JSON` });
      return z.NEVER;
    }
  });
}

/** Tags as we write them (a JSON array), or as a person types them ("a; b"). */
const tagsCell = z.string().transform((cell, ctx): unknown => {
  const text = decodeText(cell).trim();
  if (text === '') return [];
  if (!text.startsWith('['))
    return text
      .split(';')
      .map((t) => t.trim())
      .filter((t) => t !== '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not a JSON list of tags' });
    return z.NEVER;
  }
});

/** The agreed-price cell: empty or absent = none; anything else must be a number (the entry schema checks its range). */
function agreedPriceOf(cell: string | undefined): { agreedPrice?: number | null } {
  const text = (cell ?? '').trim();
  return text === '' ? {} : { agreedPrice: Number(text) };
}

/** One CSV row (papaparse, header mode) → a shortlist entry, or the reasons it is not one. */
const csvRowSchema = z
  .object({
    [C.platform]: z.string(),
    [C.handle]: z.string(),
    [C.note]: z.string(),
    [C.tags]: tagsCell,
    [C.savedAt]: ms,
    [C.updatedAt]: ms,
    [C.snapshot]: jsonCell('the snapshot'),
    [C.agreedPrice]: z.string().optional(),
  })
  .transform((row) => {
    const platform = decodeText(row[C.platform]).trim();
    const handle = decodeText(row[C.handle]).trim();
    return {
      v: 1,
      key: creatorKey(platform as 'instagram', handle),
      platform,
      handle,
      note: decodeText(row[C.note]),
      tags: row[C.tags],
      savedAt: row[C.savedAt],
      updatedAt: row[C.updatedAt],
      snapshot: row[C.snapshot],
      ...agreedPriceOf(row[C.agreedPrice]),
    };
  })
  .pipe(importEntrySchema);

const NO_HISTORY: BackupHistory = { snapshots: [], postComments: [] };

function readCsvBackup(text: string): ReadBackup {
  const body = text.replace(/^\uFEFF/, '');
  const parse = (delimiter: string) =>
    Papa.parse<Record<string, string>>(body, {
      header: true,
      delimiter,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim(),
    });
  let result = parse(',');
  // A spreadsheet re-saved in a locale that separates with ";" or tabs.
  for (const other of [';', '\t']) {
    if (BACKUP_CSV_REQUIRED.every((c) => result.meta.fields?.includes(c))) break;
    const retry = parse(other);
    if (BACKUP_CSV_REQUIRED.every((c) => retry.meta.fields?.includes(c))) result = retry;
  }
  const fields = result.meta.fields ?? [];
  const absent = BACKUP_CSV_REQUIRED.filter((c) => !fields.includes(c));
  if (absent.length > 0) {
    const isReport = SHORTLIST_CSV_HEADER.every((c) => fields.includes(c));
    return {
      ok: false,
      error: isReport
        ? 'This is a shortlist report (Export CSV): it holds figures, not the page data a restore needs. Use a backup file instead.'
        : `This CSV is not a Creator Scout backup: it has no ${absent.map((c) => `“${c}”`).join(', ')} column.`,
    };
  }
  const out = { candidates: [] as Candidate[], rejected: [] as Rejected[] };
  const broken = new Map<number, string>();
  for (const error of result.errors) if (error.row !== undefined) broken.set(error.row, error.message);
  result.data.forEach((row, i) => {
    // Spreadsheet numbering: the header is row 1.
    const label = `row ${i + 2}`;
    const problem = broken.get(i);
    if (problem !== undefined)
      out.rejected.push({ label, handle: handleOf(row), reason: `the CSV is malformed here: ${problem}` });
    else validate(label, row, csvRowSchema, out);
  });
  return { ok: true, format: 'csv', ...out, history: NO_HISTORY };
}

const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  shortlist: z.array(z.unknown()),
  history: z
    .object({ snapshots: z.array(z.unknown()), postComments: z.array(z.unknown()) })
    .partial()
    .optional(),
});

function readJsonBackup(text: string): ReadBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      error: `This file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    };
  }
  const file = backupFileSchema.safeParse(raw);
  if (!file.success) return { ok: false, error: 'This JSON file is not a Creator Scout backup.' };
  if (file.data.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Creator Scout (format ${file.data.version}); update the extension first.`,
    };
  }
  const out = { candidates: [] as Candidate[], rejected: [] as Rejected[] };
  file.data.shortlist.forEach((item, i) => validate(`entry ${i + 1}`, item, importEntrySchema, out));
  const history: BackupHistory = { snapshots: [], postComments: [] };
  file.data.history?.snapshots?.forEach((row, i) => {
    const parsed = historySnapshotSchema.safeParse(row);
    if (parsed.success) history.snapshots.push(parsed.data);
    else out.rejected.push({ label: `history snapshot ${i + 1}`, handle: null, reason: describeIssues(parsed.error) });
  });
  file.data.history?.postComments?.forEach((row, i) => {
    const parsed = postCommentsRowSchema.safeParse(row);
    if (parsed.success) history.postComments.push(parsed.data);
    else out.rejected.push({ label: `history comments ${i + 1}`, handle: null, reason: describeIssues(parsed.error) });
  });
  return { ok: true, format: 'json', ...out, history };
}

/** JSON or CSV, told apart by content (a file's name can lie). */
export function readBackup(text: string): ReadBackup {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return { ok: false, error: 'The file is empty.' };
  return start.startsWith('{') || start.startsWith('[') ? readJsonBackup(text) : readCsvBackup(text);
}
