// The feed screen: status strip, filters, toolbar, the list or the timeline, and the side pane.
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';

import type { FeedQuery } from '../../preload/contract';
import { FilterBar } from '../filters/FilterBar';
import { useT } from '../i18n/i18n-context';
import { StatusStrip } from '../status/StatusStrip';
import type { AppStore } from '../store/app-store';
import type { QueueFactsIndex } from '../store/queue-modes';
import { TimelineView } from '../timeline/TimelineView';
import type { TimeZoneChoice } from '../ui/time-format';
import { DetailArea } from './DetailArea';
import { FeedList } from './FeedList';
import { FeedToolbar } from './FeedToolbar';

/** Everything below the header once accounts (or the demo) exist. */
export function FeedWorkspace({
  store,
  queues,
  now,
  timeZone,
}: {
  store: AppStore;
  queues: QueueFactsIndex;
  now: number;
  timeZone: TimeZoneChoice;
}) {
  const query = useStore(store, (s) => s.feed.query);
  const counts = useStore(store, (s) => s.feed.counts);
  const total = useStore(store, (s) => s.feed.total);
  const journalSize = useStore(store, (s) => s.feed.journalSize);
  const statuses = useStore(store, (s) => s.statuses);
  const settings = useStore(store, (s) => s.settings);
  const view = useStore(store, (s) => s.view);
  const timeline = useStore(store, (s) => s.timeline);
  const activeId = useStore(store, (s) => s.selection.activeId);
  const detailOpen = useStore(store, (s) => s.detail.id !== undefined);
  const act = store.getState;

  const accountNames = useMemo(
    () => Object.fromEntries((settings?.accounts ?? []).map((a) => [a.accountId, a.name])),
    [settings],
  );

  return (
    <div className={detailOpen ? 'workspace workspace--with-pane' : 'workspace'}>
      <div className="workspace__feed">
        <StatusStrip
          statuses={statuses}
          now={now}
          onPause={(key) => void act().pauseQueue(key)}
          onResume={(key) => void act().resumeQueue(key)}
          onRetry={(key) => void act().retryQueue(key)}
        />
        <FilterBar
          query={query}
          counts={counts}
          total={total}
          journalSize={journalSize}
          savedFilters={settings?.savedFilters ?? []}
          accountNames={accountNames}
          onChange={(next: FeedQuery) => act().setQuery(next)}
          onSaveFilter={(name) => void act().saveFilter(name, act().feed.query)}
          onDeleteSavedFilter={(name) => void act().deleteSavedFilter(name)}
        />
        <FeedToolbar store={store} queues={queues} />
        {view === 'timeline' ? (
          <TimelineArea
            loaded={timeline.loaded}
            error={timeline.error}
            onRetry={() => void act().loadTimeline()}
          >
            <TimelineView
              rows={timeline.rows}
              selectedId={activeId}
              timeZone={timeZone}
              now={now}
              onSelect={(id) => act().clickRow(id, { range: false, toggle: false })}
            />
          </TimelineArea>
        ) : (
          <FeedList store={store} queues={queues} timeZone={timeZone} now={now} />
        )}
      </div>
      <DetailArea store={store} queues={queues} timeZone={timeZone} now={now} />
    </div>
  );
}

function TimelineArea({
  loaded,
  error,
  onRetry,
  children,
}: {
  loaded: boolean;
  error: string | undefined;
  onRetry(): void;
  children: ReactNode;
}) {
  const t = useT();
  if (error !== undefined && !loaded) {
    return (
      <div className="banner banner--error feed-error" role="alert">
        <p>{t('feed.list.loadFailed', { message: error })}</p>
        <button type="button" className="btn" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!loaded) {
    return (
      <p className="app-message" role="status" aria-busy="true">
        {t('feed.list.loading')}
      </p>
    );
  }
  return <div className="timeline-area">{children}</div>;
}
