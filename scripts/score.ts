/**
 * npm run score -- creators.csv [--settings settings.json] [--out scored.csv]
 *
 * Scores creators listed in a CSV or JSON file with the extension's core and
 * writes the shortlist export's CSV (to --out, or standard output). Rejected
 * rows are reported on standard error with their reason; they never stop the
 * run. The input format is in the README ("Score outside the browser").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_SETTINGS } from '../core/settings/defaults';
import { readRows, score, settingsFrom } from '../core/score/score';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = process.argv
  .slice(2)
  .find((a, i, all) => !a.startsWith('--') && !['--settings', '--out'].includes(all[i - 1] ?? ''));
if (!file) {
  process.stderr.write(
    'usage: npm run score -- creators.csv|creators.json [--settings settings.json] [--out scored.csv]\n',
  );
  process.exit(2);
}

let settings = DEFAULT_SETTINGS;
const settingsFile = arg('--settings');
if (settingsFile) {
  const { settings: read, repaired } = settingsFrom(JSON.parse(readFileSync(settingsFile, 'utf8')) as unknown);
  settings = read;
  if (repaired.length > 0) process.stderr.write(`settings: ${repaired.join(', ')} invalid or missing, defaults used\n`);
}

const rows = readRows(readFileSync(file, 'utf8'), file.toLowerCase().endsWith('.json') ? 'json' : 'csv');
if ('error' in rows) {
  process.stderr.write(`${file}: ${rows.error}\n`);
  process.exit(1);
}
const result = score(rows.rows, settings, Date.now());
for (const r of result.rejected)
  process.stderr.write(`row ${r.row}${r.handle ? ` (@${r.handle})` : ''} rejected: ${r.reason}\n`);
process.stderr.write(`${result.scored} scored, ${result.rejected.length} rejected\n`);
const out = arg('--out');
if (out) writeFileSync(out, result.csv);
else process.stdout.write(result.csv);
