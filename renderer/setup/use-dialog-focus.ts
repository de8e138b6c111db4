// Modal keyboard behaviour shared by the account form, the settings sheet and its confirmations.
// Nested dialogs work because each handles Tab and Escape itself and stops the event there.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function tabbables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => element.closest('[hidden], [inert]') === null,
  );
}

/**
 * Focuses the dialog's `[data-autofocus]` element (else its first control) on open, keeps Tab
 * inside it, closes on Escape and gives focus back to where it was; returns the keydown handler.
 */
export function useDialogFocus(
  ref: RefObject<HTMLElement | null>,
  onEscape: () => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  // The latest callback without re-running the open/close effect (which would steal focus again).
  const escape = useRef(onEscape);
  useLayoutEffect(() => {
    escape.current = onEscape;
  });

  useEffect(() => {
    const root = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (root !== null) {
      const first = root.querySelector<HTMLElement>('[data-autofocus]') ?? tabbables(root)[0];
      (first ?? root).focus();
    }
    return () => {
      if (previous?.isConnected === true) previous.focus();
    };
  }, [ref]);

  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        event.preventDefault();
        escape.current();
        return;
      }
      const root = ref.current;
      if (event.key !== 'Tab' || root === null) return;
      event.stopPropagation();
      const items = tabbables(root);
      const first = items[0];
      const last = items[items.length - 1];
      if (first === undefined || last === undefined) {
        event.preventDefault();
        return;
      }
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !root.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !root.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    },
    [ref],
  );
}
