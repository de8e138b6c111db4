// What createPoller takes and what it returns.
import type { PeekedMessage, QueueClient, ReceivedMessage } from '../mns/queue-client';
import type { ConsumeOptions } from './consume-mode';
import type { PollerStatus } from './poller-status';
import type { PollerClock } from './timers';
import type { WatchOptions } from './watch-mode';

/** Settings every poller takes. */
export interface PollerBaseConfig {
  /** The account+region client; replace it through credentialsChanged(). */
  client: QueueClient;
  queue: string;
  /** Defaults to the machine clock and Node timers. */
  clock?: PollerClock | undefined;
  /** Source of jitter in [0, 1); defaults to Math.random. */
  random?: (() => number) | undefined;
  /** Called with a copy of the status whenever it changes. */
  onStatus?: ((status: PollerStatus) => void) | undefined;
  /**
   * Called when a request "lasted" longer than possible, i.e. the computer slept without a resume
   * event: leases taken before may have expired.
   */
  onClockJump?: (() => void) | undefined;
}

/** A poller that receives (leases) messages. */
export interface ConsumePollerConfig extends PollerBaseConfig {
  mode: 'consume';
  /** Awaited before the next receive; a rejection is reported and backed off, never retried here. */
  onMessages: (batch: ReceivedMessage[]) => Promise<void>;
  options?: ConsumeOptions | undefined;
}

/** A poller that peeks without leasing. */
export interface WatchPollerConfig extends PollerBaseConfig {
  mode: 'watch';
  /** Gets each MessageId once; awaited before the next peek. */
  onMessages: (batch: PeekedMessage[]) => Promise<void>;
  options?: WatchOptions | undefined;
}

/** Either kind of poller. */
export type PollerConfig = ConsumePollerConfig | WatchPollerConfig;

/** One poller per (account, region, queue). Every method returns at once, except stop(). */
export interface Poller {
  /** Starts polling (again after stop()); no-op while running. */
  start(): void;
  /** Aborts any in-flight request and resolves once the loop has exited (after any hand-over). */
  stop(): Promise<void>;
  /** Stops sending requests (aborting the in-flight one) until resume(). */
  pause(): void;
  /** Undoes pause(); a pending backoff still runs out first. */
  resume(): void;
  /** Offline pauses without using up backoff; back online polls at once with a fresh backoff. */
  setOnline(online: boolean): void;
  /** The computer is going to sleep: abort, drop pooled sockets, send nothing. */
  suspend(): void;
  /** The computer woke: drop pooled sockets and poll at once with a fresh backoff. */
  resumeFromSleep(): void;
  /** New credentials (optionally as a new client): leaves 'auth-error' and polls at once. */
  credentialsChanged(client?: QueueClient): void;
  /** The user asked to try again: leaves any halted state and skips any pending wait. */
  retry(): void;
  /** The consume budget may have grown: re-reads it if receiving was held for lack of budget. */
  budgetChanged(): void;
  /** A copy of the current status. */
  status(): PollerStatus;
}
