import type { ApiBody } from '@/adapters/common/api';
import type { ApiFactsResponse } from '@/adapters/common/api-schema';
import { parseInstagramApi } from '@/adapters/instagram/api';
import { parseTikTokApi } from '@/adapters/tiktok/api';
import type { Platform } from '@/core/snapshot';

/**
 * A response the site's own front-end fetched, parsed here rather than in the
 * page: the JSON.parse and validation of a 200 kB timeline cost the page's
 * main thread nothing. Pure: nothing is stored (the page keeps what it needs
 * for the view on screen, and the snapshot it builds is stored as usual).
 */
export function parseApiBody(platform: Platform, body: ApiBody): ApiFactsResponse {
  try {
    const facts = platform === 'instagram' ? parseInstagramApi(body) : parseTikTokApi(body);
    return { ok: true, facts };
  } catch (error) {
    // The parsers promise not to throw; if one does, the page keeps what it read itself.
    console.warn('[creator-scout] background: an API body could not be parsed:', error);
    return { ok: false, error: 'unparsed' };
  }
}
