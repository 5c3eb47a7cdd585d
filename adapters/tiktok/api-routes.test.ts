import { describe, expect, it } from 'vitest';
import { hasRootMarker } from '../common/api';
import { TIKTOK_ACCEPTED, TIKTOK_REJECTED, TIKTOK_ROOT_MARKERS, wantsTikTokRequest } from './api-routes';

describe('wantsTikTokRequest', () => {
  it.each(TIKTOK_ACCEPTED.map((r) => [...r]))('accepts %s %s', (url, method, body) => {
    expect(wantsTikTokRequest(url as string, method as string, body as string | null)).toBe(true);
  });
  it.each(TIKTOK_REJECTED.map((r) => [...r]))('rejects %s %s', (url, method, body) => {
    expect(wantsTikTokRequest(url as string, method as string, body as string | null)).toBe(false);
  });
});

describe('hasRootMarker', () => {
  it('finds each marker', () => {
    for (const m of TIKTOK_ROOT_MARKERS) expect(hasRootMarker(`{${m}:[]}`, TIKTOK_ROOT_MARKERS)).toBe(true);
  });
  it('refuses the empty 200 body unsigned calls get, and other shapes', () => {
    expect(hasRootMarker('', TIKTOK_ROOT_MARKERS)).toBe(false);
    expect(hasRootMarker('{"statusCode":0,"status_msg":""}', TIKTOK_ROOT_MARKERS)).toBe(false);
  });
});
