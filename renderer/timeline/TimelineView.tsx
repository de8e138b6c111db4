import { useMemo, useState } from 'react';

import type { FeedRow } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { AssetCard } from './AssetCard';
import { groupTimeline } from './group-timeline';
import './timeline.css';

/** Cards rendered at first and added by each "Show more": enough to scroll, cheap to render. */
export const CARDS_PER_PAGE = 200;

/** Props of the asset timeline. */
export interface TimelineViewProps {
  rows: FeedRow[];
  selectedId: string | undefined;
  timeZone: 'local' | 'utc';
  now: number;
  onSelect(id: string): void;
}

/** The feed as asset timeline cards: one card per asset or job, newest activity first. */
export function TimelineView({ rows, selectedId, timeZone, now, onSelect }: TimelineViewProps) {
  const t = useT();
  const cards = useMemo(() => groupTimeline(rows), [rows]);
  const [limit, setLimit] = useState(CARDS_PER_PAGE);
  const shown = cards.slice(0, limit);
  const remaining = cards.length - shown.length;

  if (cards.length === 0) {
    return (
      <section className="timeline" aria-label={t('filters.timeline.label')}>
        <p className="empty-state">{t('filters.timeline.empty')}</p>
      </section>
    );
  }
  return (
    <section className="timeline" aria-label={t('filters.timeline.label')}>
      <ol className="timeline__cards">
        {shown.map((card) => (
          <li key={card.correlationKey}>
            <AssetCard
              card={card}
              selectedId={selectedId}
              timeZone={timeZone}
              now={now}
              onSelect={onSelect}
            />
          </li>
        ))}
      </ol>
      {remaining > 0 && (
        <div className="timeline__more">
          <span>{t('filters.timeline.showing', { shown: shown.length, total: cards.length })}</span>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => setLimit((current) => current + CARDS_PER_PAGE)}
          >
            {t('filters.timeline.showMore', { count: Math.min(remaining, CARDS_PER_PAGE) })}
          </button>
        </div>
      )}
    </section>
  );
}
