// How long a poller waits after each kind of failure, and what it tells the user meanwhile. Two
// separate attempt counts: a failed request backs off until a request succeeds, a failed hand-over
// until a hand-over succeeds (the receive before it succeeded, so one shared count would be reset
// by every receive and never grow).
import { backoffDelay } from './backoff';
import { UNREACHABLE_NOTICE_AFTER_MS, unreachableNotice } from './error-policy';
import type { ClassifiedFailure } from './error-policy';

/** What to do after a failed request that is retried. */
export interface RetryStep {
  delayMs: number;
  /** The message to show, with the "check the endpoint" notice after 5 minutes unreachable. */
  message: string;
}

/** Backoff state of one poller. */
export class RetryPacing {
  private requestFailures = 0;
  private handOverFailures = 0;
  private unreachableSince: number | undefined;

  constructor(
    private readonly random: () => number,
    /** No retry comes sooner than this (watch mode: its peek interval). */
    private readonly minDelayMs: number,
  ) {}

  /** Forgets all failures: after a wake, a network change or new credentials. */
  reset(): void {
    this.requestFailures = 0;
    this.handOverFailures = 0;
    this.unreachableSince = undefined;
  }

  /** A request got a valid answer. */
  requestSucceeded(): void {
    this.requestFailures = 0;
    this.unreachableSince = undefined;
  }

  /** A request failed at `at` with a retryable failure. */
  requestFailed({ kind, message, action }: ClassifiedFailure, at: number): RetryStep {
    let shown = message;
    if (kind === 'unreachable') {
      this.unreachableSince ??= at;
      if (at - this.unreachableSince >= UNREACHABLE_NOTICE_AFTER_MS) {
        shown = unreachableNotice(message);
      }
    }
    const floorMs = action.action === 'retry' ? action.floorMs : 0;
    const delay = backoffDelay(this.requestFailures, this.random, { floorMs });
    this.requestFailures += 1;
    return { delayMs: Math.max(this.minDelayMs, delay), message: shown };
  }

  /** onMessages accepted a batch. */
  handOverSucceeded(): void {
    this.handOverFailures = 0;
  }

  /** onMessages threw; returns the delay before the next request. */
  handOverFailed(): number {
    const delay = backoffDelay(this.handOverFailures, this.random);
    this.handOverFailures += 1;
    return Math.max(this.minDelayMs, delay);
  }
}
