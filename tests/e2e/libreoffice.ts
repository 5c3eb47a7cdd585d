import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';

/**
 * Opens a CSV in LibreOffice Calc, headless, as a person would: comma
 * separated, double quotes, UTF-8 (filter token 76). Returns what Calc made
 * of it: how many cells it turned into formulas, and every cell's value as
 * Calc writes it back out.
 */
const exec = promisify(execFile);
async function run(file: string, args: string[], options: { timeout: number }) {
  try {
    return await exec(file, args, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `LibreOffice not found (${file}): install it (sudo apt-get install libreoffice-calc-nogui) or set SOFFICE_PATH.`,
      );
    }
    throw error;
  }
}
const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
const CSV_IMPORT = 'CSV:44,34,76,1';
const CSV_EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

export interface Opened {
  formulas: number;
  cells: string[][];
}

export async function openInCalc(dir: string, name: string, csv: string): Promise<Opened> {
  const input = join(dir, `${name}.csv`);
  await writeFile(input, csv, 'utf8');
  return openFileInCalc(dir, input);
}

/** Opens a CSV file as it is on disk (a download, byte for byte). */
export async function openFileInCalc(dir: string, input: string): Promise<Opened> {
  const name = basename(input, '.csv');
  // A private profile, so parallel runs and a user's own LibreOffice do not collide.
  const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`;
  await run(
    SOFFICE,
    [profile, '--headless', `--infilter=${CSV_IMPORT}`, '--convert-to', 'fods', '--outdir', join(dir, 'fods'), input],
    { timeout: 120_000 },
  );
  const fods = await readFile(join(dir, 'fods', `${name}.fods`), 'utf8');
  await run(
    SOFFICE,
    [
      profile,
      '--headless',
      `--infilter=${CSV_IMPORT}`,
      '--convert-to',
      CSV_EXPORT,
      '--outdir',
      join(dir, 'csv'),
      input,
    ],
    { timeout: 120_000 },
  );
  const back = await readFile(join(dir, 'csv', `${name}.csv`), 'utf8');
  return {
    formulas: (fods.match(/table:formula=/g) ?? []).length,
    cells: Papa.parse<string[]>(back.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data,
  };
}
