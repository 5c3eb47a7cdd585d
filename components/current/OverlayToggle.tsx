import { siteOf } from '@/adapters/detect';
import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { loadOverlayPrefs, setSitePrefs, watchOverlayPrefs, type OverlayPrefs } from '@/lib/overlay-prefs';
import { PLATFORM_LABELS } from '../ui/labels';

/** "Show the card on Instagram": hides the overlay per site; the popup and side panel keep working. */
export function OverlayToggle({ url }: { url: string | null }) {
  const platform = siteOf(url);
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
