// Sample queue statuses for the status strip tests.
import type { QueueStatusView } from '../../../preload/contract';

/** The "now" every status test uses. */
export const NOW = 1_790_000_000_000;

/** A queue status with sensible defaults. */
export function queueStatus(overrides: Partial<QueueStatusView> = {}): QueueStatusView {
  const queue = overrides.queue ?? 'vod-events';
  const profileId = overrides.profileId ?? 'prod';
  const regionId = overrides.regionId ?? 'cn-shanghai';
  return {
    key: `${profileId}/${regionId}/${queue}`,
    profileId: 'prod',
    accountName: 'Production',
    accountId: '1234567890123456',
    regionId: 'cn-shanghai',
    queue,
    mode: 'watch',
    demo: false,
    state: 'polling',
    lastSuccessAt: NOW - 20_000,
    lastError: undefined,
    nextAttemptAt: undefined,
    messagesSeen: 42,
    requestsMade: 120,
    projectedRequestsPerMonth: 86_400,
    ...overrides,
  };
}
