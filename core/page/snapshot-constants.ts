/**
 * The snapshot's constants and small helpers, without its zod schemas: the
 * adapters and the content script need these, and importing them must not
 * build (or bundle) the schemas, which only the background and pages parse.
 */

export const PLATFORMS = ['instagram', 'tiktok'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** What the page as a whole is. Anything but `ok` is a distinct overlay state. */
export const PAGE_STATUSES = ['ok', 'private', 'no-posts', 'not-found', 'login-wall', 'unreadable'] as const;

export const MAX_COUNT = 1e13;
/** Lengths are capped so a hostile page cannot make us store megabytes. */
export const MAX_TEXT = 4000;
export const MAX_NAME = 200;
export const MAX_POSTS = 2000;
export const MAX_COMMENTS_PER_POST = 500;

export const SNAPSHOT_VERSION = 1;

export function creatorKey(platform: Platform, handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}
