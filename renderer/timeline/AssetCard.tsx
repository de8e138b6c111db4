import { useId, useState } from 'react';

import type { EventOutcome, FeedRow } from '../../preload/contract';
import { useEventText, useT } from '../i18n/i18n-context';
import { OutcomeIcon } from '../ui/OutcomeIcon';
import { formatExact, formatRelative } from '../ui/time-format';
import type { TimeZoneChoice } from '../ui/time-format';
import { describeSpan, stageLabel } from './card-text';
import type { CardStatus, TimelineCard } from './group-timeline';

/**
 * Events a stage shows before "+N more", so one busy asset cannot push the others away. The
 * latest are kept: they include the stage's final event (TranscodeComplete after the definitions).
 */
const STEPS_SHOWN = 4;

const STATUS_OUTCOME: Record<CardStatus, EventOutcome> = {
  failed: 'failure',
  partial: 'partial',
  'in-progress': 'in-progress',
  done: 'success',
};

/** One asset's card: status, headline, id, time span, and its events as pipeline steps. */
export function AssetCard({
  card,
  selectedId,
  timeZone,
  now,
  onSelect,
}: {
  card: TimelineCard;
  selectedId: string | undefined;
  timeZone: TimeZoneChoice;
  now: number;
  onSelect(id: string): void;
}) {
  const t = useT();
  const eventText = useEventText();
  const headline = eventText(card.headline.title);
  const titleId = useId();
  const [expanded, setExpanded] = useState(false);
  const span = describeSpan(card, t);
  const hidden = expanded
    ? 0
    : card.stages.reduce((sum, stage) => sum + Math.max(0, stage.rows.length - STEPS_SHOWN), 0);
  const holdsSelection =
    selectedId !== undefined &&
    card.stages.some((stage) => stage.rows.some((row) => row.id === selectedId));

  return (
    <article
      className={`tl-card tl-card--${card.status}${holdsSelection ? ' tl-card--selected' : ''}`}
      aria-labelledby={titleId}
    >
      <header className="tl-card__header">
        <span className={`badge badge--${STATUS_OUTCOME[card.status]} tl-card__status`}>
          {t(`filters.timeline.status.${card.status}`)}
        </span>
        <button
          type="button"
          id={titleId}
          className="tl-card__title"
          title={headline}
          onClick={() => onSelect(card.headline.id)}
        >
          {headline}
        </button>
        <time
          className="tl-card__when"
          dateTime={isoTime(card.last.time)}
          title={formatExact(card.last.time, timeZone)}
        >
          {formatRelative(card.last.time, now, t)}
        </time>
      </header>
      <div className="tl-card__meta">
        {card.keyId !== undefined ? (
          <span className="tl-card__asset mono" title={card.keyId}>
            {card.keyField !== undefined && (
              <span className="tl-card__key-field">{card.keyField}</span>
            )}
            {card.keyId}
          </span>
        ) : (
          <span>{t('filters.timeline.noAsset')}</span>
        )}
        {span !== undefined ? (
          <span>{span}</span>
        ) : (
          card.eventCount > 1 && (
            <span>{t('filters.timeline.events', { count: card.eventCount })}</span>
          )
        )}
        <span title={t('filters.timeline.queues')}>{card.queues.join(', ')}</span>
        <span title={t('filters.timeline.regions')}>{card.regions.join(', ')}</span>
      </div>
      <ol className="tl-steps" aria-label={t('filters.timeline.steps')}>
        {card.stages.map((stage) => (
          <li key={stage.id} className={`tl-stage tl-stage--${stage.outcome}`}>
            <div className="tl-stage__head">
              <OutcomeIcon outcome={stage.outcome} />
              <span>{stageLabel(stage, t)}</span>
              {stage.rows.length > 1 && (
                <span className="tl-stage__count">{stage.rows.length}</span>
              )}
            </div>
            <ul className="tl-stage__events">
              {(expanded ? stage.rows : stage.rows.slice(-STEPS_SHOWN)).map((row) => (
                <li key={row.id}>
                  <EventStep
                    row={row}
                    selected={row.id === selectedId}
                    timeZone={timeZone}
                    onSelect={onSelect}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {(hidden > 0 || expanded) && (
        <button
          type="button"
          className="btn btn--small btn--ghost tl-card__more"
          aria-expanded={expanded}
          onClick={() => setExpanded((was) => !was)}
        >
          {expanded
            ? t('filters.timeline.fewerSteps')
            : t('filters.timeline.moreSteps', { count: hidden })}
        </button>
      )}
    </article>
  );
}

function EventStep({
  row,
  selected,
  timeZone,
  onSelect,
}: {
  row: FeedRow;
  selected: boolean;
  timeZone: TimeZoneChoice;
  onSelect(id: string): void;
}) {
  const eventText = useEventText();
  const title = eventText(row.title);
  const subtitle = eventText(row.subtitle);
  const exact = formatExact(row.time, timeZone);
  return (
    <button
      type="button"
      className={`tl-event${row.final ? '' : ' tl-event--intermediate'}`}
      aria-current={selected ? 'true' : undefined}
      title={subtitle !== '' ? `${title}\n${subtitle}\n${exact}` : `${title}\n${exact}`}
      onClick={() => onSelect(row.id)}
    >
      <OutcomeIcon outcome={row.outcome} />
      <span className="tl-event__title">{title}</span>
      {/* HH:MM:SS of the exact time; the full date is in the tooltip. */}
      <time className="tl-event__time" dateTime={isoTime(row.time)}>
        {exact.slice(11, 19)}
      </time>
    </button>
  );
}

/** The machine-readable time of a `<time>`; undefined for a time that is not a date. */
function isoTime(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
