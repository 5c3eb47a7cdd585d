import { useEffect, useSyncExternalStore } from 'react';
import { getDb } from '../db';
import { ShortlistLive, type ShortlistLiveState } from '../shortlist-live';
import { rowContext } from '../shortlist-compute';
import { useSettings } from './use-settings';

// One live shortlist per extension page, shared by every view that shows it,
// started by the first and stopped once the last one has gone (a task later,
// so a view that unmounts and mounts again at once keeps it).
let live: ShortlistLive | undefined;
let users = 0;
let stopTimer: ReturnType<typeof setTimeout> | undefined;

function getShortlistLive(): ShortlistLive {
  live ??= new ShortlistLive(getDb());
  return live;
}

function retain(): () => void {
  clearTimeout(stopTimer);
  users += 1;
  const current = getShortlistLive();
  current.start();
  return () => {
    users -= 1;
    if (users > 0) return;
    stopTimer = setTimeout(() => {
      if (users > 0 || live !== current) return;
      current.stop();
      live = undefined;
    }, 0);
  };
}

/** Start reading the stored list rows now, before a view shows them (see ShortlistLive.preload). */
export function preloadShortlistRows(): void {
  getShortlistLive().preload();
}

/**
 * The shortlist's list rows, live, with their figures judged against the
 * current settings. Opening reads the rows only; see lib/shortlist-live.ts.
 */
export function useShortlistRows(): { state: ShortlistLiveState; live: ShortlistLive } {
  const current = getShortlistLive();
  const { settings, loaded } = useSettings();
  useEffect(() => retain(), []);
  useEffect(() => current.setContext(loaded ? rowContext(settings) : null), [current, settings, loaded]);
  const state = useSyncExternalStore(current.subscribe, current.getState);
  return { state, live: current };
}
