// The one module that listens to the engine: pushed events and connection changes become store
// actions. Feed rows are buffered for one frame so a storm of pushes renders as one update.
import type { Api, EngineEvent, FeedRow } from '../../preload/contract';
import { showWebNotification } from '../notify/web-notifications';
import type { AppStore } from './app-store';

/** How long pushed feed rows are gathered before they reach the store (about one frame). */
export const FEED_FLUSH_MS = 16;

/** Applies one pushed event to the store (feed rows go through the buffer instead). */
export function applyEngineEvent(store: AppStore, event: Exclude<EngineEvent, { type: 'feed' }>) {
  const state = store.getState();
  switch (event.type) {
    case 'status':
      state.upsertStatus(event.status);
      return;
    case 'statuses':
      state.replaceStatuses(event.statuses);
      return;
    case 'settings':
      state.setSettings(event.settings);
      return;
    case 'action-results':
      state.applyActionResults(event.ticket, event.results);
      return;
    case 'notice':
      state.pushToast({
        tone: event.level,
        text: { key: 'feed.toast.engineMessage', values: { message: event.message } },
      });
      return;
    case 'notification':
      // Electron's main process shows notifications natively; only the browser host needs us.
      if (state.info?.host !== 'browser') return;
      showWebNotification(
        event.notification,
        (id) => store.getState().openEvent(id),
        state.settings?.display.language ?? 'en',
      );
      return;
    case 'open-event':
      state.openEvent(event.id);
      return;
    case 'open-settings':
      state.setSettingsOpen(true);
      return;
  }
}

/** Loads what the app shows first: who the engine is, settings, queues and the newest events. */
export async function loadEverything(store: AppStore): Promise<void> {
  const state = store.getState();
  const { first, last } = state.feed.viewport;
  state.setBridgeError(undefined);
  await Promise.all([
    state.loadInfo(),
    state.loadSettings(),
    state.loadStatuses(),
    state.feed.loaded ? state.refreshFeed() : state.ensureRows(first, last),
  ]);
}

/** Subscribes the store to the engine and loads the first data; returns the unsubscribe. */
export function connectEngine(store: AppStore, api: Api): () => void {
  let buffer: FeedRow[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let lastConnection: string | undefined;

  const flush = (): void => {
    flushTimer = undefined;
    const rows = buffer;
    buffer = [];
    store.getState().receiveRows(rows);
  };

  const onEvent = (event: EngineEvent): void => {
    if (event.type === 'feed') {
      buffer.push(...event.rows);
      flushTimer ??= setTimeout(flush, FEED_FLUSH_MS);
      return;
    }
    applyEngineEvent(store, event);
  };

  const onConnection = (state: 'open' | 'reconnecting' | 'closed'): void => {
    store.getState().setConnection(state);
    // Pushes sent while the socket was down are lost: reload what they would have changed.
    if (state === 'open' && lastConnection !== undefined && lastConnection !== 'open') {
      void loadEverything(store);
    }
    lastConnection = state;
  };

  const unsubscribers: (() => void)[] = [];
  try {
    unsubscribers.push(api.onEvent(onEvent));
    unsubscribers.push(api.onConnection(onConnection));
  } catch {
    // A bridge without push events still answers calls; the feed then updates on reload only.
  }
  void loadEverything(store);

  return () => {
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    store.getState().stopFeed();
  };
}
