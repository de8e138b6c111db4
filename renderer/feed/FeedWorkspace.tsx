// The feed screen: status strip, filters, toolbar, the list or the timeline, and the side pane.
// Narrow windows get the compact layout, and an open event covers the feed instead of sharing it.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
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
import { useDetailOverlay, useNarrowLayout } from '../ui/use-narrow-layout';
import { DetailArea } from './DetailArea';
import { FeedList } from './FeedList';
import { FeedToolbar } from './FeedToolbar';
import { SEARCH_INPUT_ID } from './use-feed-shortcuts';

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
  const narrow = useNarrowLayout();
  const overlay = useDetailOverlay();
  const covered = overlay && detailOpen;
  const feedRef = useRef<HTMLDivElement>(null);
  const paneRef = useRef<HTMLElement>(null);
  const lastFeedFocus = useRef<HTMLElement | null>(null);
  useCoverFocus(detailOpen, overlay, { feedRef, paneRef, lastFeedFocus });

  const accountNames = useMemo(
    () => Object.fromEntries((settings?.accounts ?? []).map((a) => [a.accountId, a.name])),
    [settings],
  );

  return (
    <div className={workspaceClass(detailOpen, covered)}>
      <div
        ref={feedRef}
        className="workspace__feed"
        // Under the covering pane the feed keeps its place but takes no focus or clicks.
        inert={covered}
        onFocus={(event) => {
          lastFeedFocus.current = event.target;
        }}
      >
        <StatusStrip
          compact={narrow}
          statuses={statuses}
          now={now}
          onPause={(key) => void act().pauseQueue(key)}
          onResume={(key) => void act().resumeQueue(key)}
          onRetry={(key) => void act().retryQueue(key)}
        />
        <FilterBar
          compact={narrow}
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
        <FeedToolbar store={store} queues={queues} compact={narrow} />
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
          <FeedList store={store} queues={queues} timeZone={timeZone} now={now} compact={narrow} />
        )}
      </div>
      <DetailArea
        store={store}
        queues={queues}
        timeZone={timeZone}
        now={now}
        overlay={overlay}
        paneRef={paneRef}
      />
    </div>
  );
}

function workspaceClass(detailOpen: boolean, covered: boolean): string {
  if (covered) return 'workspace workspace--covered';
  return detailOpen ? 'workspace workspace--with-pane' : 'workspace';
}

/**
 * Where the open event covers the feed, focus follows it: to the event's heading when it opens
 * (or "Back to events" while it loads), and back to where it was in the feed when it closes, which
 * is the list, its active row being the one just read.
 */
function useCoverFocus(
  detailOpen: boolean,
  overlay: boolean,
  refs: {
    feedRef: RefObject<HTMLDivElement | null>;
    paneRef: RefObject<HTMLElement | null>;
    lastFeedFocus: RefObject<HTMLElement | null>;
  },
): void {
  const wasOpen = useRef(detailOpen);
  useLayoutEffect(() => {
    const opened = detailOpen && !wasOpen.current;
    const closed = !detailOpen && wasOpen.current;
    wasOpen.current = detailOpen;
    // Only an event opening or closing moves focus, not the window crossing the breakpoint.
    if (!overlay || (!opened && !closed)) return;
    if (opened) {
      const pane = refs.paneRef.current;
      const target =
        pane?.querySelector<HTMLElement>('h2[tabindex="-1"]') ??
        pane?.querySelector<HTMLElement>('.side-pane__back');
      target?.focus();
      return;
    }
    const feed = refs.feedRef.current;
    const previous = refs.lastFeedFocus.current;
    const target =
      previous !== null && previous.isConnected && feed?.contains(previous) === true
        ? previous
        : (feed?.querySelector<HTMLElement>('[role="grid"]') ??
          document.getElementById(SEARCH_INPUT_ID));
    target?.focus();
  }, [detailOpen, overlay, refs.feedRef, refs.paneRef, refs.lastFeedFocus]);
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
