import { describe, expect, it, vi } from 'vitest';
import {
  loadOverlayPrefs,
  nearestCorner,
  nextCorner,
  overlayPrefsItem,
  parseOverlayPrefs,
  setSitePrefs,
  watchOverlayPrefs,
  type OverlayPrefs,
} from './overlay-prefs';

describe('overlay prefs', () => {
  it('defaults to the bottom-right corner, shown, on both sites', async () => {
    expect(await loadOverlayPrefs()).toEqual({
      instagram: { corner: 'bottom-right', hidden: false },
      tiktok: { corner: 'bottom-right', hidden: false },
    });
  });

  it('remembers each site on its own', async () => {
    await setSitePrefs('tiktok', { corner: 'top-left' });
    await setSitePrefs('instagram', { hidden: true });
    expect(await loadOverlayPrefs()).toEqual({
      instagram: { corner: 'bottom-right', hidden: true },
      tiktok: { corner: 'top-left', hidden: false },
    });
  });

  it('a corrupt value falls back for that site alone', async () => {
    await overlayPrefsItem.setValue({
      instagram: { corner: 'middle', hidden: 'yes' },
      tiktok: { corner: 'top-right', hidden: true },
    });
    expect(await loadOverlayPrefs()).toEqual({
      instagram: { corner: 'bottom-right', hidden: false },
      tiktok: { corner: 'top-right', hidden: true },
    });
    expect(
      parseOverlayPrefs(JSON.parse('{"__proto__": {"corner": "top-left", "hidden": true}}')).instagram.corner,
    ).toBe('bottom-right');
    expect(parseOverlayPrefs('garbage').tiktok.hidden).toBe(false);
  });

  it('tells watchers of every change (another tab, the popup) until they stop watching', async () => {
    const seen: OverlayPrefs[] = [];
    const stop = watchOverlayPrefs((prefs) => seen.push(prefs));
    await setSitePrefs('instagram', { corner: 'top-right' });
    await vi.waitFor(() => expect(seen.at(-1)?.instagram.corner).toBe('top-right'));
    stop();
    const count = seen.length;
    await setSitePrefs('instagram', { corner: 'top-left' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(count);
    expect((await loadOverlayPrefs()).instagram.corner).toBe('top-left');
  });

  it('finds the nearest corner and cycles corners clockwise', () => {
    expect(nearestCorner(10, 10, 1000, 800)).toBe('top-left');
    expect(nearestCorner(990, 790, 1000, 800)).toBe('bottom-right');
    expect(nearestCorner(900, 100, 1000, 800)).toBe('top-right');
    expect(nextCorner('bottom-right')).toBe('bottom-left');
    expect(nextCorner('top-right')).toBe('bottom-right');
  });
});
