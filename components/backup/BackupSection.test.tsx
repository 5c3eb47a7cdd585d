import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShortlistEntry } from '@/core/shortlist/shortlist';
import { getDb } from '@/lib/db';
import { janedoeSnapshot } from '@/tests/builders/snapshots';
import { clearDb } from '../../tests/builders/browser';
import { BackupSection } from './BackupSection';

function entry(handle: string, note: string): ShortlistEntry {
  return {
    v: 1,
    key: `instagram:${handle}`,
    platform: 'instagram',
    handle,
    note,
    tags: ['q3'],
    savedAt: 1,
    updatedAt: 2,
    snapshot: janedoeSnapshot({ handle }),
  };
}

let blobs: Blob[];
beforeEach(async () => {
  await clearDb();
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:x';
  });
});
afterEach(() => vi.restoreAllMocks());

function chooseFile(text: string, name: string) {
  const input = screen.getByLabelText(/Backup file/) as HTMLInputElement;
  const file = new File([text], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('BackupSection', () => {
  it('exports the shortlist as a JSON backup and restores it after a wipe, with a preview first', async () => {
    await getDb().shortlist.bulkAdd([entry('alpha', '=1+1 <b>note</b>'), entry('bravo', '')]);
    render(<BackupSection />);
    await screen.findByText(/2 saved creators/);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    await screen.findByText('Exported 2 creators as JSON.');
    const text = await blobs[0]!.text();
    await getDb().shortlist.clear();

    chooseFile(text.replace('"shortlist": [', '"shortlist": [42,'), 'backup.json');
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('2 creators will be added');
    expect(preview.textContent).toContain('1 row will be skipped (1 not valid)');
    const skipped = within(preview).getByRole('table', { name: 'Skipped rows and why' });
    expect(within(skipped).getByText('entry 1')).toBeTruthy();
    expect(await getDb().shortlist.count()).toBe(0);

    fireEvent.click(within(preview).getByRole('button', { name: 'Import 2 creators' }));
    await screen.findByText('Imported: 2 added, 0 replaced.');
    expect((await getDb().shortlist.get('instagram:alpha'))?.note).toBe('=1+1 <b>note</b>');
  });

  it('names what is wrong with a file that is not a backup, and writes nothing', async () => {
    render(<BackupSection />);
    chooseFile('platform,handle\r\ninstagram,x', 'report.csv');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^report\.csv: This CSV is not a Creator Scout backup/,
    );
    expect(await getDb().shortlist.count()).toBe(0);
  });

  it('exports a CSV backup whose formulas are neutralised', async () => {
    await getDb().shortlist.add(entry('alpha', '=HYPERLINK("x")'));
    render(<BackupSection />);
    await screen.findByText(/1 saved creator,/);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup (CSV)' }));
    await screen.findByText('Exported 1 creator as CSV.');
    const csv = await blobs[0]!.text();
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('shows whether storage is persistent and how much it uses', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => false,
        persist: async () => true,
        estimate: async () => ({ usage: 2_500_000, quota: 10e9 }),
      },
    });
    render(<BackupSection />);
    expect(await screen.findByText(/Not stored persistently/)).toBeTruthy();
    expect(screen.getByText('Space used: 2.5 MB of 10 GB available.')).toBeTruthy();
    Reflect.deleteProperty(navigator, 'storage');
  });
});
