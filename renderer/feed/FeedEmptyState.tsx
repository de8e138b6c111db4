import { useT } from '../i18n/i18n-context';

/** Nothing to list: either no event has arrived yet, or the filters match none. */
export function FeedEmptyState({
  journalEmpty,
  onClearFilters,
}: {
  journalEmpty: boolean;
  onClearFilters(): void;
}) {
  const t = useT();
  if (journalEmpty) {
    return (
      <div className="empty-state" role="status">
        <p className="empty-state__title">{t('feed.empty.waiting')}</p>
        <p>{t('feed.empty.waitingHint')}</p>
      </div>
    );
  }
  return (
    <div className="empty-state" role="status">
      <p className="empty-state__title">{t('feed.empty.noMatch')}</p>
      <button type="button" className="btn" onClick={onClearFilters}>
        {t('feed.empty.clearFilters')}
      </button>
    </div>
  );
}
