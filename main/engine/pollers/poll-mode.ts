// What differs between consuming (receive with leases) and watching (peek) a queue. The poller
// core owns everything else: one request at a time, errors, backoff, control and status.
import type { QueueClient } from '../mns/queue-client';

/** Most messages one receive or peek may return. */
export const MAX_BATCH = 16;
/** Budget for a request on top of any long-poll wait; the MNS client's default request timeout. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/** One successful request's answer, ready to hand over. */
export interface Fetched {
  /** How many messages the server returned (watch mode: before dropping already-reported ones). */
  readonly returned: number;
  /** Awaits onMessages with the new messages, if any; resolves with how many were handed over. */
  handOver(): Promise<number>;
}

/** When a successful request ran, for pacing the next one. */
export interface RequestTiming {
  startedAt: number;
  answeredAt: number;
  /** After the hand-over finished. */
  now: number;
  returned: number;
}

/** A polling strategy. */
export interface PollMode {
  /** How long a request may legitimately take; beyond this + 5 s the computer must have slept. */
  readonly readTimeoutMs: number;
  /** The least time between a failure and the next request. */
  readonly minRetryDelayMs: number;
  /** How many messages the next request may take (0 = wait until budgetChanged()). */
  capacity(): number;
  /** Sends one request. */
  fetch(client: QueueClient, queue: string, max: number, signal: AbortSignal): Promise<Fetched>;
  /** Milliseconds before the next request after a successful one. */
  delayAfterSuccess(timing: RequestTiming): number;
}
