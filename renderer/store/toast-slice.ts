// The toast list: outcomes of actions and the engine's notices.
import type { SliceCreator } from './slice';
import { withTicketToast, withToast } from './toast-state';
import type { Toast, ToastInput } from './toast-state';

/** Toasts and how to add or dismiss them. */
export interface ToastSlice {
  toasts: readonly Toast[];
  /** Adds a toast and returns its id. */
  pushToast(input: ToastInput): number;
  /** Replaces the undo toast of a delete ticket with its outcome. */
  settleTicketToast(ticket: string, input: ToastInput): void;
  dismissToast(id: number): void;
}

/** Creates the toast slice. */
export function createToastSlice(): SliceCreator<ToastSlice> {
  let nextId = 1;
  return (set) => ({
    toasts: [],
    pushToast: (input) => {
      const id = nextId;
      nextId += 1;
      set((s) => ({ toasts: withToast(s.toasts, id, input) }));
      return id;
    },
    settleTicketToast: (ticket, input) => {
      const id = nextId;
      nextId += 1;
      set((s) => ({ toasts: withTicketToast(s.toasts, id, ticket, input) }));
    },
    dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  });
}
