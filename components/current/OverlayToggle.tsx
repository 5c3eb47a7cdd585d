import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { Platform } from '@/core/snapshot';
import { loadOverlayPrefs, setSitePrefs, watchOverlayPrefs, type OverlayPrefs } from '@/lib/overlay-prefs';
import { PLATFORM_LABELS } from '../ui/labels';

/** The site of a tab URL we may read, or null. */
export function platformOfUrl(url: string | null): Platform | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    if (/(^|\.)instagram\.com$/.test(host)) return 'instagram';
    if (/(^|\.)tiktok\.com$/.test(host)) return 'tiktok';
  } catch {
    // Not a URL: no site.
  }
  return null;
}

/** "Show the card on Instagram": hides the overlay per site; the popup and side panel keep working. */
export function OverlayToggle({ url }: { url: string | null }) {
  const platform = platformOfUrl(url);
  const [prefs, setPrefs] = useState<OverlayPrefs | null>(null);
  useEffect(() => {
    void loadOverlayPrefs().then(setPrefs);
    return watchOverlayPrefs(setPrefs);
  }, []);
  if (!platform || !prefs) return null;
  return (
    <label className="cs-current__toggle">
      <input
        type="checkbox"
        checked={!prefs[platform].hidden}
        onChange={(event) => {
          const hidden = !event.target.checked;
          // Show the new state at once; storage (and other views) follow.
          setPrefs({ ...prefs, [platform]: { ...prefs[platform], hidden } });
          void setSitePrefs(platform, { hidden });
        }}
      />{' '}
      {i18n.t('current.showCard', [PLATFORM_LABELS[platform]])}
    </label>
  );
}
