/**
 * RFC 4180 CSV with spreadsheet-formula neutralisation.
 *
 * Cells typed `string` may hold text from a web page (a display name, a bio)
 * or the user's note; a spreadsheet would run one starting with `=`, `+`, `-`
 * or `@` as a formula (OWASP "CSV injection"), so such cells get a leading
 * apostrophe. Cells typed `number` are figures we computed and are written as
 * numbers, so "-12.5" stays a number.
 */

export type CsvCell = string | number | null;

// Spreadsheets also read full-width ＝＋－＠ as formula starts in some locales.
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
const CONTROL_START = /^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) || CONTROL_START.test(value) ? `'${value}` : value;
}

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quote(neutralizeCell(String(cell)));
}

/**
 * CRLF between records and none after the last (RFC 4180 allows either; this
 * way a parser sees exactly the rows given). A row that is one empty cell is
 * written as `""` so it is not mistaken for a blank line.
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>, opts: { bom?: boolean } = {}): string {
  const lines = rows.map((row) => {
    const line = row.map(cellText).join(',');
    return line === '' && row.length === 1 ? '""' : line;
  });
  return ((opts.bom ?? true) ? '\uFEFF' : '') + lines.join('\r\n');
}
