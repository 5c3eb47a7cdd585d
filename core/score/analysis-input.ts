import type { Snapshot } from '../page/snapshot';

/**
 * What the figures are computed from: a snapshot's page content, plus the ids
 * of posts that are comment evidence only (opened earlier, no longer in the
 * grid; see mergeComments). Those feed comment-based pod signals and are
 * neither measured nor counted as "without metrics".
 */
export type AnalysisInput = Pick<Snapshot, 'platform' | 'handle' | 'status' | 'capturedAt' | 'profile' | 'posts'> & {
  readonly evidenceOnlyIds?: readonly string[];
  /** A price per post agreed with the creator (shortlist): replaces the estimate everywhere. */
  readonly agreedPrice?: number | null;
};
