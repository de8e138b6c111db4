// The queue pollers' statuses, kept current by pushes, and the commands the status strip sends.
import type { QueueStatusView } from '../../preload/contract';
import type { SliceCreator } from './slice';
import { callEngine, errorText } from './store-deps';
import type { StoreDeps } from './store-deps';

/** Queue statuses and the commands on them. */
export interface StatusSlice {
  statuses: QueueStatusView[];
  /** One poller changed. */
  upsertStatus(status: QueueStatusView): void;
  /** The queue set changed: these are all the pollers now. */
  replaceStatuses(statuses: readonly QueueStatusView[]): void;
  loadStatuses(): Promise<void>;
  pauseQueue(key?: string): Promise<void>;
  resumeQueue(key?: string): Promise<void>;
  retryQueue(key: string): Promise<void>;
}

/** Replaces the status with the same key, or appends a new one. */
export function upsertedStatuses(
  statuses: readonly QueueStatusView[],
  status: QueueStatusView,
): QueueStatusView[] {
  const index = statuses.findIndex((s) => s.key === status.key);
  if (index === -1) return [...statuses, status];
  return statuses.map((s, i) => (i === index ? status : s));
}

/** Creates the status slice. */
export function createStatusSlice(deps: StoreDeps): SliceCreator<StatusSlice> {
  return (set, get) => {
    const command = async (run: () => Promise<void>): Promise<void> => {
      try {
        await callEngine(run);
      } catch (error) {
        get().pushToast({
          tone: 'error',
          text: { key: 'feed.toast.engineError', values: { message: errorText(error) } },
        });
      }
    };
    const request = (key: string | undefined): { key?: string } =>
      key === undefined ? {} : { key };
    return {
      statuses: [],
      upsertStatus: (status) => set((s) => ({ statuses: upsertedStatuses(s.statuses, status) })),
      replaceStatuses: (statuses) => set({ statuses: [...statuses] }),
      loadStatuses: async () => {
        const api = deps.api;
        if (api === undefined) return;
        try {
          get().replaceStatuses(await callEngine(() => api.statuses()));
        } catch {
          // The strip stays empty until the first status push; the feed still works.
        }
      },
      pauseQueue: (key) => command(async () => deps.api?.pauseQueue(request(key))),
      resumeQueue: (key) => command(async () => deps.api?.resumeQueue(request(key))),
      retryQueue: (key) => command(async () => deps.api?.retryQueue({ key })),
    };
  };
}
