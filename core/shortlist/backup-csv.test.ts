import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../tests/fixtures/hostile/strings';
import { BACKUP_CSV_HEADER, decodeText, encodeText, shortlistToBackupCsv } from './backup-csv';
import type { ShortlistEntry } from './shortlist';
import { snapshot } from '../../tests/builders/snapshots';

const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

describe('encodeText / decodeText', () => {
  it('is reversible for any text, hostile corpus included', () => {
    for (const { value } of HOSTILE_STRINGS) expect(decodeText(encodeText(value))).toBe(value);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom("'", "''=", "'=1", ' =1', '\t@x')),
        (value) => {
          expect(decodeText(encodeText(value))).toBe(value);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never leaves a formula start, even after leading whitespace', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.constantFrom('', ' ', '  ', '\u00A0', '\n'),
          fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝'),
          fc.string(),
        ),
        ([pad, start, rest]) => {
          expect(FORMULA_START.test(encodeText(pad + start + rest))).toBe(false);
        },
      ),
    );
  });
});

describe('shortlistToBackupCsv', () => {
  const entry = (note: string, tags: string[]): ShortlistEntry => {
    const snap = snapshot({ handle: 'h1' });
    snap.profile.displayName = note.slice(0, 200);
    return {
      v: 1,
      key: 'instagram:h1',
      platform: 'instagram',
      handle: 'h1',
      note,
      tags,
      savedAt: 1,
      updatedAt: 2,
      snapshot: snap,
    };
  };

  it('writes the header and cells papaparse reads back to the exact fields', () => {
    for (const { name, value } of HOSTILE_STRINGS) {
      const e = entry(value.slice(0, 10_000), [value.slice(0, 60), 'plain']);
      const csv = shortlistToBackupCsv([e]);
      const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, delimiter: ',' });
      expect(parsed.errors, name).toEqual([]);
      expect(parsed.meta.fields).toEqual([...BACKUP_CSV_HEADER]);
      const [row] = parsed.data;
      expect(decodeText(row?.note ?? ''), name).toBe(e.note);
      expect(JSON.parse(decodeText(row?.tags ?? '')), name).toEqual(e.tags);
      expect(JSON.parse(decodeText(row?.['snapshot (JSON)'] ?? '')), name).toEqual(e.snapshot);
      expect(row?.['saved at (ms)']).toBe('1');
      for (const cell of Object.values(row ?? {}))
        expect(FORMULA_START.test(cell), `${name}: ${cell.slice(0, 20)}`).toBe(false);
    }
  });
});
