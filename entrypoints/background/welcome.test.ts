import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showWelcomeOnce } from './welcome';

describe('showWelcomeOnce', () => {
  it('opens the welcome page once, however often the install event fires', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await showWelcomeOnce();
    await showWelcomeOnce();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html$/);
  });
});
