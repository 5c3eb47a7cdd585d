import { describe, expect, it } from 'vitest';
import { loadOverlayPrefs, nearestCorner, nextCorner, overlayPrefsItem, parseOverlayPrefs, setSitePrefs } from './overlay-prefs';

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
    await overlayPrefsItem.setValue({ instagram: { corner: 'middle', hidden: 'yes' }, tiktok: { corner: 'top-right', hidden: true } });
    expect(await loadOverlayPrefs()).toEqual({
      instagram: { corner: 'bottom-right', hidden: false },
      tiktok: { corner: 'top-right', hidden: true },
    });
    expect(parseOverlayPrefs(JSON.parse('{"__proto__": {"corner": "top-left", "hidden": true}}')).instagram.corner).toBe('bottom-right');
    expect(parseOverlayPrefs('garbage').tiktok.hidden).toBe(false);
  });

  it('finds the nearest corner and cycles corners clockwise', () => {
    expect(nearestCorner(10, 10, 1000, 800)).toBe('top-left');
    expect(nearestCorner(990, 790, 1000, 800)).toBe('bottom-right');
    expect(nearestCorner(900, 100, 1000, 800)).toBe('top-right');
    expect(nextCorner('bottom-right')).toBe('bottom-left');
    expect(nextCorner('top-right')).toBe('bottom-right');
  });
});
