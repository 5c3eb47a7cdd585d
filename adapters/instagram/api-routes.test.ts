import { describe, expect, it } from 'vitest';
import { hasRootMarker } from '../common/api';
import {
  INSTAGRAM_ACCEPTED,
  INSTAGRAM_REJECTED,
  INSTAGRAM_ROOT_MARKERS,
  friendlyName,
  wantsInstagramRequest,
} from './api-routes';

describe('wantsInstagramRequest', () => {
  it.each(INSTAGRAM_ACCEPTED.map((r) => [...r]))('accepts %s %s', (url, method, body) => {
    expect(wantsInstagramRequest(url as string, method as string, body as string | null)).toBe(true);
  });
  it.each(INSTAGRAM_REJECTED.map((r) => [...r]))('rejects %s %s', (url, method, body) => {
    expect(wantsInstagramRequest(url as string, method as string, body as string | null)).toBe(false);
  });
  it('finds the query name after kilobytes of session fields', () => {
    const body = `__dyn=${'x'.repeat(20_000)}&fb_api_req_friendly_name=PolarisProfilePostsQuery&variables=%7B%7D`;
    expect(wantsInstagramRequest('https://www.instagram.com/graphql/query', 'POST', body)).toBe(true);
  });
  it('does not throw on a malformed percent-encoding (accepts and lets the parser decide)', () => {
    expect(friendlyName('fb_api_req_friendly_name=%E0%A4%A')).toBeNull();
    expect(
      wantsInstagramRequest('https://www.instagram.com/graphql/query', 'POST', 'fb_api_req_friendly_name=%E0%A4%A'),
    ).toBe(true);
  });
  it('reads a form-encoded name with + for spaces', () => {
    expect(friendlyName('a=1&fb_api_req_friendly_name=Polaris+Post&b=2')).toBe('Polaris Post');
  });
});

describe('hasRootMarker', () => {
  it('finds each marker in a body', () => {
    for (const m of INSTAGRAM_ROOT_MARKERS)
      expect(hasRootMarker(`{"data":{${m}:{}}}`, INSTAGRAM_ROOT_MARKERS)).toBe(true);
  });
  it('refuses bodies without one (and the unquoted word)', () => {
    expect(hasRootMarker('', INSTAGRAM_ROOT_MARKERS)).toBe(false);
    expect(hasRootMarker('{"data":{"xdt_viewer":{}}}', INSTAGRAM_ROOT_MARKERS)).toBe(false);
    expect(hasRootMarker('for (;;);{"comments_disabled":true}', INSTAGRAM_ROOT_MARKERS)).toBe(false);
    expect(hasRootMarker('follower_count edge_followed_by', INSTAGRAM_ROOT_MARKERS)).toBe(false);
  });
});
