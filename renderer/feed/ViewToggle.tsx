import type { FeedView } from '../store/ui-slice';
import { useT } from '../i18n/i18n-context';

/** The "Group by asset" switch between the event list and the timeline cards. */
export function ViewToggle({ view, onChange }: { view: FeedView; onChange(view: FeedView): void }) {
  const t = useT();
  const grouped = view === 'timeline';
  return (
    <button
      type="button"
      role="switch"
      aria-checked={grouped}
      className="btn btn--small view-toggle"
      onClick={() => onChange(grouped ? 'list' : 'timeline')}
    >
      <span className="view-toggle__track" aria-hidden="true">
        <span className="view-toggle__thumb" />
      </span>
      {t('feed.view.groupByAsset')}
    </button>
  );
}
