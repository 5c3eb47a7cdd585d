import type { Analysis } from '@/core/score/analysis';
import type { FigureText } from '@/core/text/figure-text';
import { statusLabel } from '@/core/text/labels';
import { browserTranslator, uiText } from '@/lib/i18n';
import type { PageStatus, Platform, Snapshot } from '@/core/page/snapshot';

/**
 * What the overlay shows. `state` is also published on the shadow host as
 * `data-state`, so automation and tests read the same thing a person sees.
 *  - loading: reading the page or waiting for the analysis
 *  - ready: figures computed (the pod verdict may still wait for comments
 *    from an opened post: that is not a figure missing from the page)
 *  - partial: the profile was read but some figures are not on the page
 *  - unavailable: private, missing, login wall, unreadable
 *  - disconnected: the extension was reloaded; the page must be reloaded
 */
export type OverlayState = 'loading' | 'ready' | 'partial' | 'unavailable' | 'disconnected';

export interface OverlayModel {
  state: OverlayState;
  platform: Platform;
  handle: string | null;
  analysis: Analysis | null;
  /** The analysis's figures as printed by the background (core/text/figure-text.ts); absent = format here. */
  text?: FigureText | null;
  /** A sentence for the states without figures ("Private account — …"). */
  message: string | null;
  saved: boolean;
  saving: boolean;
}

/**
 * `snapshot` (optional) says whether the read hit a work limit on a huge or
 * pathological page: its figures then rest on part of the page, so the state
 * is partial even when every figure could be computed.
 */
export function overlayStateOf(analysis: Analysis, snapshot?: Pick<Snapshot, 'read'> | null): OverlayState {
  if (analysis.status !== 'ok' && analysis.status !== 'no-posts') return 'unavailable';
  const complete =
    analysis.status === 'ok' &&
    analysis.followers !== null &&
    analysis.engagement.rate !== null &&
    analysis.roi.costPerPost !== null &&
    (snapshot?.read?.truncated.length ?? 0) === 0;
  return complete ? 'ready' : 'partial';
}

/**
 * The sentence above the figures: a distinct one for every page state
 * (private, no posts, suspended, missing, login wall), and for a page read
 * only in part. Null when the figures speak for themselves.
 */
export function overlayMessage(
  state: OverlayState,
  status: PageStatus,
  snapshot?: Pick<Snapshot, 'read'> | null,
): string | null {
  const detail = snapshot?.read?.statusDetail;
  if (state === 'unavailable')
    return detail && status === 'not-found' ? `${detail}.` : statusLabel(status, browserTranslator());
  const truncated = snapshot?.read?.truncated[0];
  if (truncated) return uiText('overlay.readInPart', [truncated]);
  return null;
}
