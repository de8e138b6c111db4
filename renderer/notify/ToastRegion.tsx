import { useT } from '../i18n/i18n-context';
import type { Toast } from '../store/toast-state';
import { ToastItem } from './ToastItem';

/** The live region where action outcomes and engine notices appear. */
export function ToastRegion({
  toasts,
  now,
  onDismiss,
  onUndo,
}: {
  toasts: readonly Toast[];
  now: number;
  onDismiss(id: number): void;
  onUndo(ticket: string): void;
}) {
  const t = useT();
  return (
    <section className="toasts" aria-label={t('feed.toast.region')}>
      <ol className="toasts__list" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} now={now} onDismiss={onDismiss} onUndo={onUndo} />
        ))}
      </ol>
    </section>
  );
}
