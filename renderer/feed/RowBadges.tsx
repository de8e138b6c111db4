import type { FeedRow } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';

const STATE_BADGE: Partial<Record<FeedRow['state'], string>> = {
  deleting: 'badge badge--info',
  deleted: 'badge',
  'delete-failed': 'badge badge--danger',
  visible: 'badge badge--warning',
};

/** Kind, source, demo and message-state badges of one row. */
export function RowBadges({ row, demo }: { row: FeedRow; demo: boolean }) {
  const t = useT();
  const stateClass = STATE_BADGE[row.state];
  return (
    <span className="feed-row__badges">
      <span className="badge">{t(`kind.${row.kind}`)}</span>
      <span className="badge badge--outline">{t(`source.${row.source}`)}</span>
      {stateClass !== undefined && (
        <span className={stateClass} title={row.lastError}>
          {t(`state.${row.state}`)}
        </span>
      )}
      {row.problem !== undefined && (
        <span className="badge badge--warning" title={row.problem}>
          {t('feed.row.unreadable')}
        </span>
      )}
      {demo && <span className="badge badge--demo">{t('feed.demo')}</span>}
    </span>
  );
}
