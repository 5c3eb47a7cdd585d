import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortlistToBackupCsv } from '@/core/backup-csv';
import { DEFAULT_SETTINGS } from '@/core/defaults';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist';
import { shortlistToCsv } from '@/core/shortlist-csv';
import { MAX_NAME } from '@/core/snapshot';
import { readBackup } from '@/lib/backup-read';
import { HOSTILE_STRINGS } from '../fixtures/hostile/strings';
import { makeSnapshot } from '../make-snapshot';
import { openInCalc } from './libreoffice';

/**
 * Our CSV files as LibreOffice Calc opens them: no cell becomes a formula,
 * and quotes, commas, newlines and non-Latin text arrive as written. The
 * shortlist report is what "Export CSV" downloads; the backup CSV is what
 * Settings → "Export backup (CSV)" downloads, and it must import back after
 * Calc has opened and re-saved it.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creator-scout-calc-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** UTF-8 cannot carry lone surrogates: compare what a file can hold. */
const fileText = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** One creator per hostile string (the megabyte one cut to the fields' limits). */
const entries: ShortlistEntry[] = HOSTILE_STRINGS.filter((h) => h.value.length < 10_000).map(({ value }, i) => {
  const snapshot = makeSnapshot({ handle: `creator.${i}` });
  snapshot.profile.displayName = value.slice(0, MAX_NAME);
  return shortlistEntrySchema.parse({
    v: 1, key: `instagram:creator.${i}`, platform: 'instagram', handle: `creator.${i}`,
    note: value, tags: [value.slice(0, 60)], savedAt: 1_750_000_000_000 + i, updatedAt: 1_750_000_100_000 + i, snapshot,
  });
});

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
/** Calc's own changes that are not about safety: it drops NUL characters and writes every line end as LF. */
const calcView = (s: string) => fileText(s).replace(/\u0000/g, '').replace(/\r\n?/g, '\n');

describe('LibreOffice Calc', () => {
  it('the detector sees a formula when there is one (control)', async () => {
    const opened = await openInCalc(dir, 'control', 'a,b\r\n=1+1,x');
    expect(opened.formulas).toBe(1);
    expect(opened.cells[1]).toEqual(['2', 'x']);
  });

  it('opens the shortlist report with no formula and every text cell as written', async () => {
    const csv = shortlistToCsv(entries, DEFAULT_SETTINGS);
    const opened = await openInCalc(dir, 'report', csv);
    expect(opened.formulas).toBe(0);
    const ours = parse(csv);
    const header = ours[0] ?? [];
    const textColumns = ['display name', 'note', 'tags', 'pod reasons', 'handle', 'profile URL'].map((c) => header.indexOf(c));
    expect(opened.cells).toHaveLength(ours.length);
    const differences: string[] = [];
    ours.slice(1).forEach((row, r) => {
      for (const c of textColumns) {
        const calc = opened.cells[r + 1]?.[c] ?? '';
        if (calc !== calcView(row[c] ?? '')) differences.push(`row ${r + 2} ${header[c]}: ${JSON.stringify(row[c]?.slice(0, 40))} → ${JSON.stringify(calc.slice(0, 40))}`);
      }
    });
    expect(differences).toEqual([]);
  });

  it('opens the backup CSV with no formula, and what Calc saves imports back to the same shortlist', async () => {
    const csv = shortlistToBackupCsv(entries);
    const opened = await openInCalc(dir, 'backup', csv);
    expect(opened.formulas).toBe(0);
    const resaved = Papa.unparse(opened.cells, { newline: '\r\n' });
    const read = readBackup(resaved);
    if (!read.ok) throw new Error(read.error);
    expect(read.rejected).toEqual([]);
    const expected = entries.map((e) => ({ ...e, note: calcView(e.note) }));
    expect(read.candidates.map((c) => c.entry)).toEqual(expected);
  });
});
