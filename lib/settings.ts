import { localValue } from './local-value';
import { DEFAULT_SETTINGS, parseSettings } from '@/core/settings/defaults';
import { settingsSchema, type Settings } from '@/core/settings/settings';

/**
 * Settings live in extension storage (local area), versioned. They are read
 * through `parseSettings`, so one bad field falls back alone.
 */
export const settingsItem = localValue('settings');

export interface LoadedSettings {
  settings: Settings;
  /** Fields that were unreadable and fell back to their defaults. */
  repaired: string[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  if (raw === null) return { settings: DEFAULT_SETTINGS, repaired: [] };
  return parseSettings(raw);
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(next));
}

export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((raw) => {
    onChange(raw === null ? { settings: DEFAULT_SETTINGS, repaired: [] } : parseSettings(raw));
  });
}
