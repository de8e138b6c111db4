// Shared set-up of the polling benchmark: a local MNS server on loopback, a real journal (fsync) in a
// temp folder, the real SDK client, and the feed engine or the naive poller wired to them.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createFeedEngine } from '../../main/engine/feed/feed-engine';
import type { FeedEngine } from '../../main/engine/feed/feed-engine';
import type { FeedEvent } from '../../main/engine/feed/feed-events';
import { openJournal } from '../../main/engine/journal';
import type { Journal } from '../../main/engine/journal';
import { resolveEndpoint } from '../../main/engine/mns/endpoint';
import { createMnsQueueClient } from '../../main/engine/mns/mns-queue-client';
import type { QueueClient } from '../../main/engine/mns/queue-client';
import { DEFAULT_NOTIFICATION_PREFERENCES } from '../../main/engine/notifications';
import type { PollerClock } from '../../main/engine/pollers';
import type { AccountSettings } from '../../main/engine/settings/settings-schema';
import { startLocalMns } from '../../main/local-mns';
import type { LocalMns, LocalMnsOptions, ManualClock, TimerHandle } from '../../main/local-mns';
import { generateDemoMessages } from '../../main/local-mns/demo';

/** The queue every polling figure uses. */
export const BENCH_QUEUE = 'bench-events';
/** Real milliseconds any single drain may take before the benchmark gives up on it. */
export const DRAIN_TIMEOUT_MS = 60_000;

/** Where a local MNS server listens and the keys it accepts (in this process or another). */
export type MnsAddress = Pick<LocalMns, 'url' | 'accountId' | 'accessKeyId' | 'accessKeySecret'>;

/** An empty journal (fsync on every write, as the app opens it) in a fresh temp folder. */
export async function openBenchJournal(): Promise<{ journal: Journal; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mns-watch-bench-poll-'));
  const journal = await openJournal({
    dir,
    retention: { maxEntries: Infinity, maxAgeDays: Infinity },
  });
  return {
    journal,
    async dispose() {
      await journal.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resources of one measurement, released by dispose() whatever happened. */
export interface BenchRig {
  mns: LocalMns;
  journal: Journal;
  dispose(): Promise<void>;
}

/** A local MNS server in this process with the benchmark queue, and an empty journal. */
export async function startRig(options: LocalMnsOptions = {}): Promise<BenchRig> {
  const mns = await startLocalMns({ queues: [BENCH_QUEUE], ...options });
  const { journal, dispose } = await openBenchJournal();
  return {
    mns,
    journal,
    async dispose() {
      await dispose();
      await mns.stop();
    },
  };
}

/** A real SDK client for the rig's server, signing with `clock` when given (a manual clock). */
export function benchClient(mns: MnsAddress, clock?: ManualClock): QueueClient {
  return createMnsQueueClient({
    endpoint: resolveEndpoint({ kind: 'url', url: mns.url, accountId: mns.accountId }),
    credentials: { accessKeyId: mns.accessKeyId, accessKeySecret: mns.accessKeySecret },
    ...(clock === undefined ? {} : { clock }),
  });
}

/** A poller clock driven by the server's manual clock, so both sides see the same time. */
export function pollerClockOf(clock: ManualClock): PollerClock {
  return {
    now: () => clock.now(),
    setTimeout: (callback, ms) => clock.setTimer(callback, ms),
    clearTimeout: (handle) => clock.clearTimer(handle as TimerHandle),
  };
}

/** Realistic VOD/MPS notification bodies (the demo generator), `count` of them. */
export function demoBodies(count: number, seed = 7): string[] {
  return generateDemoMessages(seed, count, {}).map((m) => m.body);
}

/** Puts `bodies` straight into the benchmark queue, as a backlog. */
export function preload(mns: LocalMns, bodies: readonly string[]): void {
  for (const body of bodies) mns.store.sendMessage(BENCH_QUEUE, body);
}

/** The feed engine consuming the benchmark queue of `mns`, as the app runs it. */
export function startEngine(options: {
  mns: MnsAddress;
  journal: Journal;
  autoDelete: boolean;
  onEvent: (event: FeedEvent) => void;
  /** Manual time for the poller and the client's signing (idle figure). */
  clock?: ManualClock;
  /** Decorates the client the engine gets (observation only). */
  wrapClient?: (client: QueueClient) => QueueClient;
}): { engine: FeedEngine; started: Promise<void> } {
  const { mns, clock } = options;
  const account: AccountSettings = {
    id: randomUUID(),
    name: 'Benchmark account',
    accountId: mns.accountId,
    accessKeyId: mns.accessKeyId,
    credentialSource: 'session',
    regions: [
      {
        regionId: 'local',
        endpoint: mns.url,
        queues: [
          {
            name: BENCH_QUEUE,
            mode: 'consume',
            autoDeleteAfterJournal: options.autoDelete,
            paused: false,
          },
        ],
      },
    ],
  };
  const wrap = options.wrapClient ?? ((client: QueueClient) => client);
  const engine = createFeedEngine({
    accounts: [account],
    credentials: () =>
      Promise.resolve({ accessKeyId: mns.accessKeyId, accessKeySecret: mns.accessKeySecret }),
    journal: options.journal,
    notificationPreferences: () => DEFAULT_NOTIFICATION_PREFERENCES,
    onEvent: options.onEvent,
    ...(clock === undefined ? {} : { clock: pollerClockOf(clock) }),
    clientFactory: () => wrap(benchClient(mns, clock)),
  });
  return { engine, started: engine.start() };
}

/** Resolves once `done()` is true, checked after every audit entry; rejects after a deadline. */
export function untilAudit(mns: LocalMns, done: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`benchmark timed out waiting for ${what}`));
    }, DRAIN_TIMEOUT_MS);
    timer.unref(); // a run that failed elsewhere must not wait for this
    const unsubscribe = mns.audit.on('entry', () => {
      if (!done()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}
