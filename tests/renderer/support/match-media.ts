// A window of a chosen width for the layout's media queries: jsdom has no matchMedia (and so is
// always wide); this stub answers "(width < Npx)" and "(width <= Npx)" and can resize live.
import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** Stubs matchMedia for a window `width` px wide; undo with vi.unstubAllGlobals(). */
export function stubWindowWidth(width: number): { resize(next: number): void } {
  let current = width;
  const listeners = new Set<() => void>();
  const matches = (query: string): boolean => {
    const range = /^\(width (<=?) (\d+)px\)$/.exec(query);
    if (range === null) return false;
    const limit = Number(range[2]);
    return range[1] === '<' ? current < limit : current <= limit;
  };
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    get matches() {
      return matches(query);
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }));
  return {
    resize(next) {
      current = next;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}
