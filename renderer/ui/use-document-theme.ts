import { useEffect } from 'react';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Puts the effective theme on `<html data-theme>`: the chosen one, or for 'system' the OS
 * preference, followed live. The stylesheet then needs one dark palette, not two copies.
 */
export function useDocumentTheme(theme: 'system' | 'light' | 'dark'): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme !== 'system') {
      root.dataset.theme = theme;
      return undefined;
    }
    // jsdom and very old engines have no matchMedia: light is the safe default there.
    if (typeof window.matchMedia !== 'function') {
      root.dataset.theme = 'light';
      return undefined;
    }
    const query = window.matchMedia(DARK_QUERY);
    const apply = (): void => {
      root.dataset.theme = query.matches ? 'dark' : 'light';
    };
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
