import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readInstagramPage } from '@/adapters/instagram';
import { readTikTokPage } from '@/adapters/tiktok';
import { fixtures } from '@/tests/fixtures/fixtures';
import { fixtureDocument } from '@/tests/fixtures/load';
import { WhatWasRead } from './WhatWasRead';

const NOW = Date.UTC(2025, 5, 15);
function read(file: string) {
  const f = fixtures.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  const s = (f.platform === 'instagram' ? readInstagramPage : readTikTokPage)(fixtureDocument(f.file), f.url, NOW);
  if (!s) throw new Error(`unread ${file}`);
  return s;
}
const row = (field: string) => {
  const el = document.querySelector(`[data-field="${field}"]`);
  if (!el) throw new Error(`no row ${field}`);
  return el as HTMLElement;
};

describe('WhatWasRead', () => {
  it('shows each field with its value and source, rounded values with what the page printed', () => {
    render(<WhatWasRead snapshot={read('instagram/claire.paris.html')} version="9.9.9" />);
    expect(row('followers').textContent).toContain('12,300');
    expect(row('followers').textContent).toContain('Meta tags');
    expect(row('followers').textContent).toContain('rounded, printed "12,3 k"');
    expect(row('following').textContent).toContain('exact');
    expect(row('bio').textContent).toContain('Pâtisserie & Paris 🥐');
    expect(row('bio').textContent).toContain('Visible text');
    // Instagram has no total-likes field.
    expect(document.querySelector('[data-field="likesTotal"]')).toBeNull();
  });

  it('says what is missing and why', () => {
    render(<WhatWasRead snapshot={read('tiktok/chef.tomas.html')} />);
    const videos = row('posts');
    expect(within(videos).getByText('not on the page')).toBeTruthy();
    expect(videos.textContent).toContain('TikTok shows it only in page data, which was not there');
    expect(row('isPrivate').textContent).toContain('not on the page');
  });

  it('reports sources that disagree beyond rounding', () => {
    render(<WhatWasRead snapshot={read('instagram/giulia.roma.html')} />);
    const list = screen.getByRole('list', { name: 'Sources that disagree' });
    expect(list.textContent).toBe('Followers: Meta tags says 1,520, Page attributes says 1,610; the first is shown');
  });

  it('copies a diagnostics report with the version, fields and matched selectors', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<WhatWasRead snapshot={read('instagram/ana.souza.html')} version="1.2.3" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    await screen.findByText('Diagnostics copied');
    const report = JSON.parse(writeText.mock.calls[0]?.[0] ?? '{}') as Record<string, unknown>;
    expect(report).toMatchObject({
      url: 'https://www.instagram.com/ana.souza/',
      extensionVersion: '1.2.3',
      handle: 'ana.souza',
      status: 'ok',
    });
    expect(report['fields']).toContainEqual(
      expect.objectContaining({ field: 'followers', value: 1234567, source: 'attr', exact: true }),
    );
    expect(report['matchedSelectors']).toContain('attr: header ul li [title]');
  });

  it('says so when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    render(<WhatWasRead snapshot={read('tiktok/maya.moves.html')} version="1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(await screen.findByText(/Could not copy/)).toBeTruthy();
  });

  it('renders hostile page text as text', () => {
    render(<WhatWasRead snapshot={read('instagram/evil.bio.html')} />);
    expect(document.querySelector('img, script')).toBeNull();
    expect(row('displayName').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('list', { name: 'Read in part' }).textContent).toMatch(
      /Bio: 10,\d{3} characters on the page; the first 4,000 kept/,
    );
  });
});
