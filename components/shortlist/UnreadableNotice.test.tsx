import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { rawRecordsJson, UnreadableNotice } from './UnreadableNotice';

describe('UnreadableNotice', () => {
  it('says how many records could not be read and exports them raw', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:x';
    });
    render(<UnreadableNotice records={[{ key: 'tiktok:broken', handle: 42 }]} />);
    expect(screen.getByRole('note').textContent).toContain('1 saved creator could not be read');
    fireEvent.click(screen.getByRole('button', { name: 'export it raw' }));
    expect(created).toHaveLength(1);
    expect(JSON.parse(await created[0]!.text())).toEqual({
      format: 'creator-scout-unreadable',
      records: [{ key: 'tiktok:broken', handle: 42 }],
    });
    vi.restoreAllMocks();
  });

  it('renders nothing without unreadable records, and plural text for several', () => {
    const { container, rerender } = render(<UnreadableNotice records={[]} />);
    expect(container.textContent).toBe('');
    rerender(<UnreadableNotice records={[1, 2]} />);
    expect(screen.getByRole('note').textContent).toContain('2 saved creators could not be read — export them raw');
  });

  it('keeps values JSON cannot hold instead of failing', () => {
    const cyclic: Record<string, unknown> = { key: 'x' };
    cyclic['self'] = cyclic;
    const out = JSON.parse(rawRecordsJson([{ n: 10n, d: new Date(0) }, cyclic, undefined])) as { records: unknown[] };
    expect(out.records).toEqual([{ n: '10', d: '1970-01-01T00:00:00.000Z' }, { key: 'x', self: '[circular]' }, null]);
  });
});
