// Toasts: short messages about what just happened. They carry message keys, not text, so the
// region renders them in the current language; engine messages travel as a value.
import type { MessageKey } from '../i18n/messages';
import type { MessageValues } from '../i18n/translate';

/** How a toast looks and how long it stays. */
export type ToastTone = 'info' | 'success' | 'warning' | 'error';

/** A message to show, still to be translated. */
export interface ToastText {
  key: MessageKey;
  values?: MessageValues;
}

/** A delete waiting out its undo window. */
export interface UndoOffer {
  ticket: string;
  count: number;
  sendsAt: number;
}

/** One toast. */
export interface Toast {
  id: number;
  tone: ToastTone;
  text: ToastText;
  /** Further lines (per-message failures), shown as a list. */
  details: readonly ToastText[];
  /** Errors stay until dismissed; the rest fade. */
  persistent: boolean;
  undo: UndoOffer | undefined;
}

/** What a caller supplies; the id is assigned. */
export type ToastInput = Omit<Toast, 'id' | 'details' | 'persistent' | 'undo'> &
  Partial<Pick<Toast, 'details' | 'persistent' | 'undo'>>;

/** The most toasts shown at once; older non-errors go first. */
export const MAX_TOASTS = 5;

/** Adds a toast; errors default to persistent. */
export function withToast(toasts: readonly Toast[], id: number, input: ToastInput): Toast[] {
  const toast: Toast = {
    details: [],
    persistent: input.tone === 'error',
    undo: undefined,
    ...input,
    id,
  };
  const next = [...toasts, toast];
  while (next.length > MAX_TOASTS) {
    const drop = next.findIndex((t) => !t.persistent && t.undo === undefined);
    next.splice(drop === -1 ? 0 : drop, 1);
  }
  return next;
}

/** Replaces the toast offering undo for `ticket` (or adds one when it is gone). */
export function withTicketToast(
  toasts: readonly Toast[],
  id: number,
  ticket: string,
  input: ToastInput,
): Toast[] {
  const index = toasts.findIndex((t) => t.undo?.ticket === ticket);
  if (index === -1) return withToast(toasts, id, input);
  const rest = toasts.filter((_, i) => i !== index);
  return withToast(rest, id, input);
}
