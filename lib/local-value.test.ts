import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { localValue } from './local-value';

describe('localValue (one value in storage.local)', () => {
  it('reads null when nothing is stored, what was set, and null again once removed', async () => {
    const item = localValue('test-item');
    expect(await item.getValue()).toBeNull();
    await item.setValue({ a: 1 });
    expect(await item.getValue()).toEqual({ a: 1 });
    await item.removeValue();
    expect(await item.getValue()).toBeNull();
  });

  it('reads a value WXT storage wrote under the same key (installs from before)', async () => {
    await browser.storage.local.set({ 'test-legacy': { v: 2 }, 'test-legacy$': { v: 1 } });
    expect(await localValue('test-legacy').getValue()).toEqual({ v: 2 });
  });

  it('tells its watcher about its own key only, until stopped', async () => {
    const item = localValue('test-watched');
    const seen: unknown[] = [];
    const stop = item.watch((value) => seen.push(value));
    await localValue('test-other').setValue('ignored');
    await item.setValue('first');
    await vi.waitFor(() => expect(seen).toEqual(['first']));
    await item.removeValue();
    await vi.waitFor(() => expect(seen).toEqual(['first', null]));
    stop();
    await item.setValue('after');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['first', null]);
  });
});
