// A typed fake bridge for component tests: every call resolves with plain sample data unless the
// test overrides it, and `emit` pushes engine events as the real bridge would.
import { vi } from 'vitest';

import type {
  Api,
  EngineEvent,
  EngineMethods,
  FeedCounts,
  FeedPage,
  FeedRow,
  SettingsView,
} from '../../../preload/contract';

/** A fake Api plus handles to drive it. */
export type FakeApi = Api & {
  emit(event: EngineEvent): void;
  setConnection(state: 'open' | 'reconnecting' | 'closed'): void;
};

/** Counts with every fixed value at zero. */
export function emptyCounts(): FeedCounts {
  return {
    outcome: { success: 0, partial: 0, failure: 0, 'in-progress': 0, unknown: 0 },
    kind: { upload: 0, transcode: 0, snapshot: 0, ai: 0, audit: 0, live: 0, other: 0 },
    source: { vod: 0, 'mps-job': 0, 'mps-workflow': 0, ims: 0, unknown: 0 },
    eventType: {},
    account: {},
    region: {},
    queue: {},
  };
}

/** A feed row with sensible defaults. */
export function sampleRow(overrides: Partial<FeedRow> = {}): FeedRow {
  const messageId = overrides.messageId ?? 'MSG-1';
  return {
    id: `1234567890123456/cn-shanghai/vod-events/${messageId}`,
    correlationKey: 'video:abc123',
    accountId: '1234567890123456',
    regionId: 'cn-shanghai',
    queue: 'vod-events',
    messageId,
    source: 'vod',
    kind: 'transcode',
    outcome: 'success',
    eventType: 'TranscodeComplete',
    final: true,
    title: 'Transcode finished',
    subtitle: 'launch-trailer.mp4 · 3 renditions',
    keyId: 'abc123',
    keyField: 'VideoId',
    jobId: 'job-1',
    time: 1_790_000_000_000,
    eventTime: 1_790_000_000_000,
    enqueueTime: 1_790_000_000_500,
    dequeueCount: 1,
    state: 'leased',
    leaseExpiresAt: 1_790_000_030_000,
    deliveries: 1,
    firstSeenAt: 1_790_000_001_000,
    lastSeenAt: 1_790_000_001_000,
    lastError: undefined,
    problem: undefined,
    ...overrides,
  };
}

/** Settings of a fresh install. */
export function emptySettings(): SettingsView {
  return {
    accounts: [],
    notifications: {
      enabled: true,
      mode: 'default',
      anyFailure: false,
      mutedKinds: [],
      mutedQueues: [],
    },
    journal: { maxEntries: 10_000, maxAgeDays: 30 },
    display: { timeZone: 'local', theme: 'system', language: 'en' },
    savedFilters: [],
    vault: {
      storage: 'keychain',
      reason: 'Secrets are kept in the system keychain.',
      detail: undefined,
    },
    startAtLogin: undefined,
  };
}

/** A fake bridge; `overrides` replace individual calls. */
export function createFakeApi(
  overrides: Partial<{ [M in keyof EngineMethods]: Api[M] }> = {},
): FakeApi {
  const events = new Set<(event: EngineEvent) => void>();
  const connections = new Set<(state: 'open' | 'reconnecting' | 'closed') => void>();
  const page = (rows: FeedRow[]): FeedPage => ({
    rows,
    total: rows.length,
    counts: emptyCounts(),
    journalSize: rows.length,
  });
  const base: Omit<Api, 'onEvent' | 'onConnection'> = {
    appInfo: vi.fn(async () => ({
      name: 'MNS Watch',
      version: '1.2.3',
      host: 'browser' as const,
      platform: 'linux',
      demoRunning: false,
    })),
    queryFeed: vi.fn(async () => page([])),
    getEvent: vi.fn(async () => null),
    statuses: vi.fn(async () => []),
    deleteMessages: vi.fn(async ({ ids }) => ({
      ticket: 'delete-1',
      ids,
      sendsAt: Date.now() + 5000,
    })),
    undoDelete: vi.fn(async () => ({ undone: true })),
    releaseMessage: vi.fn(async ({ id }) => ({ id, ok: true as const })),
    extendLease: vi.fn(async ({ id }) => ({ id, ok: true as const })),
    exportEvents: vi.fn(async ({ format }) => ({
      fileName: `mns-watch-export.${format}`,
      mimeType: 'text/plain',
      text: '',
      count: 0,
    })),
    pauseQueue: vi.fn(async () => undefined),
    resumeQueue: vi.fn(async () => undefined),
    retryQueue: vi.fn(async () => undefined),
    getSettings: vi.fn(async () => emptySettings()),
    regions: vi.fn(async () => [
      { id: 'cn-hangzhou', name: 'China (Hangzhou)', area: 'China (mainland)' },
      { id: 'cn-shanghai', name: 'China (Shanghai)', area: 'China (mainland)' },
    ]),
    testConnection: vi.fn(async () => []),
    listQueues: vi.fn(async () => []),
    importableCredentials: vi.fn(async () => []),
    saveAccount: vi.fn(async () => ({ id: 'acc-1', storage: 'keychain' as const })),
    removeAccount: vi.fn(async () => undefined),
    setQueueMode: vi.fn(async () => undefined),
    updatePreferences: vi.fn(async () => emptySettings()),
    saveFilters: vi.fn(async () => emptySettings()),
    setStartAtLogin: vi.fn(async () => emptySettings()),
    startDemo: vi.fn(async () => ({ profileId: 'demo' })),
  };
  return {
    ...base,
    ...overrides,
    onEvent(listener) {
      events.add(listener);
      return () => events.delete(listener);
    },
    onConnection(listener) {
      connections.add(listener);
      listener('open');
      return () => connections.delete(listener);
    },
    emit(event) {
      for (const listener of events) listener(event);
    },
    setConnection(state) {
      for (const listener of connections) listener(state);
    },
  };
}
