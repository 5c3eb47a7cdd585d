import type { Platform } from '@/core/page/snapshot';
import { uiLocale, uiText } from '@/lib/i18n';

/** Display names of the platforms: brand names, the same in every language. */
export const PLATFORM_LABELS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

/** "by followers" / "por seguidores": the basis of an engagement rate. */
export function basisLabel(basis: 'followers' | 'views'): string {
  return basis === 'views' ? uiText('ui.byViews') : uiText('ui.byFollowers');
}

/**
 * Figures are formatted in the browser's UI language, the one the messages
 * are chosen by (core's own default stays en-US for deterministic tests).
 * Read when called, not at import, so it always matches the messages.
 */
export { uiLocale };
