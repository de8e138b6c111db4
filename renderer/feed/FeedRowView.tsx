import { memo } from 'react';
import type { MouseEvent } from 'react';

import type { FeedRow } from '../../preload/contract';
import { useEventText, useT } from '../i18n/i18n-context';
import type { ClickModifiers } from '../store/selection-slice';
import { OutcomeIcon } from '../ui/OutcomeIcon';
import { formatExact, formatRelative } from '../ui/time-format';
import type { TimeZoneChoice } from '../ui/time-format';
import { LeaseCountdown } from './LeaseCountdown';
import { RowBadges } from './RowBadges';

/** The DOM id of a row, for aria-activedescendant. */
export function rowDomId(index: number): string {
  return `feed-row-${index}`;
}

const isoTime = (ms: number): string | undefined =>
  Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;

const modifiersOf = (event: MouseEvent, toggle: boolean): ClickModifiers => ({
  range: event.shiftKey,
  toggle: toggle || event.ctrlKey || event.metaKey,
});

/** One event in the feed: what happened, where, when, and where its message stands. */
export const FeedRowView = memo(function FeedRowView({
  row,
  index,
  top,
  height,
  demo,
  selected,
  active,
  timeZone,
  now,
  onClick,
  compact = false,
}: {
  row: FeedRow;
  index: number;
  top: number;
  height: number;
  demo: boolean;
  selected: boolean;
  active: boolean;
  timeZone: TimeZoneChoice;
  now: number;
  onClick(id: string, modifiers: ClickModifiers): void;
  /** The narrow layout: one column of lines (title and time, badges, subtitle, place and lease). */
  compact?: boolean;
}) {
  const t = useT();
  const eventText = useEventText();
  const title = eventText(row.title);
  const subtitle = eventText(row.subtitle);
  const relative = formatRelative(row.time, now, t);
  const exact = formatExact(row.time, timeZone);
  const classes = ['feed-row', `feed-row--${row.outcome}`];
  if (selected) classes.push('feed-row--selected');
  if (active) classes.push('feed-row--active');
  if (row.state === 'deleted') classes.push('feed-row--deleted');
  if (compact) classes.push('feed-row--compact');
  const time = (
    <time dateTime={isoTime(row.time)} title={exact}>
      {relative}
    </time>
  );
  const lease = row.state === 'leased' && (
    <LeaseCountdown leaseExpiresAt={row.leaseExpiresAt} dequeueCount={row.dequeueCount} now={now} />
  );
  const where = (
    <span className="feed-row__where">
      {row.regionId} · {row.queue}
    </span>
  );
  return (
    <div
      role="row"
      id={rowDomId(index)}
      aria-rowindex={index + 1}
      aria-selected={selected}
      aria-label={t('feed.row.label', {
        outcome: t(`outcome.${row.outcome}`),
        title,
        subtitle,
        time: relative,
      })}
      className={classes.join(' ')}
      style={{ top, height }}
      onClick={(event) => onClick(row.id, modifiersOf(event, false))}
    >
      <div role="gridcell" className="feed-row__check">
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('feed.row.select', { title })}
          onChange={() => undefined}
          onClick={(event) => {
            event.stopPropagation();
            onClick(row.id, modifiersOf(event, true));
          }}
        />
      </div>
      <div role="gridcell" className="feed-row__outcome">
        <OutcomeIcon outcome={row.outcome} />
      </div>
      {compact ? (
        <div role="gridcell" className="feed-row__main">
          <div className="feed-row__line">
            <span className="feed-row__title">{title}</span>
            <span className="feed-row__time">{time}</span>
          </div>
          <div className="feed-row__line feed-row__line--meta">
            <RowBadges row={row} demo={demo} />
          </div>
          <div className="feed-row__line feed-row__line--sub">
            <span className="feed-row__subtitle">{subtitle}</span>
          </div>
          <div className="feed-row__line feed-row__line--sub">
            {where}
            {lease}
          </div>
        </div>
      ) : (
        <>
          <div role="gridcell" className="feed-row__main">
            <div className="feed-row__line">
              <span className="feed-row__title">{title}</span>
              <RowBadges row={row} demo={demo} />
            </div>
            <div className="feed-row__line feed-row__line--sub">
              <span className="feed-row__subtitle">{subtitle}</span>
              {where}
            </div>
          </div>
          <div role="gridcell" className="feed-row__when">
            {time}
            {lease}
          </div>
        </>
      )}
    </div>
  );
});

/** A placeholder where a row is still loading. */
export function SkeletonRow({
  index,
  top,
  height,
}: {
  index: number;
  top: number;
  height: number;
}) {
  const t = useT();
  return (
    <div
      role="row"
      id={rowDomId(index)}
      aria-rowindex={index + 1}
      aria-busy="true"
      className="feed-row feed-row--skeleton"
      style={{ top, height }}
    >
      <div role="gridcell" className="feed-row__main">
        <span className="visually-hidden">{t('common.loading')}</span>
        <span className="skeleton-bar" aria-hidden="true" />
        <span className="skeleton-bar skeleton-bar--short" aria-hidden="true" />
      </div>
    </div>
  );
}
