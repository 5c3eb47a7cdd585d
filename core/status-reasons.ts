import type { PageStatus } from './snapshot';

/**
 * Why a page state yields no figures. For these states every figure is null
 * with this sentence, never a zero that would read as "no engagement".
 * 'ok' and 'no-posts' are readable pages: their figures are computed.
 */
const BLOCKED: Partial<Record<PageStatus, string>> = {
  private: 'Private account: posts and their metrics are not visible',
  'not-found': 'Page not found: there is no account to measure',
  'login-wall': 'The site showed a login wall, so the page could not be read',
  unreadable: 'The page could not be read, so there are no figures',
};

/** The sentence for a status that blocks figures, or null when figures can be computed. */
export function blockedReason(status: PageStatus): string | null {
  return BLOCKED[status] ?? null;
}
