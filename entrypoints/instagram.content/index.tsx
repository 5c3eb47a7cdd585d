import { defineContentScript } from 'wxt/utils/define-content-script';
import { profileRoot, readInstagramPage, readTiles, renderedHandle } from '@/adapters/instagram';
import { parseInstagramApi } from '@/adapters/instagram/api';
import { startPageSessions } from '@/lib/content/page-session';

// Thin: every Instagram page, because the site is a single-page app and a
// profile can be reached from the feed without a page load.
export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startPageSessions(ctx, {
      platform: 'instagram',
      read: readInstagramPage,
      renderedHandle,
      profileRoot,
      readTiles,
      parseApi: parseInstagramApi,
    });
  },
});
