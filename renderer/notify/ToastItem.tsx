import { useEffect } from 'react';

import { useT } from '../i18n/i18n-context';
import type { Toast } from '../store/toast-state';

/** How long a toast that is not an error stays, in ms. */
export const TOAST_LIFETIME_MS = 6000;

/** One toast: its message, failure lines, and for a pending delete the undo countdown. */
export function ToastItem({
  toast,
  now,
  onDismiss,
  onUndo,
}: {
  toast: Toast;
  now: number;
  onDismiss(id: number): void;
  onUndo(ticket: string): void;
}) {
  const t = useT();
  const { id, persistent, undo } = toast;

  useEffect(() => {
    if (persistent || undo !== undefined) return undefined;
    const timer = setTimeout(() => onDismiss(id), TOAST_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [id, persistent, undo, onDismiss]);

  const secondsLeft = undo === undefined ? 0 : Math.ceil((undo.sendsAt - now) / 1000);
  return (
    <li
      className={`toast toast--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : undefined}
    >
      <div className="toast__body">
        <p className="toast__text">{t(toast.text.key, toast.text.values)}</p>
        {toast.details.length > 0 && (
          <ul className="toast__details">
            {toast.details.map((line, index) => (
              <li key={index}>{t(line.key, line.values)}</li>
            ))}
          </ul>
        )}
      </div>
      {undo !== undefined &&
        (secondsLeft > 0 ? (
          <span className="toast__undo">
            <button type="button" className="btn btn--small" onClick={() => onUndo(undo.ticket)}>
              {t('feed.toast.undo')}
            </button>
            <span className="toast__countdown">
              {t('feed.toast.sendsIn', { seconds: secondsLeft })}
            </span>
          </span>
        ) : (
          <span className="toast__countdown">{t('feed.toast.sending')}</span>
        ))}
      <button
        type="button"
        className="btn btn--small btn--ghost toast__dismiss"
        aria-label={t('feed.toast.dismiss')}
        onClick={() => onDismiss(id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
