import { useEffect, useEffectEvent } from 'react';
import type { RefObject } from 'react';

/**
 * Closes an open popover on Esc or on a pointer press outside `container`.
 *
 * Esc also returns focus to `trigger`, so keyboard users land where they opened it.
 */
export function useDismiss(
  open: boolean,
  onClose: () => void,
  container: RefObject<HTMLElement | null>,
  trigger: RefObject<HTMLElement | null>,
): void {
  const close = useEffectEvent((refocus: boolean) => {
    onClose();
    if (refocus) trigger.current?.focus();
  });

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent | MouseEvent): void => {
      const target = event.target;
      if (target instanceof Node && container.current?.contains(target) === true) return;
      close(false);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close(true);
    };
    document.addEventListener('mousedown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('mousedown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, container]);
}
