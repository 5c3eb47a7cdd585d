import { describe, expect, it } from 'vitest';
import { blockedReason } from './status-reasons';

describe('blockedReason', () => {
  it('blocks figures for unreadable states only', () => {
    expect(blockedReason('ok')).toBeNull();
    expect(blockedReason('no-posts')).toBeNull();
    expect(blockedReason('private')).toBe('Private account: posts and their metrics are not visible');
    expect(blockedReason('not-found')).toMatch(/^Page not found/);
    expect(blockedReason('login-wall')).toMatch(/login wall/);
    expect(blockedReason('unreadable')).toMatch(/could not be read/);
  });
});
