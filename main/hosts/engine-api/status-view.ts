import type { QueueStatusView } from '../../../preload/contract';
import type { QueueRef } from '../../engine/feed/feed-events';
import { queueRefKey } from '../../engine/feed/feed-events';
import type { PollerStatus } from '../../engine/pollers';
import type { AccountSettings } from '../../engine/settings/settings-schema';

/** One poller's status for the status strip, labelled with its account. */
export function toStatusView(
  queue: QueueRef,
  mode: 'watch' | 'consume',
  status: PollerStatus,
  accounts: readonly AccountSettings[],
): QueueStatusView {
  const account = accounts.find((a) => a.id === queue.profileId);
  return {
    key: queueRefKey(queue),
    profileId: queue.profileId,
    accountName: account?.name ?? queue.accountId,
    accountId: queue.accountId,
    regionId: queue.regionId,
    queue: queue.queue,
    mode,
    demo: account?.credentialSource === 'demo',
    state: status.state,
    lastSuccessAt: status.lastSuccessAt,
    lastError: status.lastError !== undefined ? { ...status.lastError } : undefined,
    nextAttemptAt: status.nextAttemptAt,
    messagesSeen: status.messagesSeen,
    requestsMade: status.requestsMade,
    projectedRequestsPerMonth: status.projectedRequestsPerMonth,
  };
}
