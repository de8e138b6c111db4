import { useT } from '../i18n/i18n-context';
import { pluralKey } from '../store/plural-key';

/** How many selected events each action applies to. */
export interface SelectionCounts {
  selected: number;
  /** From consumed queues, not already deleted. */
  deletable: number;
  /** Leased by MNS Watch right now. */
  releasable: number;
  /** From watched queues, which MNS Watch never changes. */
  watched: number;
}

/** Actions on the selected events; watched queues get none that change them, and say why. */
export function SelectionActions({
  counts,
  onDelete,
  onRelease,
  onCopyIds,
  onCopyBodies,
  onClear,
}: {
  counts: SelectionCounts;
  onDelete(): void;
  onRelease(): void;
  onCopyIds(): void;
  onCopyBodies(): void;
  onClear(): void;
}) {
  const t = useT();
  if (counts.selected === 0) return null;
  return (
    <div role="toolbar" aria-label={t('feed.selection.label')} className="selection-actions">
      <span className="selection-actions__count">
        {t('feed.selection.count', { count: counts.selected })}
      </span>
      {counts.deletable > 0 && (
        <button type="button" className="btn btn--small btn--danger" onClick={onDelete}>
          {t('common.delete')}
        </button>
      )}
      {counts.releasable > 0 && (
        <button type="button" className="btn btn--small" onClick={onRelease}>
          {t('common.release')}
        </button>
      )}
      <button type="button" className="btn btn--small" onClick={onCopyIds}>
        {t('feed.selection.copyIds')}
      </button>
      <button type="button" className="btn btn--small" onClick={onCopyBodies}>
        {t('feed.selection.copyBodies')}
      </button>
      <button type="button" className="btn btn--small btn--ghost" onClick={onClear}>
        {t('feed.selection.clear')}
      </button>
      {counts.watched > 0 && (
        <p className="selection-actions__why">
          {counts.watched < counts.selected &&
            `${t(pluralKey('feed.watch.someSelected', counts.watched), { count: counts.watched })} `}
          {t('feed.watch.reason')}
        </p>
      )}
    </div>
  );
}
