// A poller's status as plain data (safe for IPC and logs), and the board that emits it whenever
// any field changes.
import type { MnsErrorKind } from '../mns/mns-error';
import type { HaltState } from './error-policy';

/** What a poller is doing now. */
export type PollerState =
  /** Not started yet, or between polls by design (fast-empty guard, peek interval, no budget). */
  | 'idle'
  /** A request is in flight, or its batch is being handed over. */
  | 'polling'
  /** Waiting after a failure; `nextAttemptAt` says until when. */
  | 'backing-off'
  /** Paused by the user, or the computer is asleep. */
  | 'paused'
  /** The OS reports no network; nothing is sent and no backoff attempts are used up. */
  | 'offline'
  | HaltState
  | 'stopped';

/** Kinds of failure a status reports: the client's MnsError kinds, plus the engine's handler. */
export type PollerErrorKind = MnsErrorKind | 'handler-failed';

/** The most recent failure; kept after recovery (compare `at` with `lastSuccessAt`). */
export interface PollerError {
  kind: PollerErrorKind;
  /** Plain words a person can act on. */
  message: string;
  at: number;
}

/** Everything the UI shows about one poller. */
export interface PollerStatus {
  state: PollerState;
  /** When the last request got a valid answer (empty included). */
  lastSuccessAt: number | undefined;
  lastError: PollerError | undefined;
  /** When the next request is scheduled, while waiting on a timer. */
  nextAttemptAt: number | undefined;
  /** Messages handed to onMessages successfully (watch mode: distinct messages). */
  messagesSeen: number;
  /** Requests sent since the poller was created. */
  requestsMade: number;
  /** Requests per 30-day month at the recent rate (see request-projection). */
  projectedRequestsPerMonth: number;
}

/** The status of a poller that has not started. */
export function initialStatus(): PollerStatus {
  return {
    state: 'idle',
    lastSuccessAt: undefined,
    lastError: undefined,
    nextAttemptAt: undefined,
    messagesSeen: 0,
    requestsMade: 0,
    projectedRequestsPerMonth: 0,
  };
}

/** True when two statuses show the same thing. */
export function statusEquals(a: PollerStatus, b: PollerStatus): boolean {
  return (
    a.state === b.state &&
    a.lastSuccessAt === b.lastSuccessAt &&
    a.nextAttemptAt === b.nextAttemptAt &&
    a.messagesSeen === b.messagesSeen &&
    a.requestsMade === b.requestsMade &&
    a.projectedRequestsPerMonth === b.projectedRequestsPerMonth &&
    a.lastError?.kind === b.lastError?.kind &&
    a.lastError?.message === b.lastError?.message &&
    a.lastError?.at === b.lastError?.at
  );
}

/** Holds the current status and reports each change, never the same status twice in a row. */
export class StatusBoard {
  private status: PollerStatus = initialStatus();

  constructor(private readonly listener: ((status: PollerStatus) => void) | undefined) {}

  /** A copy of the current status. */
  get current(): PollerStatus {
    return { ...this.status };
  }

  /** Applies a change and emits the result if anything differs. */
  update(patch: Partial<PollerStatus>): void {
    const next = { ...this.status, ...patch };
    if (statusEquals(next, this.status)) return;
    this.status = next;
    try {
      this.listener?.({ ...next });
    } catch {
      // A broken status listener must not stop the poller; the engine sees the status on next change.
    }
  }
}
