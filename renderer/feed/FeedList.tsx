// The live list: connects the store's paged feed to the virtual list and its rows.
import { useCallback, useMemo } from 'react';
import { useStore } from 'zustand';

import { useT } from '../i18n/i18n-context';
import type { AppStore } from '../store/app-store';
import { rowInPages } from '../store/feed-state';
import { queueFactsFor } from '../store/queue-modes';
import type { QueueFactsIndex } from '../store/queue-modes';
import type { ClickModifiers } from '../store/selection-slice';
import type { TimeZoneChoice } from '../ui/time-format';
import { FeedEmptyState } from './FeedEmptyState';
import { FeedRowView, rowDomId, SkeletonRow } from './FeedRowView';
import { NewEventsPill } from './NewEventsPill';
import { VirtualList } from './VirtualList';

/** Height of every row, in pixels (the virtual list relies on it being fixed per layout). */
export const ROW_HEIGHT = 60;
/** Row height of the narrow layout, where a row's lines stack in one column. */
export const COMPACT_ROW_HEIGHT = 84;
/** Rows rendered beyond each edge of the viewport. */
export const OVERSCAN_ROWS = 6;

/** The feed list with its loading, error and empty states. */
export function FeedList({
  store,
  queues,
  timeZone,
  now,
  compact = false,
}: {
  store: AppStore;
  queues: QueueFactsIndex;
  timeZone: TimeZoneChoice;
  now: number;
  /** The narrow layout: taller rows, one column. */
  compact?: boolean;
}) {
  const t = useT();
  const rowHeight = compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  const pages = useStore(store, (s) => s.feed.pages);
  const total = useStore(store, (s) => s.feed.total);
  const loaded = useStore(store, (s) => s.feed.loaded);
  const previous = useStore(store, (s) => s.feed.previous);
  const error = useStore(store, (s) => s.feed.error);
  const journalSize = useStore(store, (s) => s.feed.journalSize);
  const newCount = useStore(store, (s) => s.feed.newCount);
  const shift = useStore(store, (s) => s.feed.shift);
  const topSeq = useStore(store, (s) => s.feed.topSeq);
  const positions = useStore(store, (s) => s.feed.positions);
  const selectedIds = useStore(store, (s) => s.selection.ids);
  const activeId = useStore(store, (s) => s.selection.activeId);
  const reveal = useStore(store, (s) => s.reveal);

  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const activeIndex = activeId === undefined ? undefined : positions.get(activeId);
  const onClick = useCallback(
    (id: string, modifiers: ClickModifiers) => store.getState().clickRow(id, modifiers),
    [store],
  );
  const onRangeChange = useCallback(
    (first: number, last: number, atTop: boolean) =>
      store.getState().setViewport(first, last, atTop),
    [store],
  );

  if (!loaded && error !== undefined) {
    return (
      <div className="banner banner--error feed-error" role="alert">
        <p>{t('feed.list.loadFailed', { message: error })}</p>
        <button type="button" className="btn" onClick={() => void store.getState().refreshFeed()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!loaded && previous === undefined) {
    return (
      <div className="feed-loading" aria-busy="true" role="status">
        <span>{t('feed.list.loading')}</span>
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="feed-row feed-row--skeleton feed-row--static" aria-hidden="true">
            <span className="skeleton-bar" />
            <span className="skeleton-bar skeleton-bar--short" />
          </div>
        ))}
      </div>
    );
  }
  if (loaded && total === 0) {
    return (
      <FeedEmptyState
        journalEmpty={journalSize === 0}
        onClearFilters={() => store.getState().setQuery({})}
      />
    );
  }

  // A new query on its way: the last one's rows stay, marked busy, until its first page arrives.
  const shown = loaded || previous === undefined ? { pages, total } : previous;

  return (
    <div className="feed-list">
      <NewEventsPill count={newCount} onJump={() => store.getState().jumpToTop()} />
      {error !== undefined && (
        <p className="banner banner--error feed-list__error" role="alert">
          {t('feed.list.loadFailed', { message: error })}
        </p>
      )}
      <VirtualList
        total={shown.total}
        busy={!loaded}
        rowHeight={rowHeight}
        overscan={OVERSCAN_ROWS}
        shift={shift}
        topSeq={topSeq}
        reveal={reveal}
        label={t('feed.list.label', { count: shown.total })}
        activeIndex={activeIndex}
        rowDomId={rowDomId}
        onRangeChange={onRangeChange}
        renderRow={(index, top) => {
          const row = rowInPages(shown.pages, index);
          if (row === undefined) {
            return (
              <SkeletonRow key={`skeleton-${index}`} index={index} top={top} height={rowHeight} />
            );
          }
          return (
            <FeedRowView
              key={row.id}
              row={row}
              index={index}
              top={top}
              height={rowHeight}
              compact={compact}
              demo={queueFactsFor(queues, row).demo}
              selected={selected.has(row.id)}
              active={row.id === activeId}
              timeZone={timeZone}
              now={now}
              onClick={onClick}
            />
          );
        }}
      />
    </div>
  );
}
