import { useEffect } from 'react';
import { retainSettingsSync, useSettingsStore, type SettingsState } from './settings-store';

/** The current settings (defaults until storage has been read; see `loaded`). */
export function useSettings(): SettingsState {
  useEffect(() => retainSettingsSync(), []);
  return useSettingsStore();
}
