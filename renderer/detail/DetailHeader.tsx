import type { FeedRow, MessageState } from '../../preload/contract';
import { useEventText, useT } from '../i18n/i18n-context';
import { OutcomeIcon } from '../ui/OutcomeIcon';
import { formatExact, formatRelative } from '../ui/time-format';
import type { TimeZoneChoice } from '../ui/time-format';

const STATE_BADGE: Record<MessageState, string> = {
  leased: 'badge--info',
  peeked: '',
  visible: 'badge--warning',
  deleting: 'badge--warning',
  deleted: '',
  'delete-failed': 'badge--danger',
};

/** The pane's header: outcome, the classifier's title and subtitle, badges, place and time. */
export function DetailHeader({
  row,
  timeZone,
  now,
  headingId,
}: {
  row: FeedRow;
  timeZone: TimeZoneChoice;
  now: number;
  headingId: string;
}) {
  const t = useT();
  const eventText = useEventText();
  return (
    <header className="detail-header">
      <div className="detail-header__title-row">
        <OutcomeIcon outcome={row.outcome} />
        {/* Focusable from script: focus moves here when the event covers the feed. */}
        <h2 id={headingId} className="detail-header__title" tabIndex={-1}>
          {eventText(row.title)}
        </h2>
      </div>
      {row.subtitle !== '' && <p className="detail-header__subtitle">{eventText(row.subtitle)}</p>}
      <ul className="detail-header__badges" aria-label={t('detail.header.badges')}>
        <li className="badge">{t(`kind.${row.kind}`)}</li>
        <li className="badge">{t(`source.${row.source}`)}</li>
        <li className="badge mono">{row.eventType}</li>
        <li className={`badge ${STATE_BADGE[row.state]}`}>{t(`state.${row.state}`)}</li>
        {!row.final && <li className="badge badge--info">{t('detail.header.intermediate')}</li>}
        {row.dequeueCount > 1 && (
          <li className="badge badge--warning">
            {t('detail.header.dequeued', { n: row.dequeueCount })}
          </li>
        )}
      </ul>
      <p className="detail-header__meta">
        <span className="mono">
          {row.regionId} / {row.queue}
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          {row.eventTime === undefined ? t('detail.header.enqueued') : t('detail.header.eventTime')}{' '}
          <time dateTime={new Date(row.time).toISOString()}>{formatExact(row.time, timeZone)}</time>{' '}
          <span className="detail-muted">({formatRelative(row.time, now, t)})</span>
        </span>
      </p>
    </header>
  );
}
