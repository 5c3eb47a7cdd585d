import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { EN } from '@/core/text/i18n';
import { listedOf } from '@/core/shortlist/shortlist-row';
import { computeRow } from '@/core/shortlist/shortlist-row-compute';
import { threeCreators } from '../../tests/builders/shortlist';
import { LIST_COLUMNS } from '@/core/shortlist/shortlist-columns';
import { LIST_CELLS } from './cells';
import { ShortlistRow } from './ShortlistRow';

const [alpha] = threeCreators();
const row = listedOf(
  computeRow(alpha!, new Map(), { settings: DEFAULT_SETTINGS, fingerprint: 'f', t: EN, english: true }),
);

function renderRow(figures: typeof row.figures) {
  render(<ShortlistRow row={{ key: row.key, row, figures }} index={0} style={{}} onRemove={() => undefined} />);
  return screen.getByRole('row');
}

describe('ShortlistRow', () => {
  it('has a cell for every list column of the table, and no other', () => {
    expect(Object.keys(LIST_CELLS).sort()).toEqual([...LIST_COLUMNS].sort());
  });

  it('shows the current figures', () => {
    const cells = within(renderRow(row.figures)).getAllByRole('cell');
    expect(cells[1]?.textContent).toBe('Nano');
    expect(cells[2]?.textContent).toMatch(/%$/);
    // No comments read for alpha: its pod verdict is not judged yet, never a green score.
    expect(cells[4]?.textContent).toBe('Pod risk not judged yet');
  });

  it('says which figures are being updated instead of showing old ones', () => {
    const line = renderRow(null);
    expect(line.getAttribute('aria-busy')).toBe('true');
    const cells = within(line).getAllByRole('cell');
    for (const i of [1, 2, 3, 4]) {
      expect(cells[i]?.textContent).toBe('updating…');
      expect(cells[i]?.querySelector('[title]')?.getAttribute('title')).toBe(
        'Being recomputed under the current settings; the old figure is not shown.',
      );
    }
    // The creator, the note and the actions stay usable meanwhile.
    expect(cells[0]?.textContent).toContain('@alpha');
    expect(within(line).getByRole('textbox', { name: 'Note for @alpha' })).toBeTruthy();
  });
});
