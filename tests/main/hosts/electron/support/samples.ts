// Plain sample data of the contract's shapes, for the shell's tests.
import type {
  FeedRow,
  NotificationView,
  QueueStatusView,
  SettingsView,
} from '../../../../../preload/contract';

/** One queue's status; `queue` also sets the key. */
export function sampleStatus(overrides: Partial<QueueStatusView> = {}): QueueStatusView {
  const queue = overrides.queue ?? 'vod-events';
  const regionId = overrides.regionId ?? 'cn-shanghai';
  const profileId = overrides.profileId ?? 'demo';
  return {
    key: `${profileId}/${regionId}/${queue}`,
    profileId,
    accountName: 'Demo account',
    accountId: '1234567890123456',
    regionId,
    queue,
    mode: 'consume',
    demo: true,
    state: 'polling',
    lastSuccessAt: undefined,
    lastError: undefined,
    nextAttemptAt: undefined,
    messagesSeen: 0,
    requestsMade: 0,
    projectedRequestsPerMonth: 0,
    ...overrides,
  };
}

/** A feed row first seen at `firstSeenAt`. */
export function sampleRow(
  id: string,
  firstSeenAt: number,
  overrides: Partial<FeedRow> = {},
): FeedRow {
  return {
    id,
    correlationKey: `video:${id}`,
    accountId: '1234567890123456',
    regionId: 'cn-shanghai',
    queue: 'vod-events',
    messageId: id,
    source: 'vod',
    kind: 'transcode',
    outcome: 'success',
    eventType: 'TranscodeComplete',
    final: true,
    title: 'Transcode finished',
    subtitle: 'launch-trailer.mp4',
    keyId: 'abc',
    keyField: 'VideoId',
    jobId: undefined,
    time: firstSeenAt,
    eventTime: firstSeenAt,
    enqueueTime: firstSeenAt,
    dequeueCount: 1,
    state: 'leased',
    leaseExpiresAt: undefined,
    deliveries: 1,
    firstSeenAt,
    lastSeenAt: firstSeenAt,
    lastError: undefined,
    problem: undefined,
    ...overrides,
  };
}

/** Settings of a fresh install, with optional notification and display changes. */
export function sampleSettings(
  notifications: Partial<SettingsView['notifications']> = {},
  language: 'en' | 'zh-CN' = 'en',
): SettingsView {
  return {
    accounts: [],
    notifications: {
      enabled: true,
      mode: 'default',
      anyFailure: false,
      mutedKinds: [],
      mutedQueues: [],
      ...notifications,
    },
    journal: { maxEntries: 10_000, maxAgeDays: 30 },
    display: { timeZone: 'local', theme: 'system', language },
    savedFilters: [],
    vault: { storage: 'memory', reason: 'Tests keep secrets in memory.', detail: undefined },
    startAtLogin: false,
  };
}

/** A notification about `eventRefs`. */
export function sampleNotification(
  eventRefs: string[],
  overrides: Partial<NotificationView> = {},
): NotificationView {
  return {
    title: 'Transcode failed',
    body: 'launch-trailer.mp4 <HD> & 2 more',
    eventRefs,
    urgency: 'critical',
    ...overrides,
  };
}
