import type { Platform } from '@/core/snapshot';

/** Display names of the platforms (labels, not figures). */
export const PLATFORM_LABELS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

export const BASIS_LABELS = {
  followers: 'by followers',
  views: 'by views',
} as const;

/** Figures are formatted in the browser's language (core defaults to en-US for its own sentences). */
export const UI_LOCALE: string | undefined = typeof navigator === 'undefined' ? undefined : navigator.language || undefined;
