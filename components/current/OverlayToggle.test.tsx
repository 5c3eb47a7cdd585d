import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadOverlayPrefs } from '@/lib/overlay-prefs';
import { OverlayToggle } from './OverlayToggle';

describe('OverlayToggle', () => {
  it('hides and shows the card on one site only', async () => {
    render(<OverlayToggle url="https://www.tiktok.com/@maya.moves" />);
    const box = (await screen.findByRole('checkbox', {
      name: 'Show the Creator Scout card on TikTok pages',
    })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await expect.poll(async () => (await loadOverlayPrefs()).tiktok.hidden).toBe(true);
    expect((await loadOverlayPrefs()).instagram.hidden).toBe(false);
    await expect.poll(() => box.checked).toBe(false);
  });

  it('shows nothing on other sites', () => {
    const { container } = render(<OverlayToggle url="https://example.com/" />);
    expect(container.textContent).toBe('');
  });
});
