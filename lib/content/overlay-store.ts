import { createStore } from 'zustand/vanilla';
import type { Snapshot, Platform } from '@/core/page/snapshot';
import type { OverlayModel } from '@/components/overlay/model';

/** The content script's only state: what the overlay shows for this page view. */
export interface OverlayStoreState {
  model: OverlayModel;
  /** The snapshot the figures came from (for the contract attributes). */
  snapshot: Snapshot | null;
}

export function createOverlayStore(platform: Platform) {
  return createStore<OverlayStoreState>(() => ({
    model: { state: 'loading', platform, handle: null, analysis: null, message: null, saved: false, saving: false },
    snapshot: null,
  }));
}
export type OverlayStore = ReturnType<typeof createOverlayStore>;
