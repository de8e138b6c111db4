/**
 * Test kit for pollers: a local MNS server and a poller sharing one manual clock, status and batch
 * recorders to wait on instead of sleeping, and a seeded random source.
 */
import { afterEach } from 'vitest';

import { resolveEndpoint } from '../../../../main/engine/mns/endpoint';
import { createMnsQueueClient } from '../../../../main/engine/mns/mns-queue-client';
import type { MnsCredentials } from '../../../../main/engine/mns/mns-queue-client';
import type { QueueClient } from '../../../../main/engine/mns/queue-client';
import { createPoller } from '../../../../main/engine/pollers';
import type {
  Poller,
  PollerClock,
  PollerConfig,
  PollerStatus,
} from '../../../../main/engine/pollers';
import { createManualClock, startLocalMns } from '../../../../main/local-mns';
import type {
  AuditEntry,
  LocalMns,
  LocalMnsOptions,
  ManualClock,
  TimerHandle,
} from '../../../../main/local-mns';

/** Real milliseconds any single wait in these tests may take before it fails. */
export const SIGNAL_TIMEOUT_MS = 10_000;

/** A poller clock driven by the server's manual clock, so both sides see the same time. */
export function pollerClockOf(clock: ManualClock): PollerClock {
  return {
    now: () => clock.now(),
    setTimeout: (callback, ms) => clock.setTimer(callback, ms),
    clearTimeout: (handle) => clock.clearTimer(handle as TimerHandle),
  };
}

/** A deterministic random source in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Records every status a poller emits and lets a test wait for one. */
export class StatusLog {
  readonly all: PollerStatus[] = [];
  private readonly waiters = new Set<(status: PollerStatus) => void>();

  /** Pass as `onStatus`. */
  readonly listener = (status: PollerStatus): void => {
    this.all.push(status);
    for (const waiter of [...this.waiters]) waiter(status);
  };

  /** The newest status (throws before the first one). */
  get latest(): PollerStatus {
    const last = this.all[this.all.length - 1];
    if (last === undefined) throw new Error('no status emitted yet');
    return last;
  }

  /** Resolves with the newest status if it matches, else with the next one that does. */
  waitFor(match: (status: PollerStatus) => boolean, what = 'a status'): Promise<PollerStatus> {
    const last = this.all[this.all.length - 1];
    if (last !== undefined && match(last)) return Promise.resolve(last);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const latest = JSON.stringify(this.all[this.all.length - 1]);
        reject(new Error(`timed out waiting for ${what}; latest status ${latest}`));
      }, SIGNAL_TIMEOUT_MS);
      const waiter = (status: PollerStatus): void => {
        if (!match(status)) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(status);
      };
      this.waiters.add(waiter);
    });
  }

  /** Waits until the poller sleeps on a timer after its `requests`-th request. */
  waitForTimer(requests: number): Promise<PollerStatus & { nextAttemptAt: number }> {
    return this.waitFor(
      (s) => s.requestsMade === requests && s.nextAttemptAt !== undefined,
      `a timer after request ${requests}`,
    ) as Promise<PollerStatus & { nextAttemptAt: number }>;
  }
}

/** Collects the batches handed to onMessages; optionally fails some hand-overs. */
export class BatchLog<T extends { messageId: string }> {
  readonly batches: T[][] = [];
  private readonly waiters = new Set<() => void>();
  /** Set to make the next hand-overs throw this many times. */
  failNext = 0;

  /** Pass as `onMessages`. */
  readonly handler = (batch: T[]): Promise<void> => {
    if (this.failNext > 0) {
      this.failNext -= 1;
      return Promise.reject(new Error('journal disk is full'));
    }
    this.batches.push(batch);
    for (const waiter of [...this.waiters]) waiter();
    return Promise.resolve();
  };

  /** Every handed-over message id, in order. */
  get ids(): string[] {
    return this.batches.flat().map((m) => m.messageId);
  }

  /** Resolves once at least `count` messages were handed over. */
  waitForMessages(count: number): Promise<void> {
    if (this.ids.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting for ${count} messages, have ${this.ids.length}`));
      }, SIGNAL_TIMEOUT_MS);
      const check = (): void => {
        if (this.ids.length < count) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }
}

/** A real MNS client for a local server, signing with `clock` (the server's manual clock). */
export function clientFor(
  mns: LocalMns,
  clock: ManualClock | undefined,
  credentials: Partial<MnsCredentials> = {},
): QueueClient {
  return createMnsQueueClient({
    endpoint: resolveEndpoint({ kind: 'url', url: mns.url, accountId: mns.accountId }),
    credentials: {
      accessKeyId: mns.accessKeyId,
      accessKeySecret: mns.accessKeySecret,
      ...credentials,
    },
    ...(clock === undefined ? {} : { clock }),
  });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A poller config whose client defaults to the harness client. */
export type HarnessPollerConfig = DistributiveOmit<PollerConfig, 'client'> & {
  client?: QueueClient;
};

/** Server, clock and client of one test. */
export interface PollerHarness {
  mns: LocalMns;
  clock: ManualClock;
  client: QueueClient;
  /** Creates a poller on the shared clock (client and clock overridable), stopped after the test. */
  poller(config: HarnessPollerConfig): Poller;
}

/** Registers cleanup and returns a starter for servers on a manual clock. */
export function pollerHarness(): { start(options?: LocalMnsOptions): Promise<PollerHarness> } {
  const pollers: Poller[] = [];
  const servers: LocalMns[] = [];
  const clients: QueueClient[] = [];
  afterEach(async () => {
    await Promise.all(pollers.splice(0).map((p) => p.stop()));
    for (const client of clients.splice(0)) client.dropConnections();
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });
  return {
    async start(options = {}) {
      const clock = createManualClock(Date.UTC(2026, 0, 5, 9, 0, 0));
      const mns = await startLocalMns({ queues: ['jobs', 'other'], ...options, clock });
      servers.push(mns);
      const client = clientFor(mns, clock);
      clients.push(client);
      return {
        mns,
        clock,
        client,
        poller(config) {
          const poller = createPoller({
            clock: pollerClockOf(clock),
            random: seededRandom(7),
            ...config,
            client: config.client ?? client,
          });
          pollers.push(poller);
          return poller;
        },
      };
    },
  };
}

/** Receive requests of one queue in the audit log, in arrival order. */
export function receivesOf(mns: LocalMns, queue = 'jobs'): AuditEntry[] {
  return mns.audit
    .filter((e) => e.operation === 'BatchReceiveMessage' && e.queue === queue)
    .sort((a, b) => a.startedAt - b.startedAt || a.seq - b.seq);
}

/**
 * Pairs of audit entries that were open at the same time. The server logs a request when its
 * response closes, and the client may already have sent the next one in the same millisecond, so
 * overlaps under 5 ms are the log's resolution, not two requests in flight.
 */
export function overlapping(entries: readonly AuditEntry[]): [AuditEntry, AuditEntry][] {
  const found: [AuditEntry, AuditEntry][] = [];
  for (let i = 1; i < entries.length; i++) {
    const previous = entries[i - 1];
    const current = entries[i];
    if (previous === undefined || current === undefined) continue;
    if (current.startedAt < previous.startedAt + previous.durationMs - 5) {
      found.push([previous, current]);
    }
  }
  return found;
}
