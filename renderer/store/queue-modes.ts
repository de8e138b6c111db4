// Which queue a row came from and how that queue is read. The live pollers' statuses are the
// truth; settings answer for queues whose poller has not reported yet.
import type { FeedRow, QueueMode, QueueStatusView, SettingsView } from '../../preload/contract';

/** How a row's queue is read, and whether it is the demo's. */
export interface QueueFacts {
  mode: QueueMode | undefined;
  demo: boolean;
}

/** Facts per "accountId/regionId/queue". */
export type QueueFactsIndex = ReadonlyMap<string, QueueFacts>;

const keyOf = (accountId: string, regionId: string, queue: string): string =>
  `${accountId}/${regionId}/${queue}`;

/** Indexes every known queue by the account id, region and name a row carries. */
export function indexQueues(
  statuses: readonly QueueStatusView[],
  settings: SettingsView | undefined,
): QueueFactsIndex {
  const index = new Map<string, QueueFacts>();
  for (const account of settings?.accounts ?? []) {
    for (const region of account.regions) {
      for (const queue of region.queues) {
        index.set(keyOf(account.accountId, region.regionId, queue.name), {
          mode: queue.mode,
          demo: account.credentialSource === 'demo',
        });
      }
    }
  }
  for (const status of statuses) {
    index.set(keyOf(status.accountId, status.regionId, status.queue), {
      mode: status.mode,
      demo: status.demo,
    });
  }
  return index;
}

/** What is known about a row's queue; an unknown queue has no mode (and gets no actions). */
export function queueFactsFor(index: QueueFactsIndex, row: FeedRow): QueueFacts {
  return (
    index.get(keyOf(row.accountId, row.regionId, row.queue)) ?? { mode: undefined, demo: false }
  );
}

/** Whether MNS Watch may delete this message: consumed queues only, and not twice. */
export function canDelete(row: FeedRow, mode: QueueMode | undefined): boolean {
  return mode === 'consume' && row.state !== 'deleting' && row.state !== 'deleted';
}

/** Whether MNS Watch may release this message: only while it holds the lease. */
export function canRelease(row: FeedRow, mode: QueueMode | undefined): boolean {
  return mode === 'consume' && row.state === 'leased';
}
