// The window-width breakpoints of the layout, for the few places where behaviour (not only CSS)
// changes. The stylesheets use the same queries, so CSS and components always agree.
import { useCallback, useSyncExternalStore } from 'react';

/**
 * Below this width the compact layout applies (the tray popover is about 400 px wide): one-line
 * header, status and filters collapsed behind disclosures, taller rows, compact toasts.
 */
export const NARROW_QUERY = '(width < 720px)';

/**
 * Up to this width there is no room for the feed and the detail side by side: an open event
 * covers the feed, with a way back. (It used to be stacked under the feed, leaving no rows.)
 */
export const DETAIL_OVERLAY_QUERY = '(width <= 900px)';

// One MediaQueryList per query: matchMedia() builds a new list (and evaluates the query) on every
// call, and the snapshot is read on every render of every component that uses it.
let listsOf: typeof window.matchMedia | undefined;
const lists = new Map<string, MediaQueryList>();

function mediaList(query: string): MediaQueryList | undefined {
  if (typeof window.matchMedia !== 'function') return undefined;
  // A different matchMedia (tests stub it per window size) invalidates the lists made by the last.
  if (listsOf !== window.matchMedia) {
    listsOf = window.matchMedia;
    lists.clear();
  }
  let list = lists.get(query);
  if (list === undefined) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether `query` matches now, followed live; false where matchMedia is missing (jsdom). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaList(query);
      if (list === undefined) return () => undefined;
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  const snapshot = (): boolean => mediaList(query)?.matches === true;
  return useSyncExternalStore(subscribe, snapshot, () => false);
}

/** True in the compact layout (window narrower than 720 px). */
export function useNarrowLayout(): boolean {
  return useMediaQuery(NARROW_QUERY);
}

/** True when an open event covers the feed instead of sitting beside it. */
export function useDetailOverlay(): boolean {
  return useMediaQuery(DETAIL_OVERLAY_QUERY);
}
