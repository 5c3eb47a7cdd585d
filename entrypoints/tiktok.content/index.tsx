import { defineContentScript } from 'wxt/utils/define-content-script';
import { profileRoot, readTikTokPage, readTiles, renderedHandle } from '@/adapters/tiktok';
import { parseTikTokApi } from '@/adapters/tiktok/api';
import { startPageSessions } from '@/lib/content/page-session';

// Thin: every TikTok page, because the site is a single-page app and a
// profile can be reached from the feed without a page load.
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startPageSessions(ctx, {
      platform: 'tiktok',
      read: readTikTokPage,
      renderedHandle,
      profileRoot,
      readTiles,
      parseApi: parseTikTokApi,
    });
  },
});
