import { useT } from '../i18n/i18n-context';
import { pluralKey } from '../store/plural-key';
import type { Toast } from '../store/toast-state';
import { ToastItem } from './ToastItem';

/** Toasts shown at once in the compact layout; the rest wait their turn. */
export const COMPACT_MAX_TOASTS = 2;

/**
 * The toasts to show when at most `max` fit: the newest, except that an undo offer (it has a
 * deadline) is never the one left waiting.
 */
export function visibleToasts(toasts: readonly Toast[], max: number): readonly Toast[] {
  if (toasts.length <= max) return toasts;
  const newestFirst = [...toasts].reverse();
  const keep = new Set<number>();
  for (const toast of newestFirst)
    if (toast.undo !== undefined && keep.size < max) keep.add(toast.id);
  for (const toast of newestFirst) if (keep.size < max) keep.add(toast.id);
  return toasts.filter((toast) => keep.has(toast.id));
}

/** The live region where action outcomes and engine notices appear. */
export function ToastRegion({
  toasts,
  now,
  onDismiss,
  onUndo,
  compact = false,
}: {
  toasts: readonly Toast[];
  now: number;
  onDismiss(id: number): void;
  onUndo(ticket: string): void;
  /** The narrow layout: full width at the bottom, at most two at once. */
  compact?: boolean;
}) {
  const t = useT();
  const shown = compact ? visibleToasts(toasts, COMPACT_MAX_TOASTS) : toasts;
  const waiting = toasts.length - shown.length;
  return (
    <section
      className={compact ? 'toasts toasts--compact' : 'toasts'}
      aria-label={t('feed.toast.region')}
    >
      {waiting > 0 && (
        <p className="toasts__more">
          {t(pluralKey('feed.toast.more', waiting), { count: waiting })}
        </p>
      )}
      <ol className="toasts__list" aria-live="polite">
        {shown.map((toast) => (
          <ToastItem key={toast.id} toast={toast} now={now} onDismiss={onDismiss} onUndo={onUndo} />
        ))}
      </ol>
    </section>
  );
}
