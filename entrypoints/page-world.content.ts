import { defineContentScript } from 'wxt/utils/define-content-script';
import { hasRootMarker } from '@/adapters/common/api';
import { INSTAGRAM_ROOT_MARKERS, wantsInstagramRequest } from '@/adapters/instagram/api-routes';
import { TIKTOK_ROOT_MARKERS, wantsTikTokRequest } from '@/adapters/tiktok/api-routes';
import { startPageSide } from '@/lib/page-world/bridge';
import { installObserver } from '@/lib/page-world/observer';

// Runs in the page's own world on every page load, before the site's scripts
// (document_start), so it wraps fetch/XHR before the site keeps references.
// Keep it tiny: no `browser`, no zod, no UI, no i18n. The isolated content
// script receives the bodies through lib/page-world/bridge.ts.
export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const host = location.hostname;
    const site =
      host === 'www.instagram.com'
        ? { wants: wantsInstagramRequest, markers: INSTAGRAM_ROOT_MARKERS }
        : host === 'www.tiktok.com'
          ? { wants: wantsTikTokRequest, markers: TIKTOK_ROOT_MARKERS }
          : null;
    if (!site) return;
    const page = startPageSide(document);
    installObserver(window, {
      wants: site.wants,
      accept: (body) => hasRootMarker(body, site.markers),
      onBody: page.send,
    });
  },
});
