import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadOverlayPrefs } from '@/lib/overlay-prefs';
import { OverlayToggle, platformOfUrl } from './OverlayToggle';

describe('OverlayToggle', () => {
  it('knows the site of a tab', () => {
    expect(platformOfUrl('https://www.instagram.com/janedoe/')).toBe('instagram');
    expect(platformOfUrl('https://www.tiktok.com/@maya.moves')).toBe('tiktok');
    expect(platformOfUrl('https://evil-instagram.com/')).toBeNull();
    expect(platformOfUrl(null)).toBeNull();
    expect(platformOfUrl('not a url')).toBeNull();
  });

  it('hides and shows the card on one site only', async () => {
    render(<OverlayToggle url="https://www.tiktok.com/@maya.moves" />);
    const box = (await screen.findByRole('checkbox', { name: 'Show the Creator Scout card on TikTok pages' })) as HTMLInputElement;
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
