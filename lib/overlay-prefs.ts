import { z } from 'zod/mini';
import { localValue } from './local-value';
import { PLATFORMS } from '@/core/page/snapshot-constants';
import type { Platform } from '@/core/page/snapshot';

/**
 * Where the overlay sits and whether it shows, per site. In extension storage
 * (readable from content scripts, unlike our IndexedDB). A bad stored value
 * falls back for that site alone.
 */
const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

const sitePrefsSchema = z.object({ corner: z.enum(CORNERS), hidden: z.boolean() });
export type SitePrefs = z.infer<typeof sitePrefsSchema>;
export type OverlayPrefs = Record<Platform, SitePrefs>;

const DEFAULT_SITE_PREFS: SitePrefs = { corner: 'bottom-right', hidden: false };

export const overlayPrefsItem = localValue('overlayPrefs');

export function parseOverlayPrefs(raw: unknown): OverlayPrefs {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out = {} as OverlayPrefs;
  for (const platform of PLATFORMS) {
    const own = Object.prototype.hasOwnProperty.call(source, platform) ? source[platform] : undefined;
    const parsed = sitePrefsSchema.safeParse(own);
    out[platform] = parsed.success ? parsed.data : { ...DEFAULT_SITE_PREFS };
  }
  return out;
}

export async function loadOverlayPrefs(): Promise<OverlayPrefs> {
  return parseOverlayPrefs(await overlayPrefsItem.getValue());
}

export async function setSitePrefs(platform: Platform, patch: Partial<SitePrefs>): Promise<void> {
  const prefs = await loadOverlayPrefs();
  prefs[platform] = sitePrefsSchema.parse({ ...prefs[platform], ...patch });
  await overlayPrefsItem.setValue(prefs);
}

export function watchOverlayPrefs(onChange: (prefs: OverlayPrefs) => void): () => void {
  return overlayPrefsItem.watch((raw) => onChange(parseOverlayPrefs(raw)));
}

/** The corner nearest to a point in a viewport of the given size. */
export function nearestCorner(x: number, y: number, width: number, height: number): Corner {
  const vertical = y < height / 2 ? 'top' : 'bottom';
  const horizontal = x < width / 2 ? 'left' : 'right';
  return `${vertical}-${horizontal}`;
}

/** The next corner clockwise, for keyboard users. */
export function nextCorner(corner: Corner): Corner {
  const order: Corner[] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];
  return order[(order.indexOf(corner) + 1) % order.length] ?? 'bottom-right';
}
