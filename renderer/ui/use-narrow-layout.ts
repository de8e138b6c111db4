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

/** Whether `query` matches now, followed live; false where matchMedia is missing (jsdom). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  const snapshot = (): boolean =>
    typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
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
