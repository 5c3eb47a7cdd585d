import { create } from 'zustand';
import { COMPARE_MAX } from '@/core/shortlist/compare-limits';

/**
 * Creators ticked for comparison, in the order they were ticked. Shared by
 * the shortlist rows and the Compare tab of the same page; not stored (a
 * comparison is a moment's question, the shortlist is what is kept).
 */
interface SelectionState {
  keys: string[];
  toggle: (key: string) => void;
  remove: (key: string) => void;
  clear: () => void;
}

export const useCompareSelection = create<SelectionState>((set) => ({
  keys: [],
  toggle: (key) =>
    set(({ keys }) => {
      if (keys.includes(key)) return { keys: keys.filter((k) => k !== key) };
      return keys.length >= COMPARE_MAX ? { keys } : { keys: [...keys, key] };
    }),
  remove: (key) => set(({ keys }) => ({ keys: keys.filter((k) => k !== key) })),
  clear: () => set({ keys: [] }),
}));
