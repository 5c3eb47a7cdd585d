import type { Pod } from '../score/analysis';
import { EN, type Translate } from './i18n';
import * as labels from './labels';
import type { PageStatus } from '../page/snapshot';

/**
 * Display formatting shared by the overlay, popup, side panel and the reason
 * sentences in core: the number formatters (numbers.ts) and the short labels
 * with English by default (labels.ts has them with a required translator).
 */

export * from './numbers';

// Labels with English by default; the implementations (translator required)
// live in labels.ts so the content scripts can use them without bundling the
// English catalogue that EN reads.

export function podLevelLabel(level: Pod['level'], t: Translate = EN): string {
  return labels.podLevelLabel(level, t);
}

/** See labels.podEvidenceLabel. */
export function podEvidenceLabel(
  pod: Pick<Pod, 'commentsSeen' | 'postsWithComments'>,
  postsMeasured: number,
  t: Translate = EN,
): string {
  return labels.podEvidenceLabel(pod, postsMeasured, t);
}

export function statusLabel(status: PageStatus, t: Translate = EN): string {
  return labels.statusLabel(status, t);
}
