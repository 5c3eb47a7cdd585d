import type { Audience, Pod } from '../score/analysis';
import { formatExactCount, localeOf } from './numbers';
import type { MessageKey, Translate } from './i18n';
import type { PageStatus } from '../page/snapshot';

/**
 * Short labels in the translator's language. The translator is required
 * here (no English default), so code that passes its own, such as the page
 * overlay, never pulls the English catalogue into its bundle; format.ts
 * offers the same functions with English by default.
 */

const POD_LEVEL_KEYS: Record<NonNullable<Pod['level']>, MessageKey> = {
  low: 'pod.level.low',
  medium: 'pod.level.medium',
  high: 'pod.level.high',
};

export function podLevelLabel(level: Pod['level'], t: Translate): string {
  return t(level ? POD_LEVEL_KEYS[level] : 'pod.level.none');
}

const AUDIENCE_LEVEL_KEYS: Record<NonNullable<Audience['level']>, MessageKey> = {
  ok: 'pod.audience.level.ok',
  flagged: 'pod.audience.level.flagged',
};

/** "Audience: check it", "Audience: no warning signs" or "Audience not checked". */
export function audienceLevelLabel(level: Audience['level'], t: Translate): string {
  return t(level ? AUDIENCE_LEVEL_KEYS[level] : 'pod.audience.level.none');
}

/** The sentence that says most about the audience: the strongest flag, else why nothing was flagged. */
export function audienceTopReason(audience: Pick<Audience, 'flags' | 'reasons'>): string | undefined {
  return audience.flags[0]?.reason ?? audience.reasons[0];
}

/**
 * What a pod verdict rests on: the posts whose metrics were measured and the
 * comments read from opened posts. Shown with the verdict, so a score from
 * one post is not taken for one from twenty.
 */
export function podEvidenceLabel(
  pod: Pick<Pod, 'commentsSeen' | 'postsWithComments'>,
  postsMeasured: number,
  t: Translate,
): string {
  const n = (key: MessageKey, count: number) => t(key, [formatExactCount(count, localeOf(t))], count);
  const metrics =
    postsMeasured > 0 ? t('pod.evidence.metrics', [n('count.posts', postsMeasured)]) : t('pod.evidence.noMetrics');
  const comments =
    pod.commentsSeen > 0
      ? t('pod.evidence.comments', [
          n('count.comments', pod.commentsSeen),
          n('count.openedPosts', pod.postsWithComments),
        ])
      : t('pod.evidence.noComments');
  return t('pod.evidence.sentence', [metrics, comments]);
}

const STATUS_KEYS: Record<PageStatus, MessageKey> = {
  ok: 'status.ok',
  private: 'status.private',
  'no-posts': 'status.noPosts',
  'not-found': 'status.notFound',
  'login-wall': 'status.loginWall',
  unreadable: 'status.unreadable',
};

export function statusLabel(status: PageStatus, t: Translate): string {
  return t(STATUS_KEYS[status] ?? STATUS_KEYS.unreadable);
}
