import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortlistToBackupCsv } from '@/core/shortlist/backup-csv';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { shortlistEntrySchema, type ShortlistEntry } from '@/core/shortlist/shortlist';
import { shortlistToCsv } from '@/core/shortlist/shortlist-csv';
import { MAX_NAME } from '@/core/page/snapshot';
import { readBackup } from '@/lib/backup-read';
import { HOSTILE_STRINGS } from '../fixtures/hostile/strings';
import { janedoeSnapshot } from '../builders/snapshots';
import { fixtureRoutes } from './fixture-routes';
import { extensionPage, launch, type Session } from './harness';
import { readStore } from './idb';
import { openFileInCalc, openInCalc } from './libreoffice';

/**
 * Our CSV files as LibreOffice Calc opens them: no cell becomes a formula,
 * and quotes, commas, newlines and non-Latin text arrive as written. The
 * files Calc opens are the ones the extension downloads: the shortlist report
 * from the side panel's "Export CSV", the backup CSV from Settings → "Export
 * backup (CSV)", which must import back after Calc has opened and re-saved it.
 * The shortlist gets there the way a user's does: a backup file imported in
 * Settings.
 */

let dir: string;
let session: Session;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creator-scout-calc-'));
  session = await launch(fixtureRoutes);
});
afterAll(async () => {
  await session?.close();
  await rm(dir, { recursive: true, force: true });
});

/** UTF-8 cannot carry lone surrogates: compare what a file can hold. */
const fileText = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** One creator per hostile string (the megabyte one cut to the fields' limits). */
const entries: ShortlistEntry[] = HOSTILE_STRINGS.filter((h) => h.value.length < 10_000).map(({ value }, i) => {
  const snapshot = janedoeSnapshot({ handle: `creator.${i}` });
  snapshot.profile.displayName = value.slice(0, MAX_NAME);
  return shortlistEntrySchema.parse({
    v: 1,
    key: `instagram:creator.${i}`,
    platform: 'instagram',
    handle: `creator.${i}`,
    note: value,
    tags: [value.slice(0, 60)],
    savedAt: 1_750_000_000_000 + i,
    updatedAt: 1_750_000_100_000 + i,
    snapshot,
  });
});

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
/** Calc's own changes that are not about safety: it drops NUL characters and writes every line end as LF. */
const calcView = (s: string) =>
  fileText(s)
    .replace(/\u0000/g, '')
    .replace(/\r\n?/g, '\n');

describe('LibreOffice Calc', () => {
  it('the detector sees a formula when there is one (control)', async () => {
    const opened = await openInCalc(dir, 'control', 'a,b\r\n=1+1,x');
    expect(opened.formulas).toBe(1);
    expect(opened.cells[1]).toEqual(['2', 'x']);
  });

  it('imports the hostile shortlist from a backup file in Settings', async () => {
    const file = join(dir, 'import-backup.csv');
    await writeFile(file, shortlistToBackupCsv(entries), 'utf8');
    const options = await extensionPage(session, 'options.html');
    await options.locator('input[type="file"]').setInputFiles(file);
    await options.getByRole('button', { name: `Import ${entries.length} creators` }).click();
    await options.getByText(`Imported: ${entries.length} added, 0 replaced.`).waitFor();
    expect(await readStore(session.worker, 'shortlist')).toHaveLength(entries.length);
    await options.close();
  });

  it('opens the downloaded shortlist report with no formula and every text cell as written', async () => {
    const panel = await extensionPage(session, 'sidepanel.html');
    await panel.getByRole('tab', { name: 'Shortlist' }).click();
    await panel.getByText('@creator.0').first().waitFor();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: /Export CSV/ }).click(),
    ]);
    const file = join(dir, 'downloaded-report.csv');
    await download.saveAs(file);
    await panel.close();
    const csv = await readFile(file, 'utf8');
    // The extension wrote what core writes for this shortlist (rows in the panel's order).
    const rowsByHandle = (rows: string[][]) => [
      rows[0],
      ...rows.slice(1).sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? '')),
    ];
    expect(rowsByHandle(parse(csv))).toEqual(rowsByHandle(parse(fileText(shortlistToCsv(entries, DEFAULT_SETTINGS)))));
    const opened = await openFileInCalc(dir, file);
    expect(opened.formulas).toBe(0);
    const ours = parse(csv);
    const header = ours[0] ?? [];
    const textColumns = ['display name', 'note', 'tags', 'pod reasons', 'handle', 'profile URL'].map((c) =>
      header.indexOf(c),
    );
    expect(textColumns.every((c) => c >= 0)).toBe(true);
    expect(opened.cells).toHaveLength(entries.length + 1);
    const differences: string[] = [];
    ours.slice(1).forEach((row, r) => {
      for (const c of textColumns) {
        const calc = opened.cells[r + 1]?.[c] ?? '';
        if (calc !== calcView(row[c] ?? ''))
          differences.push(
            `row ${r + 2} ${header[c]}: ${JSON.stringify(row[c]?.slice(0, 40))} → ${JSON.stringify(calc.slice(0, 40))}`,
          );
      }
    });
    expect(differences).toEqual([]);
  });

  it('opens the downloaded backup CSV with no formula, and what Calc saves imports back to the same shortlist', async () => {
    const options = await extensionPage(session, 'options.html');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export backup (CSV)' }).click(),
    ]);
    const file = join(dir, 'downloaded-backup.csv');
    await download.saveAs(file);
    await options.close();
    const opened = await openFileInCalc(dir, file);
    expect(opened.formulas).toBe(0);
    const resaved = Papa.unparse(opened.cells, { newline: '\r\n' });
    const read = readBackup(resaved);
    if (!read.ok) throw new Error(read.error);
    expect(read.rejected).toEqual([]);
    const expected = entries.map((e) => ({ ...e, note: calcView(e.note) }));
    const byKey = (list: ShortlistEntry[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(read.candidates.map((c) => c.entry))).toEqual(byKey(expected));
  });
});
