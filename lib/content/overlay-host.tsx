import { useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useStore } from 'zustand';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { DISCONNECTED_MESSAGE, Overlay } from '@/components/overlay/Overlay';
import type { Platform } from '@/core/page/snapshot';
import { loadOverlayPrefs, setSitePrefs, watchOverlayPrefs, type SitePrefs } from '@/lib/overlay-prefs';
import { applyContract, contractAttributes } from './contract';
import type { OverlayStore } from './overlay-store';

const OVERLAY_TAG = 'creator-scout-overlay';

function OverlayApp({ store, onSave }: { store: OverlayStore; onSave: () => void }) {
  const model = useStore(store, (s) => s.model);
  const prefs = useSitePrefs(model.platform);
  // Hidden for this site (popup switch): the host and its contract attributes
  // stay for automation; nothing is drawn on the page.
  if (!prefs || prefs.hidden) return null;
  // Orphaned by an extension reload: the extension APIs (i18n included) are
  // gone, so this state uses only the sentence translated when the page loaded.
  if (model.state === 'disconnected') {
    return (
      <section
        className={`cs-overlay cs-overlay--${prefs.corner}`}
        aria-label="Creator Scout"
        data-state="disconnected"
      >
        <p className="cs-overlay__message">{DISCONNECTED_MESSAGE}</p>
      </section>
    );
  }
  return (
    <Overlay
      model={model}
      onSave={onSave}
      corner={prefs.corner}
      onMove={(corner) => void setSitePrefs(model.platform, { corner })}
    />
  );
}

/** This site's overlay placement, kept current when the popup or another tab changes it. */
function useSitePrefs(platform: Platform): SitePrefs | null {
  const [prefs, setPrefs] = useState<SitePrefs | null>(null);
  useEffect(() => {
    let live = true;
    void loadOverlayPrefs().then((all) => live && setPrefs(all[platform]));
    const unwatch = watchOverlayPrefs((all) => setPrefs(all[platform]));
    return () => {
      live = false;
      // After an extension reload the storage API is gone; nothing to undo then.
      try {
        unwatch();
      } catch {
        // Orphaned script: its listener went with the runtime.
      }
    };
  }, [platform]);
  return prefs;
}

/**
 * Mount the overlay in a shadow root (page styles never reach it, ours never
 * leak). The host is idempotent: hosts left by an older copy of the extension
 * (after an update) are removed first. The contract attributes follow the store.
 */
export async function mountOverlay(ctx: ContentScriptContext, store: OverlayStore, onSave: () => void) {
  for (const stale of document.querySelectorAll(OVERLAY_TAG)) stale.remove();
  const ui = await createShadowRootUi<{ root: Root; unsubscribe: () => void }>(ctx, {
    name: OVERLAY_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      const sync = () => {
        const { model, snapshot } = store.getState();
        applyContract(host, contractAttributes(model, snapshot));
      };
      sync();
      const unsubscribe = store.subscribe(sync);
      const root = createRoot(container);
      root.render(<OverlayApp store={store} onSave={onSave} />);
      return { root, unsubscribe };
    },
    onRemove(mounted) {
      mounted?.unsubscribe();
      mounted?.root.unmount();
    },
  });
  return ui;
}
