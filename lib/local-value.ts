import { browser } from 'wxt/browser';

/**
 * One value in extension storage (local area), read raw: every caller
 * validates what it reads (a value from an older version, or edited by hand,
 * is never trusted). The extension API directly rather than WXT's storage
 * wrapper, whose versions and migrations have nothing to do here and which
 * was 7 kB of every content script and of the worker.
 */
export interface LocalValue {
  /** The stored value, or null when there is none. */
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
  /** Called with the new value (null when removed) whenever any view changes it; returns stop. */
  watch(onChange: (value: unknown) => void): () => void;
}

export function localValue(key: string): LocalValue {
  const own = (record: Record<string, unknown>) => Object.prototype.hasOwnProperty.call(record, key);
  return {
    async getValue() {
      const stored: Record<string, unknown> = await browser.storage.local.get(key);
      return own(stored) ? (stored[key] ?? null) : null;
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    async removeValue() {
      await browser.storage.local.remove(key);
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && own(changes)) onChange(changes[key]?.newValue ?? null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
