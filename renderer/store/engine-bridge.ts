// The one module that listens to the engine: pushed events and connection changes become store
// actions. Feed rows are buffered for one frame so a storm of pushes renders as one update, and
// each queue's status reaches the store at most every STATUS_FLUSH_MS (the latest one wins).
import type { Api, EngineEvent, FeedRow, QueueStatusView } from '../../preload/contract';
import { showWebNotification } from '../notify/web-notifications';
import type { AppStore } from './app-store';

/** How long pushed feed rows are gathered before they reach the store (about one frame). */
export const FEED_FLUSH_MS = 16;
/**
 * The least time between two status updates of one queue in the store. Under load the engine
 * reports a queue's counters hundreds of times a second; each update re-renders the whole shell.
 */
export const STATUS_FLUSH_MS = 100;

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
  // Per queue key: a status that arrives within STATUS_FLUSH_MS of the last one applied waits
  // (replacing any that already waits) until the window closes.
  const statusWindows = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; waiting: QueueStatusView | undefined }
  >();

  const openStatusWindow = (key: string): void => {
    const slot = {
      waiting: undefined as QueueStatusView | undefined,
      timer: setTimeout(() => {
        statusWindows.delete(key);
        if (slot.waiting === undefined) return;
        store.getState().upsertStatus(slot.waiting);
        openStatusWindow(key);
      }, STATUS_FLUSH_MS),
    };
    statusWindows.set(key, slot);
  };

  const onStatus = (status: QueueStatusView): void => {
    const open = statusWindows.get(status.key);
    if (open !== undefined) {
      open.waiting = status;
      return;
    }
    store.getState().upsertStatus(status);
    openStatusWindow(status.key);
  };

  const closeStatusWindows = (): void => {
    for (const { timer } of statusWindows.values()) clearTimeout(timer);
    statusWindows.clear();
  };

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
    if (event.type === 'status') {
      onStatus(event.status);
      return;
    }
    // The full set is newer than any status still waiting.
    if (event.type === 'statuses') closeStatusWindows();
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
    closeStatusWindows();
    store.getState().stopFeed();
  };
}
