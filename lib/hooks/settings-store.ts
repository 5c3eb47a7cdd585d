import { create } from 'zustand';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import type { Settings } from '@/core/settings/settings';
import { loadSettings, watchSettings, type LoadedSettings } from '../settings';

/**
 * One settings store per extension page, hydrated from storage and kept
 * current by watching it, so a change saved in the options page re-tiers the
 * popup and side panel without a reload.
 */
export interface SettingsState {
  settings: Settings;
  /** Fields that were unreadable in storage and fell back to defaults. */
  repaired: string[];
  loaded: boolean;
}

const initial = (): SettingsState => ({ settings: DEFAULT_SETTINGS, repaired: [], loaded: false });

export const useSettingsStore = create<SettingsState>(initial);

function apply(loaded: LoadedSettings): void {
  useSettingsStore.setState({ settings: loaded.settings, repaired: loaded.repaired, loaded: true });
}

let users = 0;
let unwatch: (() => void) | undefined;

/**
 * Start syncing with storage; returns the matching stop. Reference-counted so
 * several components share one watcher, and the last one out resets the store
 * (a fresh mount, e.g. in the next test, hydrates again).
 */
export function retainSettingsSync(): () => void {
  users += 1;
  if (users === 1) {
    unwatch = watchSettings(apply);
    void loadSettings().then((loaded) => {
      if (users > 0) apply(loaded);
    });
  }
  return () => {
    users -= 1;
    if (users > 0) return;
    unwatch?.();
    unwatch = undefined;
    useSettingsStore.setState(initial());
  };
}
