import { EN, type MessageKey, type Translate } from '../text/i18n';
import type { PageStatus } from './snapshot';

/**
 * Why a page state yields no figures. For these states every figure is null
 * with this sentence, never a zero that would read as "no engagement".
 * 'ok' and 'no-posts' are readable pages: their figures are computed.
 */
const BLOCKED: Partial<Record<PageStatus, MessageKey>> = {
  private: 'blocked.private',
  'not-found': 'blocked.notFound',
  'login-wall': 'blocked.loginWall',
  unreadable: 'blocked.unreadable',
};

/** The sentence for a status that blocks figures, or null when figures can be computed. */
export function blockedReason(status: PageStatus, t: Translate = EN): string | null {
  const key = BLOCKED[status];
  return key ? t(key) : null;
}
