import type { Analysis } from '@/core/analysis';
import type { Platform } from '@/core/snapshot';

/**
 * What the overlay shows. `state` is also published on the shadow host as
 * `data-state`, so automation and tests read the same thing a person sees.
 *  - loading: reading the page or waiting for the analysis
 *  - ready: figures computed
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
  /** A sentence for the states without figures ("Private account — …"). */
  message: string | null;
  saved: boolean;
  saving: boolean;
}

export function overlayStateOf(analysis: Analysis): OverlayState {
  if (analysis.status !== 'ok' && analysis.status !== 'no-posts') return 'unavailable';
  const complete =
    analysis.status === 'ok' &&
    analysis.followers !== null &&
    analysis.engagement.rate !== null &&
    analysis.roi.costPerPost !== null &&
    analysis.pod.score !== null;
  return complete ? 'ready' : 'partial';
}
